/// One printed cell of a project's 申请金额 block: how much a source provides in a year.
public struct ProjectFunding: Sendable, Hashable, Codable {
    public var fiscalYear: Int
    /// The source as printed (`本级财政安排`, `上级补助`, `部门自筹`, `合计`).
    public var source: String
    /// The source, when recognised.
    public var kind: ProjectFundingSource?
    public var amount: Money

    public init(fiscalYear: Int, source: String, amount: Money) {
        self.fiscalYear = fiscalYear
        self.source = source
        self.kind = ProjectFundingSource(text: source)
        self.amount = amount
    }

    /// Whether the row is the block's 合计.
    public var isTotal: Bool { kind == .total }
}
