import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import YusuanXLSX

/// Reading what other writers put in files, from hand-made parts.
@Suite struct ReaderTests {
    func sheet(_ sheetData: String, sharedStrings: String? = nil, styles: String? = nil,
               extra: String = "") throws -> Worksheet {
        let data = try Packages.workbook(sheetData: sheetData, sharedStrings: sharedStrings, styles: styles,
                                         extraSheetXML: extra)
        return try XLSXReader.read(data).sheets[0]
    }

    @Test func readsSharedStringsWithRunsPhoneticsAndBlanks() throws {
        let strings = """
        <si><t>一般公共预算</t></si>\
        <si><r><rPr><b/></rPr><t>信访</t></r><r><t xml:space="preserve"> 专项 </t></r></si>\
        <si><t>退库</t><rPh sb="0" eb="2"><t>たいこ</t></rPh><phoneticPr fontId="1"/></si>\
        <si><t xml:space="preserve">  </t></si>\
        <si><t>第一行_x000D_\n第二行 &amp; &lt;注&gt;</t></si>\
        <si/>
        """
        let cells = (0..<6).map { #"<c r="\#(CellAddress(row: 0, column: $0).reference)" t="s"><v>\#($0)</v></c>"# }.joined()
        let sheet = try sheet("<row r=\"1\">\(cells)</row>", sharedStrings: strings)
        let texts = (0..<6).map { sheet.cell(row: 0, column: $0)?.value }
        #expect(texts == [.text("一般公共预算"), .text("信访 专项 "), .text("退库"), .text("  "),
                          .text("第一行\r\n第二行 & <注>"), .text("")])
    }

    @Test func readsEveryCellType() throws {
        let sheet = try sheet("""
        <row r="1">\
        <c r="A1" t="inlineStr"><is><r><t>内联</t></r><r><t>文本</t></r></is></c>\
        <c r="B1" t="str"><f>A1&amp;""</f><v>公式文本</v></c>\
        <c r="C1" t="b"><v>0</v></c>\
        <c r="D1" t="e"><v>#N/A</v></c>\
        <c r="E1" t="n"><v>1.2055599999999999E+03</v></c>\
        <c r="F1"><f>SUM(E1)</f><v>1205.5599999999999</v></c>\
        <c r="G1" t="d"><v>2026-01-01T00:00:00</v></c>\
        <c r="H1"><v></v></c>\
        <c r="I1" t="s"/>\
        </row>
        """)
        #expect(sheet.cell(row: 0, column: 0)?.value == .text("内联文本"))
        #expect(sheet.cell(row: 0, column: 1)?.value == .text("公式文本"))
        #expect(sheet.cell(row: 0, column: 2)?.value == .boolean(false))
        #expect(sheet.cell(row: 0, column: 3)?.value == .text("#N/A"))
        #expect(sheet.cell(row: 0, column: 4)?.value == .number("1205.56"))
        #expect(sheet.cell(row: 0, column: 5)?.value == .number("1205.56"))
        #expect(sheet.cell(row: 0, column: 6)?.value == .text("2026-01-01T00:00:00"))
        #expect(sheet.cell(row: 0, column: 7) == nil, "an empty unstyled cell is not kept")
        #expect(sheet.cell(row: 0, column: 8) == nil)
        #expect(sheet.rows == [["内联文本", "公式文本", "FALSE", "#N/A", "1205.56", "1205.56", "2026-01-01T00:00:00"]])
    }

    @Test func placesRowsAndCellsWithoutReferences() throws {
        let sheet = try sheet("""
        <row><c><v>1</v></c><c><v>2</v></c></row>\
        <row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>\
        <row><c><v>5</v></c></row>
        """)
        #expect(sheet.rows == [["1", "2", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "3", "4"], ["5", "", "", ""]])
    }

    @Test func readsPrefixedNamespaces() throws {
        let main = Packages.main, rels = Packages.rels
        let data = try PackageWriter.zip([
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", """
            <x:workbook xmlns:x="\(main)" xmlns:rel="\(rels)"><x:sheets>\
            <x:sheet name="乙" sheetId="2" rel:id="rId2"/><x:sheet name="甲" sheetId="1" rel:id="rId1"/>\
            </x:sheets></x:workbook>
            """),
            ("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rels)/worksheet" Target="/xl/worksheets/a.xml"/>\
            <Relationship Id="rId2" Type="\(rels)/worksheet" Target="./worksheets/../worksheets/b.xml"/>\
            </Relationships>
            """),
            ("xl/worksheets/a.xml", "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>甲表</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"),
            ("xl/worksheets/b.xml", "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData><x:row r=\"1\"><x:c r=\"B2\"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>"),
        ])
        let workbook = try XLSXReader.read(data)
        #expect(workbook.sheets.map(\.name) == ["乙", "甲"], "tab order, not sheetId order")
        #expect(workbook.sheets[0].cell(row: 1, column: 1)?.value == .number("2"))
        #expect(workbook.sheets[1].rows == [["甲表"]])
    }

    @Test func readsStylesFromTheRightLists() throws {
        let styles = """
        <numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0.00&quot;元&quot;"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="14"/><name val="黑体"/></font>\
        <font><b val="0"/><sz val="11"/><name val="宋体"/></font></fonts>\
        <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"/><right style="medium"/><top style="thin"/><bottom style="weird"/><diagonal style="thin"/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="4" fontId="1" borderId="1"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" borderId="0"/>\
        <xf numFmtId="170" fontId="1" borderId="1" applyAlignment="1"><alignment horizontal="centerContinuous" vertical="top" wrapText="true"/></xf>\
        <xf numFmtId="3" fontId="2" borderId="0"/><xf numFmtId="10" fontId="7" borderId="9"/></cellXfs>\
        <dxfs count="1"><dxf><font><b/></font><numFmt numFmtId="171" formatCode="0.0"/><border><left style="thick"/></border></dxf></dxfs>
        """
        let sheet = try sheet(#"<row r="1"><c r="A1" s="1"><v>1205.5</v></c><c r="B1" s="2"><v>1205.5</v></c><c r="C1" s="3"><v>0.5</v></c></row>"#,
                              styles: styles)
        let first = try #require(sheet.cell(row: 0, column: 0))
        #expect(first.style == CellStyle(bold: true, fontSize: 14, fontName: "黑体", horizontalAlignment: .centerContinuous,
                                         verticalAlignment: .top, wrapText: true,
                                         border: CellBorder(left: .thin, right: .medium, top: .thin, bottom: .thin),
                                         numberFormat: "#,##0.00\"元\""))
        #expect(first.displayText == "1,205.50元")
        #expect(sheet.cell(row: 0, column: 1)?.style == CellStyle(numberFormat: "#,##0"))
        #expect(sheet.cell(row: 0, column: 1)?.displayText == "1,206")
        #expect(sheet.cell(row: 0, column: 2)?.style == CellStyle(numberFormat: "0.00%"), "missing font and border read as plain")
    }

    @Test func readsWidthsHeightsAndMerges() throws {
        let sheet = try sheet(#"<row r="2" ht="30" customHeight="1"><c r="A2"><v>1</v></c></row><row r="3" ht="15"/>"#,
                              extra: #"<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>"#)
        #expect(sheet.rowHeights == [1: 30])
        #expect(sheet.merges == [CellRange(reference: "A2:B3")!])
        let wide = try self.sheet("", extra: #"<cols><col min="2" max="4" width="12.5" customWidth="1"/><col min="5" max="16384" width="9"/><col min="20000" max="20001" width="3"/></cols>"#)
        #expect(wide.columnWidths[1] == 12.5 && wide.columnWidths[3] == 12.5 && wide.columnWidths[0] == nil)
        #expect(wide.columnWidths[4] == 9)
        #expect(wide.columnWidths.count < 2000, "whole-sheet column ranges are capped")
    }

    @Test func keepsTheValueOfAMergedAreaInItsTopLeftCellOnly() throws {
        let sheet = try sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>残留</t></is></c><c r="C1"><v>1</v></c></row>"#,
                              extra: #"<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A5:XFD1048576"/></mergeCells>"#)
        #expect(sheet.rows == [["标题", "", "1"]])
        #expect(sheet.rowCount == 1 && sheet.columnCount == 3, "merges do not stretch the grid")
    }

    /// 2,000 rows × 30 columns of numbers and text, well under a second even in a debug build.
    @Test func readsALargeSheetQuickly() throws {
        var sheet = Worksheet(name: "大表")
        for row in 0..<2000 {
            for column in 0..<30 {
                let cell = column % 3 == 0
                    ? WorksheetCell(text: "项目\(row)-\(column)", style: SampleWorkbook.label)
                    : WorksheetCell(number: "\(row * 30 + column).\(column % 100)", style: SampleWorkbook.amount)
                sheet.set(cell, row: row, column: column)
            }
        }
        let data = try XLSXWriter.write(Workbook(sheets: [sheet]))
        // CPU time of this thread, so tests running alongside on a busy machine do not count.
        let start = threadCPUSeconds()
        let workbook = try XLSXReader.read(data)
        let elapsed = threadCPUSeconds() - start
        #expect(workbook.sheets[0].cells.count == 60_000)
        #expect(workbook.sheets[0].cell(row: 1999, column: 29)?.value == .number("59999.29"))
        #expect(workbook.sheets[0].rows.count == 2000)
        #expect(elapsed < 1, "took \(elapsed) s")
    }
}

/// CPU seconds the current thread has used.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
