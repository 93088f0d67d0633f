import YusuanCore

/// A table view written as tab-separated text with a `###` title, in the shape the
/// published documents take and the reader reads: the disclosure package's plain-text and
/// Markdown source. Amounts print at the given precision; every figure is the view's, so
/// the text cannot disagree with the facts.
public struct DisclosureText {
    public var agency: String
    public var precision: DisplayPrecision

    public init(agency: String, precision: DisplayPrecision = .tenThousandYuan) {
        self.agency = agency
        self.precision = precision
    }

    public func table(_ view: TableView, number: String) -> String {
        var lines = ["### \(number) \(view.title)", "", "编制部门：\(agency)", "", "单位：\(precision.scale.label)", ""]
        let sides = view.columns.contains { $0.side != nil } ? [TableSide.revenue, .expenditure] : [nil]
        let columnsBySide = sides.map { side in view.columns.filter { $0.side == side } }
        let depth = view.columns.map(\.header.count).max() ?? 1
        for level in 0..<depth {
            let parts = columnsBySide.map { columns in
                ([level == 0 ? "项目" : ""] + columns.map { level < $0.header.count ? $0.header[level] : "" }).joined(separator: "\t")
            }
            lines.append(parts.joined(separator: "\t"))
        }
        let rowsBySide = sides.map { side in view.rows.filter { $0.side == side } }
        for index in 0..<(rowsBySide.map(\.count).max() ?? 0) {
            let parts = zip(rowsBySide, columnsBySide).map { rows, columns in
                guard index < rows.count else { return Array(repeating: "", count: columns.count + 1).joined(separator: "\t") }
                let row = rows[index]
                let label = [row.code, row.label].compactMap { $0 }.joined(separator: " ")
                return ([label] + columns.map { column in row.cells[column.meaning].map { $0.value.formatted(precision, grouping: false) } ?? "" })
                    .joined(separator: "\t")
            }
            lines.append(parts.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }
}
