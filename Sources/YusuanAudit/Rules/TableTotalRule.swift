import YusuanCore

/// Every 合计, 小计 and 总计 equals the rows it totals.
public struct TableTotalRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "table.total", severity: .error,
        title: .init(zh: "合计、小计、总计等于其各行之和", en: "every total equals the rows it totals"),
        reason: .init(zh: "合计行由各行相加而来，不等说明合计或某行印错。",
                      en: "A total row is the sum of its rows; a difference means the total or a row is misprinted."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.sums.filter { identity in
            !identity.holds && !identity.isAcrossColumns
                && !([.function, .economic].contains(identity.dimension)
                    && context.document.tables[identity.parent.table].rows[identity.parent.row].code != nil)
        }.map { context.finding(self, for: $0) }
    }
}
