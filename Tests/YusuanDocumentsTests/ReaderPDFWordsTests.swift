import Foundation
import Testing
@testable import YusuanDocuments
import YusuanCore
import YusuanTestSupport

/// PDF tables rebuilt from the positions of their words (`pdftotext -tsv`).
@Suite struct ReaderPDFWordsTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    @Test func cellsKeepTheirPageAndBox() throws {
        let document = try Self.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let table = try #require(document.tables.first { $0.kind == .expenditureSummary })
        #expect(table.layout == .geometric)
        #expect(table.columns.count == 9)
        #expect(table.column(.basic) != nil && table.column(.project) != nil)
        // A code joined to its name by a hyphen, in one run: `2014001-行政运行`.
        let row = table.rows[1]
        #expect(row.code == "2014001")
        #expect(row.label == "行政运行")
        let cell = try #require(row.cells.first)
        #expect(cell.text == "2014001-行政运行")
        #expect(cell.location.page == 3)
        let box = try #require(cell.location.box)
        #expect(box.x0 < box.x1 && box.y0 < box.y1)
        #expect(table.cell(row, .total)?.amount != nil)
    }

    @Test func aPDFReadsTheSameTablesAsItsText() throws {
        let pdf = try Self.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let text = Self.reader.read(text: try Fixtures.text("samples/budget-2026-beijing-xinfangban-tables.txt"), file: "text")
        #expect(pdf.kind == text.kind && pdf.agency == text.agency && pdf.fiscalYear == text.fiscalYear)
        #expect(pdf.tables.map(\.kind) == text.tables.map(\.kind))
        #expect(pdf.tables.map(\.title) == text.tables.map(\.title))
        // No figure the text shows is lost: every amount the layout reading finds in a
        // table is in the same table read from the words.
        for (fromPDF, fromText) in zip(pdf.tables, text.tables) {
            let words = Set(fromPDF.rows.flatMap(\.cells).compactMap { $0.amount?.value })
            let missing = fromText.rows.flatMap(\.cells).compactMap { $0.amount?.value }.filter { !words.contains($0) }
            #expect(missing.isEmpty, "\(fromText.title): \(missing)")
        }
    }

    @Test func anAmountDrawnAsTwoRunsIsRejoined() {
        // Chongqing's WPS export: `168,441` + `.81`, the next fraction glued by poppler to
        // the next amount (`.81154,304`), then `.22`.
        let words = [
            PDFWord(page: 9, box: PDFBox(x0: 290, y0: 208, x1: 328, y1: 224), text: "168,441"),
            PDFWord(page: 9, box: PDFBox(x0: 322, y0: 208, x1: 379, y1: 224), text: ".81154,304"),
            PDFWord(page: 9, box: PDFBox(x0: 373, y0: 208, x1: 393, y1: 224), text: ".22"),
            PDFWord(page: 9, box: PDFBox(x0: 165, y0: 210, x1: 174, y1: 222), text: "合"),
        ]
        let rows = WordRow.rows(of: words)
        #expect(rows.count == 1)
        #expect(rows[0].words.map(\.text) == ["合", "168,441.81", "154,304.22"])
    }

    @Test func aWrappedHeaderAndAGroupOverItsColumns() throws {
        func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double) -> PDFWord {
            PDFWord(page: 1, box: PDFBox(x0: x0, y0: y0, x1: x1, y1: y0 + 10), text: text)
        }
        // Zhuhai's 表12: 财政拨款 over 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算
        // (wrapped), 总计 alone; the group's text is not centred on its text-boxes' span.
        let header = WordRow.rows(of: [
            word("财政拨款", 332, 124, 372),
            word("总计", 191, 140, 211), word("一般公共预", 297, 140, 347), word("政府性基金", 357, 140, 407),
            word("国有资本经", 418, 140, 468),
            word("合计", 251, 148, 271),
            word("算", 317, 156, 327), word("预算", 372, 156, 392), word("营预算", 428, 156, 458),
        ])
        let geometry = try #require(HeaderGeometry(rows: header))
        let body = [word("58,788.54", 186, 172, 231), word("58,786.90", 246, 172, 291), word("58,689.10", 307, 172, 352),
                    word("97.80", 380, 172, 405), word("0.00", 448, 172, 468)]
        let bounds = WordTable.bounds(geometry.columns, words: body)
        let paths = geometry.paths(extents: bounds.map { max($0.lowerBound, 186)...min(max($0.upperBound, 186), 468) })
        #expect(paths[0] == ["总计"])
        #expect(paths[2] == ["财政拨款", "一般公共预算"])
        #expect(paths == [["总计"], ["财政拨款", "合计"], ["财政拨款", "一般公共预算"], ["财政拨款", "政府性基金预算"],
                          ["财政拨款", "国有资本经营预算"]])
    }

    @Test func aGroupHeaderOnItsRealPageHeadsAllItsColumns() throws {
        // Zhuhai's 表12 as pdftotext -tsv gives it: the header and first rows of p. 22 and the
        // header repeated on p. 23. 财政拨款 is centred as well over its middle two columns as
        // over all four; 总计 and 财政专户拨款 rise to the header's full height beside it, and
        // the repeated header's words once moved the boundaries the centring is measured on.
        let data = try Data(contentsOf: Fixtures.url("pdf/zhuhai-2026-table12-words.tsv"))
        let words = PDFWord.parse(tsv: data)
        let rows = Dictionary(grouping: words, by: \.page).sorted { $0.key < $1.key }.flatMap { WordRow.rows(of: $0.value) }
        let table = try #require(WordTable(rows: rows, firstLine: 0))
        #expect(table.headerPaths == [
            ["支出项目类别（资金使用单位）"], ["总计"], ["财政拨款", "合计"], ["财政拨款", "一般公共预算"],
            ["财政拨款", "政府性基金预算"], ["财政拨款", "国有资本经营预算"], ["财政专户拨款"], ["其他资金"], ["绩效目标"],
        ])
        // The repeated header is no row; the rows' figures stay in their columns.
        #expect(table.rows.count == 5)
        let first = try #require(table.rows.first)
        #expect(first.cells.map(\.text) == ["合计", "58,788.54", "58,786.90", "58,689.10", "97.80", "0.00", "0.00", "1.64"])
        #expect(first.cells.map(\.column) == [0, 1, 2, 3, 4, 5, 6, 7])
        // Beside 总计, the 合计 under 财政拨款 is the appropriation's own total.
        var columns = table.headerPaths.enumerated().map { index, path in
            Column(index: index, header: path, meaning: ColumnClassifier(table: .projectExpenditure, catalogues: Self.reader.catalogues).meaning(of: path))
        }
        GridBody.groupTotals(&columns)
        #expect(columns.map(\.meaning)[1...2] == [.total, .fiscalAppropriation])
    }

    @Test func aYearOpeningAProjectNameIsNoAgencyCode() {
        // `2026年春节慰问金-珠海边检总站` (p. 24 of the same table) ends as a unit's name does.
        #expect(RowInterpreter.leadingCode("2026年春节慰问金-珠海边检总站") == nil)
        #expect(RowInterpreter.leadingCode("222006 咸宁市公路管理处")?.0 == "222006")
    }
}
