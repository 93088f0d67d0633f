import YusuanCore

/// 各表的收入来源数字一致.
public struct CrossRevenueBySourceRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.revenue-by-source", severity: .error,
        title: .init(zh: "各表的收入来源数字一致", en: "revenue by source agrees across tables"),
        reason: .init(zh: "收支总表、收入总表和财政拨款收支总表列出同样的收入来源，各表数字应一致。",
                      en: "The summary, the revenue table and the fiscal appropriation summary list the same sources of revenue; their figures must agree."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.equalities.filter { !$0.holds && !$0.isWithinOneTable && $0.crossRule == Self.descriptor.id }
            .map { context.finding(self, for: $0) }
    }
}
