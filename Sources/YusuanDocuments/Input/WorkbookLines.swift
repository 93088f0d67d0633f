import YusuanCore
import YusuanXLSX

/// The rows of a workbook as source lines, sheet after sheet: each row is a line whose
/// cells keep their worksheet columns, so tables read exactly as tab-separated text does.
/// A merged cell's text sits in its top-left cell, which is where a merged header's text
/// stands in extracted text too.
public enum WorkbookLines {
    /// Sheets larger than this are refused: one stray value in cell XFD1048576 must not
    /// make a reader build a grid of a billion cells.
    public static let cellLimit = 2_000_000

    public static func lines(from workbook: Workbook) throws(DocumentReadError) -> [SourceLine] {
        var lines: [SourceLine] = []
        for sheet in workbook.sheets where !sheet.isHidden {
            guard sheet.rowCount * max(sheet.columnCount, 1) <= cellLimit else {
                throw .workbook(zh: "工作表“\(sheet.name)”过大（\(sheet.rowCount) 行 × \(sheet.columnCount) 列）",
                                en: "sheet \"\(sheet.name)\" is too large (\(sheet.rowCount) rows × \(sheet.columnCount) columns)")
            }
            // The sheet's name can be its table's title (`收支总表`); a title row below it
            // takes precedence, because the segmenter confirms only the title a table follows.
            lines.append(SourceLine(location: SourceLocation(line: 0, sheet: sheet.name), text: sheet.name,
                                    cells: [SourceCell(text: sheet.name, column: 0, start: 0, end: 1)], isGrid: true))
            var byRow: [Int: [SourceCell]] = [:]
            for (address, cell) in sheet.cells {
                let text = TextNormalization.trimmed(Markup.clean(cell.displayText))
                guard !text.isEmpty else { continue }
                byRow[address.row, default: []].append(SourceCell(text: text, column: address.column,
                                                                  start: address.column, end: address.column + 1))
            }
            for row in 0..<sheet.rowCount {
                let cells = (byRow[row] ?? []).sorted { $0.column < $1.column }
                let text = cells.map(\.text).joined(separator: "\t")
                lines.append(SourceLine(location: SourceLocation(line: row + 1, sheet: sheet.name), text: text,
                                        cells: cells, isGrid: true))
            }
            lines.append(SourceLine(location: SourceLocation(line: sheet.rowCount + 1, sheet: sheet.name), text: "",
                                    cells: [], isGrid: true))
        }
        return lines
    }
}
