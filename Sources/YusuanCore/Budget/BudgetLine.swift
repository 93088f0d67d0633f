/// One fact of a unit's budget: an amount for one 功能分类 项, one 经济分类 款, one kind of
/// expenditure and one source of funds. Every disclosure table is a sum over these.
public struct BudgetLine: Sendable, Hashable, Codable {
    /// Whether the money is spent this year or kept as 年终结转结余.
    public var use: LineUse
    /// The agency the line belongs to; nil for the disclosing agency itself.
    public var agency: String?
    /// The 支出功能分类 code, normally a 项.
    public var function: FunctionCode
    /// The 部门预算支出经济分类 code (a 款); nil when not broken down.
    public var economic: EconomicCode?
    /// What the money is for; nil for a year-end balance.
    public var kind: ExpenditureKind?
    public var source: FundSource
    public var origin: FundOrigin
    /// The project a 项目支出 line funds.
    public var project: String?
    public var amount: Money

    public init(function: FunctionCode, economic: EconomicCode? = nil, kind: ExpenditureKind?,
                source: FundSource, origin: FundOrigin = .currentYear, amount: Money,
                agency: String? = nil, project: String? = nil, use: LineUse = .expenditure) {
        self.use = use
        self.agency = agency
        self.function = function
        self.economic = economic
        self.kind = kind
        self.source = source
        self.origin = origin
        self.project = project
        self.amount = amount
    }
}

/// Spent this year (支出) or carried into next year (年终结转结余).
public enum LineUse: String, Sendable, Hashable, Codable, CaseIterable {
    case expenditure
    case yearEndBalance
}
