import Foundation
import YusuanCore
import YusuanXLSX

/// The 绩效自评表 as a workbook: one sheet in seed 002's layout — title, department and unit
/// above, merged header cells, amounts as numbers, 小计 and 合计 rows in bold — with the
/// scores in the last columns.
public enum SelfEvaluationWorkbook {
    public static func workbook(_ report: SelfEvaluationReport) -> Workbook {
        let grid = SelfEvaluationGrid(report)
        var sheet = Worksheet(name: "绩效自评表")
        let width = grid.header.first?.count ?? 1
        sheet.set(WorksheetCell(text: report.evaluation.title, style: PackageWorkbook.title), row: 0, column: 0)
        sheet.merge(CellRange(start: CellAddress(row: 0, column: 0), end: CellAddress(row: 0, column: width - 1)))
        sheet.set(WorksheetCell(text: "部门名称：\(report.evaluation.department ?? "")"), row: 1, column: 0)
        sheet.set(WorksheetCell(text: "单位：\(report.evaluation.moneyScale.label)", style: CellStyle(horizontalAlignment: .right)),
                  row: 1, column: width - 1)
        let top = 2
        for span in HeaderSpan.spans(grid.header) {
            for row in span.row..<span.row + span.rowSpan {
                for column in span.column..<span.column + span.columnSpan {
                    sheet.set(WorksheetCell(text: row == span.row && column == span.column ? span.text : "", style: PackageWorkbook.header),
                              row: top + row, column: column)
                }
            }
            if span.rowSpan > 1 || span.columnSpan > 1 {
                sheet.merge(CellRange(start: CellAddress(row: top + span.row, column: span.column),
                                      end: CellAddress(row: top + span.row + span.rowSpan - 1, column: span.column + span.columnSpan - 1)))
            }
        }
        let bodyTop = top + grid.header.count
        let scale = report.evaluation.moneyScale
        for (index, row) in grid.rows.enumerated() {
            for (column, cell) in row.cells.enumerated() {
                let bold = row.role != .detail
                if let value = cell.amount {
                    var style = PackageWorkbook.amount
                    style.bold = bold
                    sheet.set(WorksheetCell(value: .number(value.displayValue(in: scale).description), style: style),
                              row: bodyTop + index, column: column)
                } else {
                    var style = CellStyle(verticalAlignment: .top, wrapText: !cell.isNumeric, border: .thin)
                    style.bold = bold && !cell.text.isEmpty
                    if cell.isNumeric { style.horizontalAlignment = .right }
                    sheet.set(WorksheetCell(text: cell.text, style: style), row: bodyTop + index, column: column)
                }
            }
        }
        sheet.fitColumnWidths(minimum: 8, maximum: 30)
        return Workbook(sheets: [sheet])
    }

    public static func data(_ report: SelfEvaluationReport) throws -> Data {
        try XLSXWriter.write(workbook(report))
    }
}
