import Foundation
import Testing
import YusuanCore
import YusuanDocuments
import YusuanTestSupport

/// PDFs read through poppler's pdftotext (poppler-utils; `.ci/run` installs it).
@Suite struct ReaderPDFTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    @Test func aPublishedPDFReadsWithItsKindAgencyAndYear() throws {
        let document = try Self.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency == "北京市信访办公室")
        #expect(document.fiscalYear == 2026)
        #expect(document.tables.contains { $0.kind == .revenueExpenditureSummary })
        // Pages are counted from pdftotext's form feeds.
        #expect(document.tables.compactMap(\.location.page).max() ?? 0 > 1)
    }

    @Test func aSelfEvaluationPDFReads() throws {
        let document = try Self.reader.read(contentsOf: Fixtures.url("pdf/selfeval-2024-ningde-zhengfuban.pdf"))
        #expect(document.kind == .selfEvaluation)
        #expect(document.agency == "宁德市人民政府办公室")
        #expect(document.fiscalYear == 2024)
    }

    @Test func aPDFWithoutATextLayerIsReportedAsAScan() {
        // A grey rectangle: without tesseract a scan to OCR, with it a scan OCR found no text in.
        #expect(throws: PDFOCR.isAvailable ? DocumentReadError.scanNotRead : DocumentReadError.scanned) {
            try Self.reader.read(contentsOf: Fixtures.url("pdf/scanned-page.pdf"))
        }
    }

    @Test func aBrokenPDFSaysWhatPopplerSaid() {
        do {
            _ = try Self.reader.read(contentsOf: Fixtures.url("pdf/broken.pdf"))
            Issue.record("a broken PDF was read")
        } catch {
            guard case .pdf(let reason) = error else { Issue.record("\(error)"); return }
            #expect(!reason.isEmpty)
            #expect(error.zh.contains("PDF 无法打开"))
        }
    }
}
