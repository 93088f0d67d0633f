import YusuanCore
import YusuanDocuments

/// The name printed with a code is the catalogue's name for it.
///
/// Names are compared after the catalogue's normalisation (brackets, spaces, a trailing
/// `（项）`); a name a former edition used, the name with its parent's appended, and a
/// shortened form of the catalogue's name (`…缴费` for `…缴费支出`) are accepted. Anything
/// else means either the name or the code is wrong, and the reader cannot tell which
/// line the money belongs to.
public struct CodeNameRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "code.name", severity: .warning,
        title: .init(zh: "分类编码与科目名称相符", en: "every classification code is printed with its catalogue name"),
        reason: .init(zh: "编码与名称不符时，无法确定这笔钱属于哪个科目：名称或编码必有一处印错。",
                      en: "When a code and its name disagree, the reader cannot tell which line the money belongs to: the name or the code is misprinted."),
        source: RuleSource.classification)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let catalogue = CodeUnknownRule.catalogueName(context)
        // A name read from layout text can be cut where it wraps (`体育与传媒支`): only names
        // read from grids are compared.
        return ClassifiedRows.distinct(in: context.document).filter { context.document.tables[$0.table].layout == .grid }.compactMap { coded in
            guard !coded.name.isEmpty,
                  case .mismatch(let expected) = context.catalogues[coded.kind].check(code: coded.code, name: coded.name)
            else { return nil }
            let row = context.document.tables[coded.table].rows[coded.row]
            return context.finding(
                self, at: FindingLocation(context.document, table: coded.table, row: row), expected: expected, found: coded.name,
                message: .init(
                    zh: "\(context.tableName(coded.table)) 的编码 \(coded.code) 印作“\(coded.name)”，\(catalogue.zh)中该编码的名称为“\(expected)”（已计入历史名称与写法差异）",
                    en: "\(context.tableName(coded.table)): code \(coded.code) is printed as \"\(coded.name)\", but \(catalogue.en) names it \"\(expected)\" (former names and spelling variants allowed)"))
        }
    }
}
