import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// The layout text rebuilt from `pdftotext -tsv` words (one poppler run per PDF) against the
/// `pdftotext -layout` text of the same pages, committed beside them.
@Suite struct WordLayoutTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    @Test func theTSVGivesWordsWithTheirFlowBlockLineAndThePageCount() {
        let rows = [
            "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0.000000\t0.000000\t595.300000\t841.900000\t-1\t###PAGE###",
            "3\t1\t0\t0\t0\t0\t10.000000\t20.000000\t70.000000\t30.000000\t-1\t###FLOW###",
            "4\t1\t0\t0\t0\t0\t10.000000\t20.000000\t70.000000\t10.000000\t-1\t###LINE###",
            "5\t1\t0\t0\t0\t0\t10.50\t20.00\t30.00\t10.00\t100\t收入",
            "5\t1\t0\t0\t0\t1\t50.00\t20.00\t30.00\t10.00\t100\t合计",
            "5\t1\t0\t0\t1\t0\t10.00\t40.00\t40.00\t10.00\t100\t 行政运行 ",
            "5\t1\t0\t1\t0\t0\t10.00\t60.00\t20.00\t10.00\t100\t说明",
            "5\t1\t1\t0\t0\t0\t300.00\t20.00\t20.00\t10.00\t96.5\t2026",
            "1\t2\t0\t0\t0\t0\t0.000000\t0.000000\t595.300000\t841.900000\t-1\t###PAGE###",
            "1\t3\t0\t0\t0\t0\t0.000000\t0.000000\t595.300000\t841.900000\t-1\t###PAGE###",
            "5\t3\t0\t0\t0\t0\t10.00\t20.00\t20.00\t10.00\t100\t附件",
        ]
        let (words, pages, confidences) = WordTSV.parse(Data(rows.joined(separator: "\n").utf8))
        #expect(pages == 3)
        #expect(words.map(\.text) == ["收入", "合计", "行政运行", "说明", "2026", "附件"])
        #expect(words.map(\.page) == [1, 1, 1, 1, 1, 3])
        #expect(words.map(\.flow) == [0, 0, 0, 0, 1, 2])
        #expect(words.map(\.block) == [0, 0, 0, 1, 2, 3])
        #expect(words.map(\.line) == [0, 0, 1, 2, 3, 4])
        #expect(words[0].box == PDFBox(x0: 10.5, y0: 20, x1: 40.5, y1: 30))
        #expect(confidences[4] == 96.5)
        // Page 2 has no words, yet page 3's words start the third page of the text.
        let text = WordLayout.text(of: words, pages: pages)
        #expect(text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count == 4)
        #expect(text.hasSuffix("附件\n\u{0C}"))
    }

    /// Poppler's `-layout` text and the text rebuilt from `-tsv` of the same pages.
    static func texts(_ name: String) throws -> (poppler: String, rebuilt: String, words: [PDFWord]) {
        let poppler = try Fixtures.text("pdf/\(name)-layout.txt")
        let (rebuilt, words) = try PDFText.textAndWords(tsv: try Data(contentsOf: Fixtures.url("pdf/\(name)-words.tsv")))
        return (poppler, rebuilt, words)
    }

    static func squeezed(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
    }

    @Test(arguments: ["shenzhen-2026-p16-18", "shanghai-2026-p7-8-10"])
    func theRebuiltTextHasPopplersLinesAndPages(_ name: String) throws {
        let (poppler, rebuilt, _) = try Self.texts(name)
        #expect(rebuilt.filter { $0 == "\u{0C}" }.count == poppler.filter { $0 == "\u{0C}" }.count)
        // The same lines with the same words; spacing may differ by a column here and there.
        let expected = Self.squeezed(poppler), found = Self.squeezed(rebuilt)
        let missing = expected.filter { !found.contains($0) }
        #expect(missing.count * 20 <= expected.count, "lines of poppler's text not rebuilt: \(missing)")
    }

    @Test func aSideBySideRowKeepsPopplersColumns() throws {
        let (poppler, rebuilt, _) = try Self.texts("shenzhen-2026-p16-18")
        // 收入 and 支出 halves of the 收支总表 on one line, columns where poppler puts them.
        let line = try #require(poppler.split(separator: "\n").first { $0.hasPrefix("一、财政拨款") })
        #expect(rebuilt.split(separator: "\n").contains(line))
    }

    @Test(arguments: ["shenzhen-2026-p16-18", "shanghai-2026-p7-8-10"])
    func theDocumentReadsTheSameFromEitherText(_ name: String) throws {
        let (poppler, rebuilt, words) = try Self.texts(name)
        let before = Self.reader.read(text: poppler, words: words, file: name)
        let after = Self.reader.read(text: rebuilt, words: words, file: name)
        #expect(after.kind == before.kind)
        #expect(after.agency == before.agency)
        #expect(after.fiscalYear == before.fiscalYear)
        #expect(after.tables.map(\.title) == before.tables.map(\.title))
        #expect(after.tables.map(\.kind) == before.tables.map(\.kind))
        for (one, other) in zip(after.tables, before.tables) {
            #expect(one.columns.map(\.meaning) == other.columns.map(\.meaning))
            #expect(one.rows.map(\.label) == other.rows.map(\.label))
            #expect(one.rows.map { $0.cells.map(\.amount) } == other.rows.map { $0.cells.map(\.amount) })
        }
    }
}
