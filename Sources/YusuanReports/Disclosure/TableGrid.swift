import YusuanCore

/// A table view laid out as a grid of printed cells — header rows, then body rows — the one
/// layout every format (text, Markdown, HTML, XLSX) writes. Side-by-side tables (收支总表)
/// put the 收入 columns left of the 支出 columns, each side with its own 项目 column.
public struct TableGrid: Sendable {
    public struct Cell: Sendable, Hashable {
        public var text: String
        /// The figure, for amount cells (exact, before rounding to the table's precision).
        public var amount: Money?
        public var role: RowRole
        /// Nesting of a row label (类 0, 款 1, 项 2).
        public var depth: Int
    }

    /// Header rows, top first; a header cell spanning columns repeats its text in each.
    public var header: [[String]]
    public var body: [[Cell]]
    /// Which columns hold amounts (the others are row labels).
    public var amountColumns: Set<Int>

    public init(_ view: TableView, precision: DisplayPrecision, grouping: Bool) {
        let sides = view.columns.contains { $0.side != nil } ? [TableSide.revenue, .expenditure] : [nil]
        let columnsBySide = sides.map { side in view.columns.filter { $0.side == side } }
        let depth = view.columns.map(\.header.count).max() ?? 1
        header = (0..<depth).map { level in
            columnsBySide.flatMap { columns in
                [level == 0 ? "项目" : ""] + columns.map { level < $0.header.count ? $0.header[level] : "" }
            }
        }
        var amounts: Set<Int> = []
        var offset = 0
        for columns in columnsBySide {
            amounts.formUnion((offset + 1)...(offset + columns.count))
            offset += columns.count + 1
        }
        amountColumns = amounts
        let rowsBySide = sides.map { side in view.rows.filter { $0.side == side } }
        body = (0..<(rowsBySide.map(\.count).max() ?? 0)).map { index in
            zip(rowsBySide, columnsBySide).flatMap { rows, columns -> [Cell] in
                guard index < rows.count else { return Array(repeating: Cell(text: "", role: .detail, depth: 0), count: columns.count + 1) }
                let row = rows[index]
                // An agency's code could read as a 功能分类 code (222 is a 类): agencies print by name.
                let code = if case .agency = row.subject { nil as String? } else { row.code }
                let label = [code, row.label].compactMap { $0 }.joined(separator: " ")
                return [Cell(text: label, role: row.role, depth: row.depth)] + columns.map { column in
                    let value = row.cells[column.meaning]?.value
                    return Cell(text: value.map { $0.formatted(precision, grouping: grouping) } ?? "", amount: value, role: row.role, depth: row.depth)
                }
            }
        }
    }

    public var columnCount: Int { header.first?.count ?? 0 }

    /// The grid column a view column is printed in.
    public static func place(of column: ViewColumn, in view: TableView) -> Int? {
        let sides = view.columns.contains { $0.side != nil } ? [TableSide.revenue, .expenditure] : [nil]
        var offset = 0
        for side in sides {
            let columns = view.columns.filter { $0.side == side }
            if let index = columns.firstIndex(of: column) { return offset + 1 + index }
            offset += columns.count + 1
        }
        return nil
    }
}
