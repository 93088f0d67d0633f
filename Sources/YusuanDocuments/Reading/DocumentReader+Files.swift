import Foundation
import YusuanXLSX

extension DocumentReader {
    /// Reads a file: a PDF (its text layer, by poppler's pdftotext, or a scan by OCR), an XLSX
    /// workbook, or text.
    public func read(contentsOf url: URL, as name: String? = nil) throws(DocumentReadError) -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        if PDFText.isPDF(data) {
            let (text, words, ocr) = try PDFText.text(of: url)
            var document = read(text: text, words: words, file: name ?? url.path)
            document.ocr = ocr
            return document
        }
        return try read(data: data, file: name ?? url.path)
    }

    /// Reads bytes: an XLSX workbook (a zip package) or text.
    public func read(data: Data, file: String) throws(DocumentReadError) -> Document {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let workbook: Workbook
            do {
                workbook = try XLSXReader.read(data)
            } catch {
                throw .workbook(zh: error.zh, en: error.en)
            }
            return read(lines: try WorkbookLines.lines(from: workbook), file: file)
        }
        return read(text: try TextDecoding.decode(data), file: file)
    }
}
