/// Where a unit's money comes from (收入来源). The year it arrived in — this year or
/// carried over from last year — is a separate dimension, `FundOrigin`, because
/// documents break 上年结转结余 down by the same sources.
public enum FundSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// 一般公共预算拨款
    case generalPublicBudget
    /// 政府性基金预算拨款
    case governmentFund
    /// 国有资本经营预算拨款
    case stateCapitalOperation
    /// 财政专户管理资金 (mainly 教育收费)
    case fiscalSpecialAccount
    /// 事业收入
    case publicInstitutionRevenue
    /// 事业单位经营收入
    case institutionBusinessRevenue
    /// 上级补助收入
    case superiorSubsidy
    /// 附属单位上缴收入
    case subordinateRemittance
    /// 其他收入 (单位其他资金收入)
    case otherRevenue

    /// The name disclosure tables print.
    public var chineseName: String {
        switch self {
        case .generalPublicBudget: "一般公共预算拨款"
        case .governmentFund: "政府性基金预算拨款"
        case .stateCapitalOperation: "国有资本经营预算拨款"
        case .fiscalSpecialAccount: "财政专户管理资金"
        case .publicInstitutionRevenue: "事业收入"
        case .institutionBusinessRevenue: "事业单位经营收入"
        case .superiorSubsidy: "上级补助收入"
        case .subordinateRemittance: "附属单位上缴收入"
        case .otherRevenue: "其他收入"
        }
    }

    /// The budget a fiscal appropriation comes from, as column headers name it (一般公共预算).
    public var budgetName: String {
        switch self {
        case .generalPublicBudget: "一般公共预算"
        case .governmentFund: "政府性基金预算"
        case .stateCapitalOperation: "国有资本经营预算"
        default: chineseName
        }
    }

    public var englishName: String {
        switch self {
        case .generalPublicBudget: "general public budget"
        case .governmentFund: "government fund budget"
        case .stateCapitalOperation: "state capital operation budget"
        case .fiscalSpecialAccount: "fiscal special account"
        case .publicInstitutionRevenue: "public institution revenue"
        case .institutionBusinessRevenue: "institution business revenue"
        case .superiorSubsidy: "subsidy from superior"
        case .subordinateRemittance: "remittance from subordinates"
        case .otherRevenue: "other revenue"
        }
    }

    /// 财政拨款: the three budgets the finance bureau appropriates from.
    public static let fiscalAppropriation: Set<FundSource> = [.generalPublicBudget, .governmentFund, .stateCapitalOperation]

    /// 单位资金: what the unit raises itself, outside the finance bureau's accounts.
    public static let unitFunds: Set<FundSource> = [
        .publicInstitutionRevenue, .institutionBusinessRevenue, .superiorSubsidy, .subordinateRemittance, .otherRevenue,
    ]

    public var isFiscalAppropriation: Bool { Self.fiscalAppropriation.contains(self) }
}

/// Whether money is this year's or carried over from last year (上年结转结余).
public enum FundOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    case currentYear
    case priorYearCarryover
}
