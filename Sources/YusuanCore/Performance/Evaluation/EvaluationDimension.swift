/// The first-level criteria of a 绩效评价. 财预〔2020〕10号's 指标体系框架 (附件1) has 决策, 过程,
/// 产出 and 效益; reports also print 管理 for 过程 and 绩效 for 产出 and 效益 together (seed 004:
/// 项目决策 20 + 项目管理 20 + 项目绩效 60).
public enum EvaluationDimension: String, Sendable, Hashable, Codable, CaseIterable {
    /// 决策 (项目立项, 绩效目标, 资金投入).
    case decision
    /// 过程 / 管理 (资金管理, 组织实施).
    case process
    /// 产出.
    case output
    /// 效益.
    case outcome
    /// 绩效: 产出 and 效益 scored together.
    case performance

    /// Recognises `项目决策`, `决策`, `项目过程`, `项目管理`, `项目产出`, `项目效益`, `项目绩效`.
    public init?(text: String) {
        let key = TextNormalization.removingSpaces(text)
        if key.hasSuffix("决策") {
            self = .decision
        } else if key.hasSuffix("过程") || key.hasSuffix("管理") {
            self = .process
        } else if key.hasSuffix("产出") {
            self = .output
        } else if key.hasSuffix("效益") || key.hasSuffix("效果") {
            self = .outcome
        } else if key.hasSuffix("绩效") {
            self = .performance
        } else {
            return nil
        }
    }

    public var chineseName: String {
        switch self {
        case .decision: "决策"
        case .process: "过程"
        case .output: "产出"
        case .outcome: "效益"
        case .performance: "绩效"
        }
    }
}
