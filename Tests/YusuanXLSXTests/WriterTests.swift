import Foundation
import Testing
@testable import YusuanXLSX

@Suite struct WriterTests {
    @Test func writesTheSameBytesEveryTime() throws {
        let first = try XLSXWriter.write(SampleWorkbook.make())
        let second = try XLSXWriter.write(SampleWorkbook.make())
        #expect(first == second)
    }

    @Test func writesAMinimalValidPackage() throws {
        let data = try XLSXWriter.write(SampleWorkbook.make())
        let paths = try PackageContents.entries(of: data).map(\.path)
        #expect(paths == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                          "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                          "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let types = try #require(try PackageContents.text("[Content_Types].xml", in: data))
        #expect(types.contains("/xl/worksheets/sheet2.xml"))
    }

    @Test func writesNumbersFromTheirDecimalText() throws {
        var sheet = Worksheet(name: "数")
        sheet.set(WorksheetCell(number: "1205.56", format: "#,##0.00"), row: 0, column: 0)
        sheet.set(WorksheetCell(number: "+0.10"), row: 0, column: 1)
        sheet.set(WorksheetCell(number: "12345678901234567890.12"), row: 0, column: 2)
        let data = try XLSXWriter.write(Workbook(sheets: [sheet]))
        let xml = try #require(try PackageContents.text("xl/worksheets/sheet1.xml", in: data))
        #expect(xml.contains("<c r=\"A1\" s=\"1\"><v>1205.56</v></c>"))
        #expect(xml.contains("<v>0.10</v>"))
        #expect(xml.contains("<v>12345678901234567890.12</v>"))
        #expect(!xml.contains("1205.5599"))
    }

    @Test func writesEachStyleOnce() throws {
        let data = try XLSXWriter.write(SampleWorkbook.make())
        let styles = try #require(try PackageContents.text("xl/styles.xml", in: data))
        // plain, title, header, amount, percent, label, wrapped, accounting, 0.0000, small right
        #expect(styles.contains("<cellXfs count=\"10\">"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0.00;(#,##0.00)\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0.0000\"/>"))
        #expect(styles.contains("numFmtId=\"4\""), "#,##0.00 is built in")
        #expect(styles.contains("<borders count=\"2\">"))
        #expect(styles.contains("<b/>"))
        #expect(styles.contains("<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/>"))
    }

    @Test func escapesTextAndDropsCharactersXMLCannotHold() throws {
        var sheet = Worksheet(name: "文")
        sheet.set(WorksheetCell(text: "a<b>&\"c\"\u{1}\u{B}d\u{FFFE}\te"), row: 0, column: 0)
        let data = try XLSXWriter.write(Workbook(sheets: [sheet]))
        #expect(try XLSXReader.read(data).sheets[0].cell(row: 0, column: 0)?.value == .text("a<b>&\"c\"d\te"))
    }

    @Test func sanitisesSheetNames() throws {
        let names = XLSXWriter.sanitizedSheetNames([
            "预算/决算[2026]:*?\\", "", "'引号'", "表", "表", "History",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四",
        ])
        #expect(names[0] == "预算_决算_2026_____")
        #expect(names[1] == "Sheet2")
        #expect(names[2] == "引号")
        #expect(names[3] == "表" && names[4] == "表_2")
        #expect(names[5] == "History_")
        #expect(names[6].count == 31 && names[7].count == 31 && names[6] != names[7])
        #expect(names[7].hasSuffix("_2"))

        var a = Worksheet(name: "收支")
        a.set(WorksheetCell(text: "1"), row: 0, column: 0)
        let workbook = Workbook(sheets: [a, Worksheet(name: "收支"), Worksheet(name: "a:b")])
        let read = try XLSXReader.read(XLSXWriter.write(workbook))
        #expect(read.sheets.map(\.name) == ["收支", "收支_2", "a_b"])
    }

    @Test func writesHiddenSheetsButNeverHidesThemAll() throws {
        var hidden = Worksheet(name: "隐藏")
        hidden.isHidden = true
        let read = try XLSXReader.read(XLSXWriter.write(Workbook(sheets: [hidden, Worksheet(name: "显示")])))
        #expect(read.sheets.map(\.isHidden) == [true, false])
        let allHidden = try XLSXReader.read(XLSXWriter.write(Workbook(sheets: [hidden, hidden])))
        #expect(allHidden.sheets.map(\.isHidden) == [false, true])
    }

    @Test func fitsColumnsToChineseText() {
        var sheet = Worksheet(name: "宽")
        sheet.set(WorksheetCell(text: "一般公共预算拨款收入"), row: 0, column: 0)        // 10 wide characters
        sheet.set(WorksheetCell(number: "20000000", format: "#,##0.00"), row: 0, column: 1)  // 20,000,000.00
        sheet.set(WorksheetCell(text: "很长很长很长很长很长很长的合并标题"), row: 1, column: 1)
        sheet.merge(CellRange(reference: "B2:D2")!)
        sheet.set(WorksheetCell(text: "短\n第二行更长一些"), row: 2, column: 2)
        sheet.set(WorksheetCell(text: "大", style: CellStyle(fontSize: 22)), row: 0, column: 4)
        sheet.fitColumnWidths()
        #expect(sheet.columnWidths[0] == 22)
        #expect(sheet.columnWidths[1] == 15)
        #expect(sheet.columnWidths[2] == 16)
        #expect(sheet.columnWidths[3] == nil, "text merged across columns is left out")
        #expect(sheet.columnWidths[4] == 6)
        #expect(Worksheet.displayWidth(of: "（一）abc，。") == 13)
        #expect(Worksheet.displayWidth(of: "e\u{301}") == 1)
    }
}
