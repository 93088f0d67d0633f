@testable import YusuanXLSX

/// A disclosure-style workbook: two sheets, Chinese text, a title row, merged header
/// cells, bold centred headers with thin borders, amounts and percentages.
enum SampleWorkbook {
    static let header = CellStyle(bold: true, horizontalAlignment: .center, verticalAlignment: .center,
                                  wrapText: true, border: .thin)
    static let title = CellStyle(bold: true, fontSize: 16, horizontalAlignment: .center)
    static let amount = CellStyle(border: .thin, numberFormat: "#,##0.00")
    static let percent = CellStyle(border: .thin, numberFormat: "0.00%")
    static let label = CellStyle(border: .thin)

    static func make() -> Workbook {
        var income = Worksheet(name: "收支总表")
        income.set(WorksheetCell(text: "2026年部门收支总表", style: title), row: 0, column: 0)
        income.merge(CellRange(reference: "A1:D1")!)
        income.set(WorksheetCell(text: "单位：万元"), row: 1, column: 3)
        income.set(WorksheetCell(text: "项目", style: header), row: 2, column: 0)
        income.set(WorksheetCell(text: "金额", style: header), row: 2, column: 1)
        income.set(WorksheetCell(text: "增长率", style: header), row: 2, column: 3)
        income.set(WorksheetCell(text: "预算数", style: header), row: 3, column: 1)
        income.set(WorksheetCell(text: "上年数", style: header), row: 3, column: 2)
        // Covered cells of merged headers carry the border so the grid is complete.
        for reference in ["C3", "A4", "D4"] {
            income.set(WorksheetCell(value: .empty, style: header), at: CellAddress(reference: reference)!)
        }
        income.merge(CellRange(reference: "A3:A4")!)
        income.merge(CellRange(reference: "B3:C3")!)
        income.merge(CellRange(reference: "D3:D4")!)
        let rows: [(String, String, String, String)] = [
            ("一般公共预算拨款收入", "1205.56", "461.83", "0.125"),
            ("政府性基金预算拨款收入", "20000000", "0.00", "-0.0335"),
            ("合计 & <小计>", "20001205.56", "461.83", "1"),
        ]
        for (offset, row) in rows.enumerated() {
            income.set(WorksheetCell(text: row.0, style: label), row: 4 + offset, column: 0)
            income.set(WorksheetCell(number: row.1, style: amount), row: 4 + offset, column: 1)
            income.set(WorksheetCell(number: row.2, style: amount), row: 4 + offset, column: 2)
            income.set(WorksheetCell(number: row.3, style: percent), row: 4 + offset, column: 3)
        }
        income.set(WorksheetCell(boolean: true), row: 7, column: 0)
        income.fitColumnWidths()
        income.rowHeights[0] = 28.5

        var notes = Worksheet(name: "说明")
        notes.set(WorksheetCell(text: "  第一行\n第二行  ", style: CellStyle(wrapText: true)), row: 0, column: 0)
        notes.set(WorksheetCell(text: "_x0041_ 不是转义"), row: 1, column: 0)
        notes.set(WorksheetCell(number: "-12.5", format: "#,##0.00;(#,##0.00)"), row: 2, column: 1)
        notes.set(WorksheetCell(number: "9616.338314", format: "0.0000"), row: 3, column: 1)
        notes.set(WorksheetCell(text: "宋体小字", style: CellStyle(fontSize: 9, fontName: "仿宋", horizontalAlignment: .right)),
                  row: 4, column: 2)
        notes.columnWidths = [0: 40, 1: 12, 2: 12, 5: 12]
        return Workbook(sheets: [income, notes])
    }
}
