import YusuanCore
import YusuanDocuments

/// Every table's header names the same agency as the document.
public struct AgencyNameRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "cross.agency-name", severity: .error,
        title: .init(zh: "各表表头的单位名称一致", en: "every table header names the same agency"),
        reason: .init(zh: "一份公开文件只属于一个单位；表头写了别的单位，读者无法确定数字属于谁。",
                      en: "A disclosure belongs to one agency; a header naming another leaves the reader unsure whose figures they are."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let agency = context.document.agency else { return [] }
        return context.document.tables.enumerated().compactMap { index, table in
            guard let named = table.agency, Self.normalize(named) != Self.normalize(agency) else { return nil }
            return context.finding(self, at: FindingLocation(context.document, table: index), expected: agency, found: named,
                                   message: .init(zh: "\(context.tableName(index)) 的表头单位为“\(named)”，而本文件其余各表为“\(agency)”",
                                                  en: "\(context.tableName(index)) names \"\(named)\" in its header, where the document's other tables name \"\(agency)\""))
        }
    }

    /// The name without spaces, width variants, or a qualifier that says which accounts
    /// the table covers (`(本级)`, `(汇总)`).
    static func normalize(_ name: String) -> String {
        var text = TextNormalization.removingSpaces(TextNormalization.halfWidth(name))
        for qualifier in ["(本级)", "(汇总)", "(部门)", "(单位)", "本级", "汇总"] where text.hasSuffix(qualifier) {
            text.removeLast(qualifier.count)
        }
        return text
    }
}
