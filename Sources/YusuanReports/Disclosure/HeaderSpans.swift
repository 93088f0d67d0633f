/// The merged cells of a table's header: a header spanning columns is printed once across
/// them, and a header with nothing below it reaches down to the body. HTML and XLSX both
/// draw the header from these.
public struct HeaderSpan: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    public var text: String

    /// The spans of a header grid (`TableGrid.header`), top row first, left to right.
    public static func spans(_ header: [[String]]) -> [HeaderSpan] {
        guard let width = header.first?.count else { return [] }
        var spans: [HeaderSpan] = []
        for row in header.indices {
            var column = 0
            while column < width {
                let text = header[row][column]
                if text.isEmpty && row > 0 { column += 1; continue }
                var columnSpan = 1
                // The same text under the same parents is one header across columns.
                while column + columnSpan < width, !text.isEmpty, header[row][column + columnSpan] == text,
                      (0..<row).allSatisfy({ header[$0][column + columnSpan] == header[$0][column] }) {
                    columnSpan += 1
                }
                var rowSpan = 1
                while row + rowSpan < header.count,
                      (column..<column + columnSpan).allSatisfy({ header[row + rowSpan][$0].isEmpty }) {
                    rowSpan += 1
                }
                spans.append(HeaderSpan(row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan, text: text))
                column += columnSpan
            }
        }
        return spans
    }
}
