import YusuanCore

/// 各表的合计数一致.
public struct CrossTotalsRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.totals", severity: .error,
        title: .init(zh: "各表的合计数一致", en: "totals agree across tables"),
        reason: .init(zh: "一般公共预算支出表的基本支出合计等于基本支出表合计，支出总表合计等于收支总表支出合计，等等：各表合计是同一笔钱。",
                      en: "The general public budget's basic spending equals the basic spending table's total, the expenditure table's total equals the summary's, and so on: the tables' totals are the same money."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.equalities.filter { !$0.holds && !$0.isWithinOneTable && $0.crossRule == Self.descriptor.id }
            .map { context.finding(self, for: $0) }
    }
}
