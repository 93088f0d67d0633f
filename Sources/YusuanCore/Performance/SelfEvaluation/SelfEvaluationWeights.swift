import Foundation

/// 权重 of a self-evaluation: how the 100 points divide between the execution rate and the
/// three indicator tiers. The default is 财预〔2020〕10号's (`SelfEvaluationRule.source`):
/// 预算执行率 10, 产出 50, 效益 30, 满意度 10. A region that weighs differently writes its
/// own as a JSON file (documented in docs/self-evaluation.md), like the audit's rule packs.
public struct SelfEvaluationWeights: Sendable, Hashable, Codable {
    /// How the weights are chosen: `全国`, `深圳-2021`.
    public var id: String
    /// The region they are for.
    public var region: String
    /// The document they rest on.
    public var source: String?
    /// 预算执行率.
    public var executionRate: DecimalNumber
    /// 产出指标 (成本指标 printed as a tier of its own counts here, as 10号 files it).
    public var output: DecimalNumber
    /// 效益指标.
    public var outcome: DecimalNumber
    /// 服务对象满意度指标.
    public var satisfaction: DecimalNumber

    public init(id: String, region: String, source: String? = nil, executionRate: DecimalNumber, output: DecimalNumber,
                outcome: DecimalNumber, satisfaction: DecimalNumber) {
        self.id = id
        self.region = region
        self.source = source
        self.executionRate = executionRate
        self.output = output
        self.outcome = outcome
        self.satisfaction = satisfaction
    }

    /// 财预〔2020〕10号's weights.
    public static let national = SelfEvaluationWeights(
        id: "全国", region: "全国", source: SelfEvaluationRule.source,
        executionRate: 10, output: 50, outcome: 30, satisfaction: 10)

    /// The weight of an indicator tier.
    public func weight(of tier: IndicatorTier) -> DecimalNumber {
        switch tier {
        case .output, .cost: output
        case .outcome: outcome
        case .satisfaction: satisfaction
        }
    }

    /// The tiers scored, in printed order (成本 is scored with 产出).
    public static let scoredTiers: [IndicatorTier] = [.output, .outcome, .satisfaction]

    public var total: DecimalNumber { executionRate + output + outcome + satisfaction }

    /// Weights read from a JSON file's bytes, checked: none negative, and they add up to 100.
    public init(json data: Data) throws(SelfEvaluationWeightsError) {
        let decoded: SelfEvaluationWeights
        do {
            decoded = try JSONDecoder().decode(SelfEvaluationWeights.self, from: data)
        } catch {
            throw SelfEvaluationWeightsError(reason: .init(
                zh: "不是有效的权重文件：\(error)", en: "not a valid weights file: \(error)"))
        }
        try decoded.validate()
        self = decoded
    }

    /// Throws when a weight is negative or the weights do not add up to 100.
    public func validate() throws(SelfEvaluationWeightsError) {
        let named: [(String, DecimalNumber)] = [
            ("executionRate", executionRate), ("output", output), ("outcome", outcome), ("satisfaction", satisfaction),
        ]
        if let (name, value) = named.first(where: { $0.1.isNegative }) {
            throw SelfEvaluationWeightsError(reason: .init(
                zh: "权重 \(name) 为负数（\(value)）", en: "the weight \(name) is negative (\(value))"))
        }
        guard total == DecimalNumber(100) else {
            throw SelfEvaluationWeightsError(reason: .init(
                zh: "各项权重之和应为 100，实为 \(total)", en: "the weights must add up to 100, not \(total)"))
        }
    }
}

/// A weights file that cannot be used.
public struct SelfEvaluationWeightsError: YusuanError, Hashable {
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        .init(zh: "权重有误：\(reason.zh)", en: "bad self-evaluation weights: \(reason.en)")
    }
}
