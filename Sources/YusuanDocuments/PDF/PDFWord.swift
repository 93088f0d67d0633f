import Foundation

/// A word of a PDF's text layer and where it is printed.
public struct PDFWord: Sendable, Hashable {
    /// The 1-based page.
    public var page: Int
    public var box: PDFBox
    public var text: String

    public init(page: Int, box: PDFBox, text: String) {
        self.page = page
        self.box = box
        self.text = text
    }

    /// The words of `pdftotext -tsv` output: rows of level 5, whose columns are level,
    /// page, paragraph, block, line, word, left, top, width, height, confidence, text.
    static func parse(tsv data: Data) -> [PDFWord] {
        var words: [PDFWord] = []
        // Split by bytes: the output of a long document runs to megabytes.
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var lineStart = 0
            for index in 0...bytes.count {
                guard index == bytes.count || bytes[index] == 0x0A else { continue }
                defer { lineStart = index + 1 }
                guard index > lineStart, bytes[lineStart] == UInt8(ascii: "5") else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                var fields: [Substring] = []
                fields.reserveCapacity(12)
                let text = String(decoding: line, as: UTF8.self)
                fields = text.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
                guard fields.count == 12, let page = Int(fields[1]), let left = Double(fields[6]), let top = Double(fields[7]),
                      let width = Double(fields[8]), let height = Double(fields[9])
                else { continue }
                let word = String(fields[11]).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !word.isEmpty else { continue }
                words.append(PDFWord(page: page, box: PDFBox(x0: left, y0: top, x1: left + width, y1: top + height), text: word))
            }
        }
        return words
    }
}
