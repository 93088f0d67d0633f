import YusuanCore

/// 各表的功能分类支出一致.
public struct CrossExpenditureByFunctionRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.expenditure-by-function", severity: .error,
        title: .init(zh: "各表的功能分类支出一致", en: "spending by function agrees across tables"),
        reason: .init(zh: "收支总表、支出总表、财政拨款收支总表和一般公共预算支出表按功能分类列出同样的支出，同一科目在各表应一致。",
                      en: "The summary, the expenditure table, the fiscal appropriation summary and the general public budget table list spending by function; the same code must show the same figure."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.equalities.filter { !$0.holds && !$0.isWithinOneTable && $0.crossRule == Self.descriptor.id }
            .map { context.finding(self, for: $0) }
    }
}
