import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanTestSupport

/// A scan read by OCR: the audit says so once, and every other finding says its figures may
/// be misread.
@Suite struct OCRReadingRuleTests {
    /// Page 5 of a scanned 情况说明 as tesseract read it (Tests/Fixtures/pdf/README.md), with its
    /// 增长 2.7% (2,669.85 over 99,003.18) made 2.9%, so that the audit has a finding to mark.
    static func scannedPage(ocr: Bool) throws -> Document {
        let words = OCRWords.words(tsv: try Data(contentsOf: Fixtures.url("pdf/beijing-zhengshuju-2026-p5-tesseract.tsv")),
                                   page: 5, dpi: 300).map(\.word).map { word in
            var word = word
            word.text = word.text.replacingOccurrences(of: "7%。", with: "9%。")
            return word
        }
        var document = Audit.reader.read(text: PDFText.text(words: words, pages: 5), words: words, file: "scan.pdf")
        if ocr {
            document.ocr = OCRReading(engine: "tesseract chi_sim, 300 dpi", pages: 1, words: words.count, meanConfidence: 88.4, uncertainWords: 3)
        }
        return document
    }

    @Test func everyFindingOnAnOCRdDocumentSaysItsFiguresMayBeMisread() throws {
        let findings = Auditor(catalogues: Audit.catalogues).audit(try Self.scannedPage(ocr: true))
        let reading = findings.filter { $0.rule == OCRReadingRule.descriptor.id }
        #expect(reading.count == 1)
        #expect(reading.first?.severity == .info)
        #expect(reading.first?.message.zh.contains("平均置信度 88%") == true)
        #expect(reading.first?.message.en.contains("3 words below 60%") == true)
        let others = findings.filter { $0.rule != OCRReadingRule.descriptor.id }
        #expect(others.contains { $0.rule == NarrativeChangeRateRule.descriptor.id && $0.found == "2.9%" })
        for finding in others {
            #expect(finding.message.zh.hasSuffix("（文字识别所得，数字可能有误）"))
            #expect(finding.message.en.hasSuffix(" (read by OCR; figures may be misread)"))
        }
    }

    @Test func aTextLayerIsNotMarked() throws {
        let findings = Auditor(catalogues: Audit.catalogues).audit(try Self.scannedPage(ocr: false))
        #expect(!findings.isEmpty)
        #expect(!findings.contains { $0.rule == OCRReadingRule.descriptor.id || $0.message.en.contains("OCR") })
    }
}
