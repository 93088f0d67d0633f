/// 一级指标: the top level of a performance indicator framework.
///
/// 产出, 效益 and 满意度 are the three tiers of 财预〔2020〕10号; 成本 was added as a tier of
/// its own by later guidance (财预〔2021〕101号), so forms from either period read.
public enum IndicatorTier: String, Sendable, Hashable, Codable, CaseIterable {
    /// 产出指标
    case output
    /// 效益指标
    case outcome
    /// 满意度指标
    case satisfaction
    /// 成本指标
    case cost

    /// The term forms print: `产出指标`.
    public var chineseName: String {
        switch self {
        case .output: "产出指标"
        case .outcome: "效益指标"
        case .satisfaction: "满意度指标"
        case .cost: "成本指标"
        }
    }

    public var englishName: String {
        switch self {
        case .output: "output"
        case .outcome: "outcome"
        case .satisfaction: "satisfaction"
        case .cost: "cost"
        }
    }

    /// The 二级指标 this tier holds.
    public var categories: [IndicatorCategory] {
        IndicatorCategory.allCases.filter { $0.tier == self }
    }

    /// Recognises a tier header: `产出指标`, `产出`, `一级指标：效益指标`, `（三）满意度指标`.
    /// A 二级 term such as `社会效益指标` is not a tier.
    public init?(text: String) {
        switch PerformanceText.term(text) {
        case "产出": self = .output
        case "效益", "效果": self = .outcome
        case "满意度", "满意": self = .satisfaction
        case "成本": self = .cost
        default: return nil
        }
    }
}
