import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanTestSupport

/// A finding on a cell read from a PDF's word positions names the page, row and column a
/// reader can find in the PDF, in every rendering.
@Suite struct PDFPlaceTests {
    static let catalogues = try! CatalogueSet.bundled()

    /// The Beijing 报表 PDF with a finding on the 一般公共预算拨款收入 of its 收支总表, a cell
    /// rebuilt from word positions. The finding is made here rather than by misprinting a
    /// figure: one wrong figure in so small a table breaks enough of its identities for the
    /// layout gate to set the table aside as misread, and the finding would be the gate's.
    static func misprinted() throws -> (DocumentAudit, page: Int) {
        let document = try DocumentReader(catalogues: catalogues)
            .read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let tableIndex = try #require(document.tables.firstIndex { $0.kind == .revenueExpenditureSummary && $0.layout == .geometric })
        let table = document.tables[tableIndex]
        let row = try #require(table.rows.first { $0.subject == .fundSource(.generalPublicBudget) })
        let cell = try #require(row.cells.first { $0.amount != nil })
        let finding = Finding(file: document.file, rule: "identity.sum", severity: .error,
                              location: FindingLocation(document, table: tableIndex, row: row, column: table.columns[cell.column], cell: cell),
                              expected: "1.0", found: cell.text, message: .init(zh: "合计不符", en: "the sum differs"))
        return (DocumentAudit(document: document, findings: [finding]), try #require(cell.location.page))
    }

    @Test func aFindingOnAPDFCellNamesItsPageRowAndColumn() throws {
        let (audit, page) = try Self.misprinted()
        let finding = try #require(audit.findings.first)
        #expect(finding.location.page == page)
        #expect(finding.location.isOnPDFPage)

        let text = AuditTextReport(AuditReport(documents: [audit])).text
        // The row and the column as printed; not the line, which for a PDF cell is only an order.
        #expect(text.contains("[错误] identity.sum 第 \(page) 页 · 行“一、一般公共预算拨款收入” · 列“"), "\(text)")
        #expect(!text.contains("identity.sum 第 \(finding.location.line!) 行"))
        let english = AuditTextReport(AuditReport(documents: [audit]), language: .en).text
        #expect(english.contains("page \(page) · row “"))
    }

    @Test func theJSONReportCarriesThePageAndBox() throws {
        let (audit, page) = try Self.misprinted()
        let data = try AuditJSONReport(AuditReport(documents: [audit])).data()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require((root["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let located = try #require(findings.compactMap { $0["location"] as? [String: Any] }.first { !($0["box"] is NSNull) })
        #expect(located["page"] as? Int == page)
        let box = try #require(located["box"] as? [String: Double])
        #expect(Set(box.keys) == ["x0", "y0", "x1", "y1"])
        #expect(box["x0"]! < box["x1"]! && box["y0"]! < box["y1"]!)
        // Every place keeps the key, null where there is no box (a table's title).
        #expect(findings.allSatisfy { ($0["location"] as? [String: Any])?.keys.contains("box") == true })
    }

    @Test func theHTMLReportShowsThePage() throws {
        let (audit, page) = try Self.misprinted()
        let html = try AuditHTMLReport(AuditReport(documents: [audit])).html()
        #expect(html.contains("第 \(page) 页 · 行“"))
        // The drawn table says which pages it is printed on.
        #expect(html.contains("<span class=\"unit\">第 \(page) 页</span>"))
    }
}
