/// 二级指标: the category of an indicator within its tier.
public enum IndicatorCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 数量指标
    case quantity
    /// 质量指标
    case quality
    /// 时效指标
    case timeliness
    /// 成本指标 (also 经济成本 / 社会成本 / 生态环境成本 under a 成本 tier)
    case cost
    /// 经济效益指标
    case economicBenefit
    /// 社会效益指标
    case socialBenefit
    /// 生态效益指标
    case ecologicalBenefit
    /// 可持续影响指标
    case sustainability
    /// 服务对象满意度指标
    case serviceSatisfaction

    /// The tier the category belongs to in 财预〔2020〕10号. A `.cost` category printed under a
    /// 成本指标 tier keeps that tier on its indicator; this is the default when none is printed.
    public var tier: IndicatorTier {
        switch self {
        case .quantity, .quality, .timeliness, .cost: .output
        case .economicBenefit, .socialBenefit, .ecologicalBenefit, .sustainability: .outcome
        case .serviceSatisfaction: .satisfaction
        }
    }

    /// The term forms print: `数量指标`.
    public var chineseName: String {
        switch self {
        case .quantity: "数量指标"
        case .quality: "质量指标"
        case .timeliness: "时效指标"
        case .cost: "成本指标"
        case .economicBenefit: "经济效益指标"
        case .socialBenefit: "社会效益指标"
        case .ecologicalBenefit: "生态效益指标"
        case .sustainability: "可持续影响指标"
        case .serviceSatisfaction: "服务对象满意度指标"
        }
    }

    public var englishName: String {
        switch self {
        case .quantity: "quantity"
        case .quality: "quality"
        case .timeliness: "timeliness"
        case .cost: "cost"
        case .economicBenefit: "economic benefit"
        case .socialBenefit: "social benefit"
        case .ecologicalBenefit: "ecological benefit"
        case .sustainability: "sustainable impact"
        case .serviceSatisfaction: "service recipient satisfaction"
        }
    }

    /// Recognises a category header: `数量指标`, `二级指标：社会效益`, `服务对象满意度指标`,
    /// `生态环境效益指标`, `可持续影响`. A tier term (`效益指标`) is not a category.
    public init?(text: String) {
        switch PerformanceText.term(text) {
        case "数量": self = .quantity
        case "质量": self = .quality
        case "时效": self = .timeliness
        case "成本", "经济成本", "社会成本", "生态环境成本", "生态成本": self = .cost
        case "经济效益": self = .economicBenefit
        case "社会效益": self = .socialBenefit
        case "生态效益", "生态环境效益": self = .ecologicalBenefit
        case "可持续影响", "可持续发展", "可持续": self = .sustainability
        case "服务对象满意度", "服务对象满意", "社会公众或服务对象满意度", "社会公众满意度": self = .serviceSatisfaction
        default: return nil
        }
    }
}
