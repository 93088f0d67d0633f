import YusuanCore

/// 各表的经济分类支出一致.
public struct CrossBasicByEconomicRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.basic-by-economic", severity: .error,
        title: .init(zh: "各表的经济分类支出一致", en: "spending by economic class agrees across tables"),
        reason: .init(zh: "基本支出按经济分类列在多张表中，同一科目在各表应一致。",
                      en: "Basic spending by economic class appears in several tables; the same code must show the same figure."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.equalities.filter { !$0.holds && !$0.isWithinOneTable && $0.crossRule == Self.descriptor.id }
            .map { context.finding(self, for: $0) }
    }
}
