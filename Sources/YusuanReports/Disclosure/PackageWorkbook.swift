import Foundation
import YusuanCore
import YusuanXLSX

/// The package's tables as a workbook: one sheet per table, its title and unit above,
/// merged header cells, amounts as numbers with thousands separators, widths that fit,
/// and the 备注 of an empty table below it.
public enum PackageWorkbook {
    static let title = CellStyle(bold: true, fontSize: 14, horizontalAlignment: .center, verticalAlignment: .center)
    static let header = CellStyle(bold: true, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true, border: .thin)
    static let label = CellStyle(border: .thin)
    static let amount = CellStyle(border: .thin, numberFormat: "#,##0.00")

    public static func workbook(_ package: DisclosurePackage) -> Workbook {
        Workbook(sheets: package.tables.map { sheet($0, package) })
    }

    public static func data(_ package: DisclosurePackage) throws -> Data {
        try XLSXWriter.write(workbook(package))
    }

    static func sheet(_ table: PackageTable, _ package: DisclosurePackage) -> Worksheet {
        let grid = TableGrid(table.view, precision: package.precision, grouping: false)
        var sheet = Worksheet(name: "\(table.number) \(table.view.title)")
        let width = grid.columnCount
        sheet.set(WorksheetCell(text: "\(table.number) \(table.view.title)", style: title), row: 0, column: 0)
        sheet.merge(CellRange(start: CellAddress(row: 0, column: 0), end: CellAddress(row: 0, column: width - 1)))
        sheet.set(WorksheetCell(text: "编制部门：\(package.agency)"), row: 1, column: 0)
        sheet.set(WorksheetCell(text: "单位：\(package.precision.scale.label)", style: CellStyle(horizontalAlignment: .right)), row: 1, column: width - 1)
        let top = 2
        for span in HeaderSpan.spans(grid.header) {
            // Every cell of a merged area carries the border, so the grid is drawn whole.
            for row in span.row..<span.row + span.rowSpan {
                for column in span.column..<span.column + span.columnSpan {
                    sheet.set(WorksheetCell(text: row == span.row && column == span.column ? span.text : "", style: header),
                              row: top + row, column: column)
                }
            }
            if span.rowSpan > 1 || span.columnSpan > 1 {
                sheet.merge(CellRange(start: CellAddress(row: top + span.row, column: span.column),
                                      end: CellAddress(row: top + span.row + span.rowSpan - 1, column: span.column + span.columnSpan - 1)))
            }
        }
        let bodyTop = top + grid.header.count
        for (index, row) in grid.body.enumerated() {
            for (column, cell) in row.enumerated() {
                let bold = cell.role != .detail
                if grid.amountColumns.contains(column), let value = cell.amount {
                    var style = amount
                    style.bold = bold
                    let shown = value.displayValue(package.precision)
                    sheet.set(WorksheetCell(value: .number(shown.description), style: style), row: bodyTop + index, column: column)
                } else {
                    var style = label
                    style.bold = bold && !cell.text.isEmpty
                    let indent = grid.amountColumns.contains(column) ? "" : String(repeating: "  ", count: cell.depth)
                    sheet.set(WorksheetCell(text: cell.text.isEmpty ? "" : indent + cell.text, style: style), row: bodyTop + index, column: column)
                }
            }
        }
        if let note = table.note {
            let row = bodyTop + grid.body.count + 1
            sheet.set(WorksheetCell(text: note, style: CellStyle(wrapText: true)), row: row, column: 0)
            sheet.merge(CellRange(start: CellAddress(row: row, column: 0), end: CellAddress(row: row, column: width - 1)))
            sheet.rowHeights[row] = 36
        }
        sheet.fitColumnWidths(minimum: 10, maximum: 48)
        return sheet
    }
}
