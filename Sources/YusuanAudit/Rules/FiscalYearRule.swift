import YusuanCore
import YusuanDocuments

/// Every table's title names the document's year.
public struct FiscalYearRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.fiscal-year", severity: .error,
        title: .init(zh: "各表标题的年度一致", en: "every table title names the document's year"),
        reason: .init(zh: "标题写错年度的表，多半是从上一年的文件中复制而来未作更新。",
                      en: "A table titled with another year was most likely copied from last year's document and not updated."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let year = context.document.fiscalYear else { return [] }
        return context.document.tables.enumerated().compactMap { index, table in
            guard let named = table.fiscalYear, named != year else { return nil }
            return context.finding(self, at: FindingLocation(context.document, table: index), expected: "\(year)", found: "\(named)",
                                   message: .init(zh: "\(context.tableName(index)) 的标题年度为 \(named) 年，本文件为 \(year) 年",
                                                  en: "\(context.tableName(index)) is titled for \(named); the document is for \(year)"))
        }
    }
}
