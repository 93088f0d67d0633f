import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// Scanned PDFs read by OCR: tesseract's word boxes made into a PDF's words and read by the
/// same pipeline (always, from committed tesseract output), and a small scan read end to end
/// when tesseract and its Chinese data are installed.
@Suite struct PDFOCRTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    /// Page 5 of 北京市政务服务和数据管理局's 2026 情况说明 (a scan) as tesseract read it at 300 dpi.
    static func page5() throws -> [(word: PDFWord, confidence: Double)] {
        OCRWords.words(tsv: try Data(contentsOf: Fixtures.url("pdf/beijing-zhengshuju-2026-p5-tesseract.tsv")), page: 5, dpi: 300)
    }

    @Test func tesseractsPixelBoxesBecomePointsAndItsCharactersRuns() throws {
        let words = try Self.page5()
        #expect(words.allSatisfy { $0.word.page == 5 })
        // An A4 page is 595 × 842 points; at 300 dpi tesseract counts 2480 × 3507 pixels.
        #expect(words.allSatisfy { $0.word.box.x1 <= 596 && $0.word.box.y1 <= 842 })
        let heading = try #require(words.first { $0.word.text == "二、收入预算情况说明" })
        #expect(abs(heading.word.box.x0 - 511 * 72 / 300) < 0.01)
        #expect(words.contains { $0.word.text.contains("收入预算101,673.03万元") })
        #expect(words.allSatisfy { (0...100).contains($0.confidence) })
    }

    @Test func anOCRdPageReadsLikeATextLayer() throws {
        let words = try Self.page5().map(\.word)
        let document = Self.reader.read(text: PDFText.text(words: words, pages: 5), words: words, file: "scan.pdf")
        let amounts = document.statements.filter { $0.kind == .amount }.map { ($0.subject, $0.figure?.text) }
        #expect(amounts.contains { $0 == ("收入预算", "101,673.03万元") })
        #expect(amounts.contains { $0 == ("一般公共预算拨款收入", "101,673.03万元") })
        #expect(amounts.contains { $0 == ("上年结转结余", "4,950.85万元") })
        #expect(document.statements.allSatisfy { $0.location.page == 5 })
    }

    @Test func aScanSaysWhichPackagesReadIt() {
        #expect(DocumentReadError.scanned.zh.contains("tesseract-ocr-chi-sim"))
        #expect(DocumentReadError.scanned.en.contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"))
    }

    @Test(.enabled(if: PDFOCR.isAvailable, "needs tesseract with chi_sim and pdftoppm (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"))
    func aScanIsReadByOCR() throws {
        // The top of the same page, rasterised at 200 dpi into a PDF with no text layer.
        let url = Fixtures.url("pdf/scanned-income-2026-beijing-zhengshuju.pdf")
        let document = try Self.reader.read(contentsOf: url)
        let ocr = try #require(document.ocr)
        #expect(ocr.pages == 1)
        #expect(ocr.words > 10)
        #expect(ocr.meanConfidence > 50)
        let amounts = document.statements.filter { $0.kind == .amount }.map { ($0.subject, $0.figure?.text) }
        #expect(amounts.contains { $0 == ("一般公共预算拨款收入", "101,673.03万元") })
    }
}
