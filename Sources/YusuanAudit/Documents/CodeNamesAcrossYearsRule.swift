import YusuanCore
import YusuanDocuments

/// The same code printed by the same agency last year and this year names the same thing,
/// unless the catalogue says the name changed (the 2019 renames of 207, 210, 220) or knows
/// both names.
public struct CodeNamesAcrossYearsRule: DocumentSetRule {
    public static let descriptor = RuleDescriptor(
        id: "documents.code-names", severity: .warning,
        title: .init(zh: "同一编码在相邻年度的名称一致", en: "a code names the same thing in consecutive years"),
        reason: .init(zh: "同一单位相邻两年的公开中，同一科目编码的名称不同而分类目录未作更名，说明其中一年的编码或名称有误。",
                      en: "When an agency's code is named differently in consecutive years and the catalogue knows no rename, one year's code or name is wrong."),
        source: RuleSource.classification)

    public init() {}

    public func check(_ set: DocumentSet) -> [Finding] {
        set.contexts.flatMap { current -> [Finding] in
            guard let prior = set.priorYear(of: current) else { return [] }
            var lastYear: [String: ClassifiedRow] = [:]
            for row in ClassifiedRows.distinct(in: prior.document) where lastYear[row.code] == nil { lastYear[row.code] = row }
            var reported: Set<String> = []
            return ClassifiedRows.distinct(in: current.document).compactMap { row -> Finding? in
                guard let before = lastYear[row.code], !row.name.isEmpty, !before.name.isEmpty,
                      ClassificationName.normalize(row.name) != ClassificationName.normalize(before.name),
                      !Self.bothKnown(row, before, current.catalogues), reported.insert(row.code).inserted else { return nil }
                let table = current.document.tables[row.table]
                return current.finding(
                    Self.descriptor, at: FindingLocation(current.document, table: row.table, row: table.rows[row.row]),
                    expected: before.name, found: row.name,
                    message: .init(zh: "编码 \(row.code) 本年印作“\(row.name)”，上年公开的文件（\(prior.document.file)）印作“\(before.name)”，分类目录未记载此更名",
                                   en: "Code \(row.code) is named \"\(row.name)\" this year and \"\(before.name)\" in last year's document (\(prior.document.file)); the catalogue records no such rename"),
                    related: [FindingLocation(prior.document, table: before.table, row: prior.document.tables[before.table].rows[before.row])
                        .inFile(prior.document.file)])
            }
        }
    }

    /// Whether the catalogue accepts both names for the code: a rename it records.
    static func bothKnown(_ a: ClassifiedRow, _ b: ClassifiedRow, _ catalogues: CatalogueSet) -> Bool {
        let catalogue = catalogues[a.kind]
        return catalogue.check(code: a.code, name: a.name).isAccepted && catalogue.check(code: b.code, name: b.name).isAccepted
    }
}
