import Foundation
import YusuanCore
import YusuanDocuments

/// A scan read by OCR says so once for the document, and every other finding on it says
/// that its figures may be misread.
public struct OCRReadingRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "reader.ocr", severity: .info,
        title: .init(zh: "扫描件经文字识别读取", en: "a scanned document was read by OCR"),
        reason: .init(zh: "扫描件没有文字层，其文字和数字由文字识别（OCR）读出，个别数字可能识别有误；核对结果须与原件对照。",
                      en: "A scan has no text layer: its text and figures were read by OCR, which can misread a digit; check any finding against the original."))

    /// What every finding on an OCR'd document adds to its message.
    public static let note = BilingualMessage(zh: "（文字识别所得，数字可能有误）", en: " (read by OCR; figures may be misread)")

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let ocr = context.document.ocr else { return [] }
        let mean = String(format: "%.0f", ocr.meanConfidence)
        let threshold = String(format: "%.0f", OCRReading.uncertain)
        return [context.finding(self, at: FindingLocation(page: 1), message: .init(
            zh: "本文件为扫描件，由文字识别（\(ocr.engine)）读出：\(ocr.pages) 页、\(ocr.words) 个词，平均置信度 \(mean)%，"
                + "\(ocr.uncertainWords) 个词置信度低于 \(threshold)%；所有数字都可能识别有误，请与原件核对",
            en: "this document is a scan read by OCR (\(ocr.engine)): \(ocr.pages) pages, \(ocr.words) words, mean confidence \(mean)%, "
                + "\(ocr.uncertainWords) words below \(threshold)%; any figure may be misread, check it against the original"))]
    }

    /// The findings of a document read by OCR, each marked as less certain.
    public static func marking(_ findings: [Finding], of document: Document) -> [Finding] {
        guard document.ocr != nil else { return findings }
        return findings.map { finding in
            guard finding.rule != descriptor.id else { return finding }
            var finding = finding
            finding.message = BilingualMessage(zh: finding.message.zh + note.zh, en: finding.message.en + note.en)
            return finding
        }
    }
}
