import Foundation

/// Word boxes in the TSV both `pdftotext -tsv` and `tesseract … tsv` print: a header, then
/// rows of level, page, two grouping numbers (flow and block for poppler, block and
/// paragraph for tesseract), line, word, left, top, width, height, confidence, text.
/// Level 5 rows are words; a level 1 row opens a page.
enum WordTSV {
    /// The words, with flow, block and line numbers counted through the document, and the
    /// number of pages (pages without words included, so page numbers stay right).
    static func parse(_ data: Data) -> (words: [PDFWord], pages: Int, confidences: [Double]) {
        var words: [PDFWord] = []
        var confidences: [Double] = []
        var pages = 0
        var flow = -1, block = -1, line = -1
        var lastFlow: (Int, Int) = (-1, -1), lastBlock = -1, lastLine = -1
        // Scanned as bytes: a long document's output runs to megabytes, and String
        // splitting was most of the parsing time.
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            let count = bytes.count
            while start < count {
                var end = start
                while end < count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let level = bytes[start]
                guard level == UInt8(ascii: "1") || level == UInt8(ascii: "5"), start + 1 < lineEnd, bytes[start + 1] == 0x09 else { continue }
                var fields = Fields(bytes: bytes, position: start, end: lineEnd)
                _ = fields.integer()
                guard let page = fields.integer() else { continue }
                pages = max(pages, page)
                guard level == UInt8(ascii: "5"),
                      let group = fields.integer(), let subgroup = fields.integer(), let lineNumber = fields.integer(),
                      fields.integer() != nil,
                      let left = fields.decimal(), let top = fields.decimal(), let width = fields.decimal(), let height = fields.decimal(),
                      let confidence = fields.decimal()
                else { continue }
                let text = fields.rest()
                guard !text.isEmpty else { continue }
                if lastFlow != (page, group) {
                    flow += 1
                    lastFlow = (page, group)
                    lastBlock = -1
                }
                if subgroup != lastBlock {
                    block += 1
                    line += 1
                    lastBlock = subgroup
                    lastLine = lineNumber
                } else if lineNumber != lastLine {
                    line += 1
                    lastLine = lineNumber
                }
                words.append(PDFWord(page: page, box: PDFBox(x0: left, y0: top, x1: left + width, y1: top + height), text: text,
                                     flow: flow, block: block, line: line))
                confidences.append(confidence)
            }
        }
        return (words, pages, confidences)
    }

    /// The tab-separated fields of one row, read in order.
    private struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int

        init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int) {
            self.bytes = bytes
            self.position = position
            self.end = end
        }

        /// The next field as a whole number (a sign allowed).
        mutating func integer() -> Int? {
            guard let value = decimal(), value == value.rounded() else { return nil }
            return Int(value)
        }

        /// The next field as a decimal number such as `460.575012` or `-1`: coordinates and
        /// confidences, never money.
        mutating func decimal() -> Double? {
            guard position < end else { return nil }
            var negative = false
            if bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
            var whole = 0.0, fraction = 0.0, scale = 1.0, digits = 0, inFraction = false
            while position < end && bytes[position] != 0x09 {
                let byte = bytes[position]
                if byte == UInt8(ascii: ".") && !inFraction {
                    inFraction = true
                } else if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    if inFraction {
                        scale /= 10
                        fraction += Double(byte - 0x30) * scale
                    } else {
                        whole = whole * 10 + Double(byte - 0x30)
                    }
                } else {
                    return nil
                }
                position += 1
            }
            position += 1
            guard digits > 0 else { return nil }
            return negative ? -(whole + fraction) : whole + fraction
        }

        /// The rest of the row, trimmed of white space.
        func rest() -> String {
            guard position < end else { return "" }
            var from = position, to = end
            while from < to && (bytes[from] == 0x20 || bytes[from] == 0x09) { from += 1 }
            while to > from && (bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09) { to -= 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            // Rare: other white space (an ideographic space) around the word.
            guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
                  first.properties.isWhitespace || last.properties.isWhitespace
            else { return text }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
