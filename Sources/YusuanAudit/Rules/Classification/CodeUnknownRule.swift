import YusuanCore
import YusuanDocuments

/// Every printed 功能分类 / 经济分类 code is one the catalogue of the document's year knows,
/// and sits under the 类 and 款 rows it belongs to.
///
/// The catalogues are the codes seen in published documents, not the Ministry's complete
/// book: a code they lack is unverified, not invalid, so this rule only informs. A 款 or 项
/// printed under a row of another 类 or 款 means the rows or the code are misprinted —
/// the digits themselves say where a code belongs.
public struct CodeUnknownRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "code.unknown", severity: .info,
        title: .init(zh: "分类编码可在目录中核实，且与其上级行相符",
                     en: "classification codes can be verified in the catalogue and fit the rows above them"),
        reason: .init(zh: "目录外的编码可能是新设或地方科目，也可能印错；目录据已公开文件整理，不是财政部完整的科目表，故只能提示“未能核实”，不能认定无效。编码不属于其上方的类、款，说明行序或编码有误。",
                      en: "A code outside the catalogue may be new, regional or misprinted; the catalogue is compiled from published documents, not the Ministry's complete book, so it can only be flagged as unverified, never as invalid. A code that does not belong to the 类 or 款 printed above it means the rows or the code are wrong."),
        source: RuleSource.classification)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        unverified(context) + misplaced(context)
    }

    /// Codes the catalogue of the year does not have, once per table.
    private func unverified(_ context: AuditContext) -> [Finding] {
        let catalogue = Self.catalogueName(context)
        return ClassifiedRows.distinct(in: context.document).compactMap { coded in
            guard context.catalogues[coded.kind].entry(coded.code) == nil else { return nil }
            let printed = coded.name.isEmpty ? coded.code : "\(coded.code) \(coded.name)"
            return context.finding(self, at: location(context, coded), found: printed, message: .init(
                zh: "\(context.tableName(coded.table)) 的编码 \(coded.code)（\(coded.kind.chineseName)）不在\(catalogue.zh)中，未能核实；目录据已公开文件整理，并非完整科目表，故不能据此认定编码无效",
                en: "\(context.tableName(coded.table)): code \(coded.code) (\(coded.kind.englishName)) is not in \(catalogue.en), so it is unverified; the catalogue is compiled from published documents, not the complete book, so this does not make the code invalid"))
        }
    }

    /// 款 and 项 printed under a 类 or 款 row they do not belong to. The nearest code above of
    /// a higher level, on the same side and in the same classification, is the row's parent;
    /// an agency's row or a total starts the outline again.
    private func misplaced(_ context: AuditContext) -> [Finding] {
        let coded = Dictionary(ClassifiedRows.all(in: context.document).map { ("\($0.table)|\($0.row)", $0) },
                               uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        // Rows read from layout text can be out of order where names wrap: only grids count.
        for (tableIndex, table) in context.document.tables.enumerated() where ClassifiedRows.carriesCodes(table) && table.layout == .grid {
            var above: [String: [ClassifiedRow]] = [:]
            var reported: Set<String> = []
            for (rowIndex, row) in table.rows.enumerated() {
                if row.role == .total || { if case .agency? = row.subject { true } else { false } }() {
                    above = [:]
                    continue
                }
                guard let current = coded["\(tableIndex)|\(rowIndex)"] else { continue }
                let outline = "\(row.side?.rawValue ?? "")|\(current.kind.rawValue)"
                defer { above[outline, default: []].append(current) }
                guard let parent = above[outline]?.last(where: { $0.code.count < current.code.count }),
                      !current.code.hasPrefix(parent.code), reported.insert(current.code).inserted,
                      let level = CodeLevel(digitCount: current.code.count),
                      let parentLevel = CodeLevel(digitCount: parent.code.count)
                else { continue }
                let belongs = String(current.code.prefix(parent.code.count))
                let parentRow = table.rows[parent.row]
                let parentName = parent.name.isEmpty ? "" : "“\(parent.name)”"
                let parentNameEn = parent.name.isEmpty ? "" : " (\(parent.name))"
                findings.append(context.finding(
                    self, at: location(context, current), expected: belongs, found: parent.code,
                    message: .init(
                        zh: "\(context.tableName(tableIndex)) 的\(level.chineseName)级编码 \(current.code) 列在\(parentLevel.chineseName) \(parent.code)\(parentName)之下，但按编码它应属于 \(belongs)",
                        en: "\(context.tableName(tableIndex)): the \(level.chineseName) code \(current.code) is printed under the \(parentLevel.chineseName) \(parent.code)\(parentNameEn), but its digits place it under \(belongs)"),
                    related: [FindingLocation(context.document, table: tableIndex, row: parentRow)]))
            }
        }
        return findings
    }

    private func location(_ context: AuditContext, _ coded: ClassifiedRow) -> FindingLocation {
        FindingLocation(context.document, table: coded.table, row: context.document.tables[coded.table].rows[coded.row])
    }

    /// `2021 年分类目录（据已公开文件整理）` and its English.
    static func catalogueName(_ context: AuditContext) -> BilingualMessage {
        if let year = context.document.fiscalYear {
            return .init(zh: "\(year) 年分类目录（据已公开文件整理）", en: "the \(year) catalogue as observed in published documents")
        }
        return .init(zh: "分类目录（据已公开文件整理）", en: "the catalogue as observed in published documents")
    }
}
