import Foundation
import Testing
@testable import YusuanXLSX

/// `Tests/Fixtures/xlsx/openpyxl-sample.xlsx`, written by openpyxl and patched to carry
/// Excel's 17-digit numbers, a phonetic run and a formula result (see its generator script).
@Suite struct OpenpyxlFixtureTests {
    let workbook: Workbook

    init() throws {
        workbook = try XLSXReader.read(Fixtures.data("openpyxl-sample.xlsx"))
    }

    @Test func listsWorksheetsButNotChartSheets() {
        #expect(workbook.sheets.map(\.name) == ["收支总表", "隐藏参数"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
        #expect(workbook.sheets[1].cell(row: 0, column: 1)?.value == .number("3"))
    }

    @Test func readsBothTablesOfTheFirstSheetAsDisplayed() throws {
        let rows = try #require(workbook.sheet(named: "收支总表")).rows
        let expected: [[String]] = [
            ["2026年部门收支总表", "", "", "", ""],
            ["", "", "", "单位：万元", ""],
            ["项目", "金额", "", "增长率", ""],
            ["", "预算数", "上年数", "", ""],
            ["一般公共预算拨款收入", "1,205.56", "461.83", "12.50%", ""],
            ["政府性基金预算拨款收入", "20,000,000.00", "0.00", "-3.35%", ""],
            ["合计", "1,205.56", "0.30", "100.00%", "公式结果"],
            ["", "", "", "", ""],
            ["表二 项目支出明细", "", "", "", ""],
            ["项目名称", "金额", "备注", "", ""],
            ["信访专项经费", "1,205.56", "461.83", "", ""],
            ["退库", "(12.50)", "-", "", ""],
            ["已审核", "TRUE", "#DIV/0!", "", ""],
            ["  前后留空  ", "9,616.3383", "", "", ""],
        ]
        #expect(rows.count == expected.count)
        for (index, row) in rows.enumerated() where index < expected.count {
            #expect(row == expected[index], "row \(index + 1)")
        }
    }

    @Test func keepsNumbersExactAndTextAsText() throws {
        let sheet = try #require(workbook.sheet(named: "收支总表"))
        func value(_ reference: String) -> CellValue? { sheet.cell(at: CellAddress(reference: reference)!)?.value }
        #expect(value("B5") == .number("1205.56"))          // stored as 1205.5599999999999
        #expect(value("C5") == .number("461.83"))           // stored as 4.6182999999999998E+02
        #expect(value("B6") == .number("20000000"))
        #expect(value("B7") == .number("1205.5600000000002"))  // a formula's double, not 1205.56
        #expect(value("C7") == .number("0.3"))
        #expect(value("D6") == .number("-0.0335"))
        #expect(value("B14") == .number("9616.338314"))     // openpyxl wrote 9616.338314000001
        #expect(value("B11") == .text("1,205.56"))
        #expect(value("C11") == .text("461.83"))
        #expect(value("A12") == .text("退库"))              // without its phonetic guide
        #expect(value("B13") == .boolean(true))
        #expect(value("C13") == .text("#DIV/0!"))
        #expect(value("E7") == .text("公式结果"))            // a cell without `r`, after D7
    }

    @Test func readsMergesStylesAndWidths() throws {
        let sheet = try #require(workbook.sheet(named: "收支总表"))
        #expect(Set(sheet.merges.map(\.reference)) == ["A1:D1", "B3:C3", "A3:A4", "A9:C9", "D3:D4"])
        let title = try #require(sheet.cell(row: 0, column: 0))
        #expect(title.style.bold && title.style.fontSize == 16 && title.style.horizontalAlignment == .center)
        let header = try #require(sheet.cell(row: 2, column: 0))
        #expect(header.style == CellStyle(bold: true, horizontalAlignment: .center, verticalAlignment: .center,
                                          wrapText: true, border: .thin))
        #expect(sheet.cell(row: 4, column: 1)?.style.numberFormat == "#,##0.00")
        #expect(sheet.cell(row: 4, column: 1)?.style.border == .thin)
        #expect(sheet.cell(row: 4, column: 3)?.style.numberFormat == "0.00%")
        #expect(sheet.cell(row: 11, column: 1)?.style.numberFormat == "#,##0.00;[Red](#,##0.00)")
        #expect(sheet.cell(row: 4, column: 0)?.style.bold == false)
        #expect(sheet.columnWidths == [0: 30, 1: 16.5])
    }
}
