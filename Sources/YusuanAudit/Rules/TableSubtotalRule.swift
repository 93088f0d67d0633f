import YusuanCore

/// 类 = Σ款 = Σ项: a classification row equals the rows printed under it.
public struct TableSubtotalRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "table.subtotal", severity: .error,
        title: .init(zh: "类、款行等于其下各行之和", en: "a 类 or 款 row equals the rows under it"),
        reason: .init(zh: "功能分类和经济分类是层级科目，上级科目的金额就是下级科目之和；不等说明某行印错或漏印。",
                      en: "Classification codes are a hierarchy: a higher code's amount is the sum of its children; a difference means a row is misprinted or missing."),
        source: RuleSource.classification)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.sums.filter { identity in
            !identity.holds && !identity.isAcrossColumns && [.function, .economic].contains(identity.dimension)
                && context.document.tables[identity.parent.table].rows[identity.parent.row].code != nil
        }.map { context.finding(self, for: $0) }
    }
}
