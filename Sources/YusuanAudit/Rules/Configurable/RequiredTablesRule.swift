import YusuanCore
import YusuanDocuments

/// A pack's list of tables a disclosure must publish (财预〔2016〕143号 lists them; a province
/// adds its own): each one the document does not contain is a finding.
public struct RequiredTablesRule: AuditRule {
    public static let template = "disclosure.required-tables"
    public static let descriptor = RuleDescriptor(
        id: template, severity: .warning,
        title: .init(zh: "公开文件包含规定的各张表", en: "the disclosure contains every required table"),
        reason: .init(zh: "规程列明了部门预算公开应包含的表格；缺少的表使公开不完整。",
                      en: "The rules list the tables a budget disclosure must contain; a missing table leaves it incomplete."),
        source: RuleSource.disclosureRules)

    public var descriptor: RuleDescriptor { rule.descriptor }
    /// Each required table, with the kinds that can stand for it (`a|b`: a province may
    /// publish 一般公共预算支出表(按经济分类) where others publish 一般公共预算基本支出表).
    let kinds: [[TableKind]]
    let rule: PackRule

    public init(_ rule: PackRule) {
        kinds = (rule.parameters["tableKinds"] ?? []).map { $0.split(separator: "|").compactMap { TableKind(rawValue: String($0)) } }
            .filter { !$0.isEmpty }
        self.rule = rule
    }

    public func check(_ context: AuditContext) -> [Finding] {
        let document = context.document
        guard rule.applies(to: document.kind), !document.tables.isEmpty else { return [] }
        let present = Set(document.tables.map(\.kind))
        return kinds.filter { $0.allSatisfy { !present.contains($0) } }.map(\.[0]).map { kind in
            context.finding(self, at: FindingLocation(), expected: kind.standardTitle, message: .init(
                zh: "文件中没有\(kind.standardTitle)（\(descriptor.source ?? "本规则包")要求公开此表；无数据时应公开空表并说明）",
                en: "The document has no \(kind.standardTitle) (\(kind.rawValue)); \(descriptor.source ?? "the pack") requires it, as an empty table with a note when there is nothing to show"))
        }
    }
}
