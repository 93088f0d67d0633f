import YusuanCore
import YusuanDocuments

/// A 部门's disclosure prints a row for each of its 单位; each unit's own disclosure of the
/// same year prints the same figures as its total. (The department's 合计 is the sum of
/// those rows within its own tables, so it is then the sum of its units' documents.)
public struct DepartmentUnitsRule: DocumentSetRule {
    public static let descriptor = RuleDescriptor(
        id: "documents.units", severity: .error,
        title: .init(zh: "部门公开中各单位的数字与单位自己的公开一致", en: "a department's rows for its units match the units' own disclosures"),
        reason: .init(zh: "部门预算是所属单位预算的汇总；部门公开中某单位的一行与该单位自己公开的合计不同，至少有一处印错。",
                      en: "A department's budget is the sum of its units'; a unit's row in the department's disclosure that differs from the unit's own total means one of them is wrong."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ set: DocumentSet) -> [Finding] {
        var findings: [Finding] = []
        for department in set.contexts {
            let document = department.document
            guard let year = document.fiscalYear, let own = document.agency.map(DocumentSet.agencyKey) else { continue }
            for (tableIndex, table) in document.tables.enumerated() where !table.columns.contains(where: { $0.side != nil }) {
                for (rowIndex, row) in table.rows.enumerated() {
                    guard case .agency(_, let name) = row.subject, DocumentSet.agencyKey(name) != own,
                          let unit = set.documents(agency: name, year: year, kind: document.kind).first,
                          let unitTable = unit.document.tables.firstIndex(where: { $0.kind == table.kind }),
                          let totalRow = unit.document.tables[unitTable].rows.firstIndex(where: { $0.subject == .grandTotal })
                    else { continue }
                    findings += compare(department, tableIndex, rowIndex, with: unit, unitTable, totalRow)
                }
            }
        }
        return findings
    }

    /// Each column both tables print: the department's cell for the unit against the unit's 合计.
    private func compare(_ department: AuditContext, _ table: Int, _ row: Int, with unit: AuditContext, _ unitTable: Int,
                         _ totalRow: Int) -> [Finding] {
        let printed = department.document.tables[table]
        let other = unit.document.tables[unitTable]
        return printed.columns.compactMap { column -> Finding? in
            guard let meaning = column.meaning, meaning.selector != nil,
                  let theirs = other.columns.first(where: { $0.meaning == meaning }) else { return nil }
            let mine = printed.rows[row].cells.first { $0.column == column.index }
            let their = other.rows[totalRow].cells.first { $0.column == theirs.index }
            // Words where a figure belongs say nothing; a blank cell is zero.
            if let mine, mine.amount == nil, !mine.isBlank { return nil }
            if let their, their.amount == nil, !their.isBlank { return nil }
            let a = mine?.amount?.interval ?? .zero
            let b = their?.amount?.interval ?? .zero
            guard !a.isConsistent(with: b) else { return nil }
            let shownMine = mine?.amount?.text ?? "（空）"
            let shownTheirs = their?.amount?.text ?? "（空）"
            let place = "\(department.tableName(table)) · \(printed.rows[row].label) · \(department.columnName(column))"
            return department.finding(
                Self.descriptor, at: FindingLocation(department.document, table: table, row: printed.rows[row], column: column, cell: mine),
                expected: shownTheirs, found: shownMine,
                message: .init(zh: "\(place)印为 \(shownMine)，而该单位自己的公开（\(unit.document.file)）\(unit.tableName(unitTable)) 合计为 \(shownTheirs)",
                               en: "\(place) prints \(shownMine), but the unit's own disclosure (\(unit.document.file)) prints \(shownTheirs) as the total of \(unit.tableName(unitTable))"),
                related: [FindingLocation(unit.document, table: unitTable, row: other.rows[totalRow], column: theirs, cell: their)
                    .inFile(unit.document.file)])
        }
    }
}
