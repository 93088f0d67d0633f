import YusuanCore
import YusuanDocuments

/// Whether the package, read back by the reader, shows every figure of every table view:
/// the same rows (by what they stand for), the same columns (by meaning), the same amounts
/// at the table's precision. The audit says the document is consistent; this says it is
/// the facts' document.
public enum ReadBackCheck {
    /// `表一 收入 一般公共预算 amount: view 251.53, read 0.00`, one per disagreement.
    public static func differences(_ package: DisclosurePackage, _ document: Document) -> [String] {
        var differences: [String] = []
        // The 项目支出绩效目标表 of the 预算绩效 section are text, not views.
        let tables = document.tables.filter { $0.kind != .performanceTargets }
        if tables.count != package.tables.count {
            differences.append("tables: \(package.tables.count) generated, \(tables.count) read back")
        }
        for (table, read) in zip(package.tables, tables) {
            let name = "\(table.number) \(table.view.title)"
            guard read.kind == table.view.kind else {
                differences.append("\(name): read back as \(read.kind.rawValue)")
                continue
            }
            for row in table.view.rows {
                let label = "\(name) \(row.code.map { "\($0) " } ?? "")\(row.label)"
                guard let readRow = read.rows.first(where: { $0.subject == row.subject && $0.side == row.side }) else {
                    differences.append("\(label): no such row read back")
                    continue
                }
                for column in table.view.columns where column.side == row.side {
                    guard let cell = row.cells[column.meaning] else { continue }
                    let shown = cell.value.displayValue(package.precision)
                    // The reader may give a column another meaning for the same money (a 项目支出表's
                    // 项目支出合计 is `project`); then the column at the same place counts.
                    let place = TableGrid.place(of: column, in: table.view)
                    let printed = (read.cell(readRow, column.meaning) ?? readRow.cells.first { $0.column == place })?.amount?.value
                    if printed != shown {
                        differences.append("\(label) \(column.meaning): view \(shown), read \(printed.map { "\($0)" } ?? "nothing")")
                    }
                }
            }
        }
        return differences
    }
}
