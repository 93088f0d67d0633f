import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// A PDF read from its words against the same document read from its text
/// (`pdftotext -layout`, committed in samples/), table by table.
@Suite struct PDFAgainstTextTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    /// A row the reading recognised: it stands for something other than its printed label.
    static func recognised(_ row: Row) -> Bool {
        guard let subject = row.subject else { return false }
        if case .label = subject { return false }
        return true
    }

    /// Each recognised row with its place among the rows of the same subject and side (the
    /// 支出总表 prints one row per function × economic pair, so a subject repeats).
    static func keyed(_ table: Table) -> [(key: String, row: Row)] {
        var seen: [String: Int] = [:]
        return table.rows.filter(recognised).map { row in
            let base = "\(row.subject.map { "\($0)" } ?? "")|\(row.side?.rawValue ?? "")"
            let key = "\(base)#\(seen[base, default: 0])"
            seen[base, default: 0] += 1
            return (key, row)
        }
    }

    static func amounts(_ row: Row) -> [DecimalNumber] { row.cells.compactMap { $0.amount?.value }.sorted() }

    @Test func theBeijingPDFReadsAsItsTextTableByTable() throws {
        let pdf = try Self.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let text = Self.reader.read(text: try Fixtures.text("samples/budget-2026-beijing-xinfangban-tables.txt"), file: "text")
        #expect(pdf.kind == text.kind && pdf.agency == text.agency && pdf.fiscalYear == text.fiscalYear)
        #expect(pdf.moneyScale == text.moneyScale)
        // The same tables: number, kind, title, agency, year and unit.
        #expect(pdf.tables.count == text.tables.count)
        #expect(pdf.tables.map(\.kind) == text.tables.map(\.kind))
        #expect(pdf.tables.map(\.title) == text.tables.map(\.title))
        #expect(pdf.tables.map(\.number) == text.tables.map(\.number))
        #expect(pdf.tables.map(\.agency) == text.tables.map(\.agency))
        #expect(pdf.tables.map(\.fiscalYear) == text.tables.map(\.fiscalYear))
        #expect(pdf.tables.map(\.moneyScale) == text.tables.map(\.moneyScale))

        var textOnly: [String] = []
        var pdfOnly: [String] = []
        for (fromPDF, fromText) in zip(pdf.tables, text.tables) {
            let words = Self.keyed(fromPDF)
            let layout = Self.keyed(fromText)
            let byKey = Dictionary(words.map { ($0.key, $0.row) }, uniquingKeysWith: { first, _ in first })
            // Every row the text reading recognises is a row of the PDF reading, in the same
            // order, and every figure the text reading found in it is in the PDF's row too.
            for (key, row) in layout {
                guard let same = byKey[key] else { textOnly.append("\(fromText.title): \(key)"); continue }
                let missing = Self.amounts(row).filter { !Self.amounts(same).contains($0) }
                #expect(missing.isEmpty, "\(fromText.title) \(key): \(missing)")
            }
            let common = Set(layout.map(\.key))
            #expect(words.map(\.key).filter(common.contains) == layout.map(\.key).filter { byKey[$0] != nil }, "\(fromText.title)")
            pdfOnly += words.filter { !common.contains($0.key) }.map { "\(fromText.title): \($0.key)" }
        }
        // Differences that are right by design, because the layout text loses what the words'
        // positions keep:
        // - a label wrapped onto two lines is two lines of layout text: `合` above the figures
        //   and `计` below, so the text reading has no 合计 row where the PDF reading has one;
        #expect(pdfOnly == ["支出总表", "一般公共预算支出表", "一般公共预算基本支出表", "政府采购预算明细表", "财政拨款政府购买服务明细表"]
            .map { "\($0): grandTotal|#0" })
        // - 收入总表 prints 合计 as the header of its first column, over the one row of
        //   figures; its layout line stands alone, so the text reading takes it for a row (with
        //   no figure), where the header's geometry shows it is a column's;
        // - the 支出总表's `2080505-机关事业单位基本养老保险缴费` wraps onto a line of its own,
        //   above the line with its economic codes and figures: the text reading takes that
        //   line for a row of economic class 50102, the PDF reading joins the two into the
        //   row of 2080505 (whose figures it has, as checked above for the rows in common).
        #expect(textOnly == ["收入总表: grandTotal|#0", "支出总表: economic(50102)|#0"])
        // And the figures the text reading misses (columns that drift, `(空)` blanks) are
        // there in the PDF's rows: it reads more amounts than the text, never fewer.
        let count = { (document: Document) in document.tables.flatMap(\.rows).flatMap(\.cells).filter { $0.amount != nil }.count }
        #expect(count(pdf) > count(text))
    }
}
