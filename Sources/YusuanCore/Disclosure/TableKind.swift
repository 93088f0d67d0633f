/// What a table is, whatever a province titles or numbers it. The raw values are the
/// stable names of the JSON formats.
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 部门收支总表
    case revenueExpenditureSummary
    /// 部门收入总表
    case revenueSummary
    /// 部门支出总表
    case expenditureSummary
    /// 财政拨款收支总表
    case fiscalAppropriationSummary
    /// 一般公共预算支出表
    case generalPublicExpenditure
    /// 一般公共预算基本支出表
    case generalPublicBasicExpenditure
    /// 一般公共预算支出经济分类表: basic and project spending by 经济分类.
    case generalPublicEconomicExpenditure
    /// 基本支出表 (all sources, by 经济分类).
    case basicExpenditure
    /// 一般公共预算“三公”经费支出表
    case threePublicExpenses
    /// 政府性基金预算支出表
    case governmentFundExpenditure
    /// 国有资本经营预算支出表
    case stateCapitalExpenditure
    /// 项目支出表
    case projectExpenditure
    /// 一般公共预算项目支出表: the projects the general public budget funds.
    case generalPublicProjectExpenditure
    /// 项目支出绩效目标表
    case performanceTargets
    /// 部门整体支出绩效目标表
    case agencyPerformanceTargets
    /// 预算项目绩效自评表
    case selfEvaluation
    /// 项目支出预算编审表 / 基本建设项目补充编审表
    case reviewSheet
    /// 项目基本信息表
    case projectInformation
    /// 对下转移支付支出预算明细表
    case transferPayments
    /// 政府采购预算表 / 项目政府采购表
    case procurement
    /// 政府购买服务表
    case purchasedServices
    /// Not recognised.
    case unknown

    /// The standard title (部门预算公开 wording).
    public var standardTitle: String {
        switch self {
        case .revenueExpenditureSummary: "部门收支总表"
        case .revenueSummary: "部门收入总表"
        case .expenditureSummary: "部门支出总表"
        case .fiscalAppropriationSummary: "财政拨款收支总表"
        case .generalPublicExpenditure: "一般公共预算支出表"
        case .generalPublicBasicExpenditure: "一般公共预算基本支出表"
        case .generalPublicEconomicExpenditure: "一般公共预算支出经济分类表"
        case .basicExpenditure: "基本支出表"
        case .threePublicExpenses: "一般公共预算“三公”经费支出表"
        case .governmentFundExpenditure: "政府性基金预算支出表"
        case .stateCapitalExpenditure: "国有资本经营预算支出表"
        case .projectExpenditure: "项目支出表"
        case .generalPublicProjectExpenditure: "一般公共预算项目支出表"
        case .performanceTargets: "项目支出绩效目标表"
        case .agencyPerformanceTargets: "部门整体支出绩效目标表"
        case .selfEvaluation: "预算项目绩效自评表"
        case .reviewSheet: "项目支出预算编审表"
        case .projectInformation: "项目基本信息表"
        case .transferPayments: "对下转移支付支出预算明细表"
        case .procurement: "政府采购预算表"
        case .purchasedServices: "政府购买服务表"
        case .unknown: "未识别的表"
        }
    }

    /// The nine tables of a 部门预算公开, in their usual order.
    public static let disclosureTables: [TableKind] = [
        .revenueExpenditureSummary, .revenueSummary, .expenditureSummary, .fiscalAppropriationSummary,
        .generalPublicExpenditure, .generalPublicBasicExpenditure, .threePublicExpenses,
        .governmentFundExpenditure, .projectExpenditure,
    ]
}

/// Which half of a side-by-side table (收支总表: 收入 on the left, 支出 on the right) a row
/// or column belongs to.
public enum TableSide: String, Sendable, Hashable, Codable, CaseIterable {
    case revenue
    case expenditure
}

/// A row's part in the table's arithmetic.
public enum RowRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// An ordinary row.
    case detail
    /// 小计, or a 类/款 row that sums the rows under it.
    case subtotal
    /// 合计 / 总计.
    case total
}
