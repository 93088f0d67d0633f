import Foundation
import Testing
@testable import YusuanXLSX

@Suite struct RoundTripTests {
    let original = SampleWorkbook.make()

    func readBack() throws -> Workbook {
        try XLSXReader.read(XLSXWriter.write(original))
    }

    @Test func keepsSheetsInOrderWithTheirNames() throws {
        let workbook = try readBack()
        #expect(workbook.sheets.map(\.name) == ["收支总表", "说明"])
    }

    @Test func keepsEveryCellValueAndStyle() throws {
        let workbook = try readBack()
        for (written, read) in zip(original.sheets, workbook.sheets) {
            #expect(Set(read.cells.keys) == Set(written.cells.keys), "\(written.name)")
            for (address, cell) in written.cells {
                let back = try #require(read.cells[address], "\(written.name)!\(address)")
                #expect(back.style == cell.style, "\(written.name)!\(address)")
                #expect(back.displayText == cell.displayText, "\(written.name)!\(address)")
                switch cell.value {
                case .number(let number):
                    // The file keeps the number, not how many zeros were typed: 0.00 reads as 0.
                    #expect(back.value == .number(DecimalText.shortestRoundTrip(number)!), "\(written.name)!\(address)")
                default:
                    #expect(back.value == cell.value, "\(written.name)!\(address)")
                }
            }
        }
    }

    @Test func keepsExactNumbersAndTheirDisplay() throws {
        let sheet = try readBack().sheets[0]
        #expect(sheet.cell(row: 4, column: 1)?.value == .number("1205.56"))
        #expect(sheet.cell(row: 4, column: 1)?.displayText == "1,205.56")
        #expect(sheet.cell(row: 5, column: 1)?.displayText == "20,000,000.00")
        #expect(sheet.cell(row: 5, column: 2)?.value == .number("0"))
        #expect(sheet.cell(row: 5, column: 2)?.displayText == "0.00")
        #expect(sheet.cell(row: 4, column: 3)?.displayText == "12.50%")
        #expect(sheet.cell(row: 5, column: 3)?.displayText == "-3.35%")
        #expect(sheet.cell(row: 7, column: 0)?.value == .boolean(true))
    }

    @Test func keepsMergesWidthsHeightsAndTheGrid() throws {
        let workbook = try readBack()
        let sheet = workbook.sheets[0]
        #expect(sheet.merges == original.sheets[0].merges)
        #expect(sheet.rowHeights == [0: 28.5])
        for (column, width) in original.sheets[0].columnWidths {
            #expect(abs((sheet.columnWidths[column] ?? 0) - width) < 0.01)
        }
        #expect(workbook.sheets[1].columnWidths == [0: 40, 1: 12, 2: 12, 5: 12])
        #expect(sheet.rows[2] == ["项目", "金额", "", "增长率"])
        #expect(sheet.rows[3] == ["", "预算数", "上年数", ""])
        #expect(sheet.rows[6] == ["合计 & <小计>", "20,001,205.56", "461.83", "100.00%"])
        #expect(sheet.rowCount == 8 && sheet.columnCount == 4)
    }

    @Test func keepsBlanksNewlinesAndLookalikeEscapes() throws {
        let notes = try readBack().sheets[1]
        #expect(notes.cell(row: 0, column: 0)?.value == .text("  第一行\n第二行  "))
        #expect(notes.cell(row: 1, column: 0)?.value == .text("_x0041_ 不是转义"))
        #expect(notes.cell(row: 2, column: 1)?.displayText == "(12.50)")
        #expect(notes.cell(row: 3, column: 1)?.displayText == "9616.3383")
        #expect(notes.cell(row: 4, column: 2)?.style.fontName == "仿宋")
        #expect(notes.cell(row: 4, column: 2)?.style.fontSize == 9)
    }

    @Test func writingWhatWasReadGivesTheSameBytes() throws {
        let first = try XLSXWriter.write(original)
        let second = try XLSXWriter.write(XLSXReader.read(first))
        // Numbers typed as 0.00 come back as 0, so compare a workbook that was read once.
        let third = try XLSXWriter.write(XLSXReader.read(second))
        #expect(second == third)
    }
}
