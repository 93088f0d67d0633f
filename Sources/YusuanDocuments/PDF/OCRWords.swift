import Foundation

/// The words of one page as tesseract prints them (`tesseract IMAGE - -l chi_sim tsv`) made
/// into the words of a PDF: pixel boxes scaled to points, and the single characters that
/// tesseract gives for Chinese text joined back into the runs a text layer would hold, so
/// the same table and narrative reading applies.
public enum OCRWords {
    /// The page's words, with their confidences (0–100).
    /// - Parameters:
    ///   - tsv: tesseract's TSV for one page image.
    ///   - page: the page's number in the PDF.
    ///   - dpi: the resolution the page was rasterised at (pixels per inch; a point is 1/72 inch).
    public static func words(tsv: Data, page: Int, dpi: Double) -> [(word: PDFWord, confidence: Double)] {
        let (words, _, confidences) = WordTSV.parse(tsv)
        let scale = 72 / dpi
        var result: [(word: PDFWord, confidence: Double)] = []
        for (word, confidence) in zip(words, confidences) {
            var word = word
            word.page = page
            word.box = PDFBox(x0: word.box.x0 * scale, y0: word.box.y0 * scale, x1: word.box.x1 * scale, y1: word.box.y1 * scale)
            if let last = result.last, last.word.line == word.line, joins(last.word, word) {
                result[result.count - 1].word.text += word.text
                result[result.count - 1].word.box = last.word.box.union(word.box)
                result[result.count - 1].confidence = min(last.confidence, confidence)
                continue
            }
            result.append((word, confidence))
        }
        return result
    }

    /// Whether two neighbours on a line are one run: close (less than 0.6 of the line's
    /// height apart) and not two Latin words or numbers, which a space separates.
    static func joins(_ left: PDFWord, _ right: PDFWord) -> Bool {
        let gap = right.box.x0 - left.box.x1
        guard gap < 0.6 * max(left.box.height, right.box.height),
              let end = left.text.unicodeScalars.last, let start = right.text.unicodeScalars.first
        else { return false }
        let latin = { (scalar: Unicode.Scalar) in scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        return !(latin(end) && latin(start))
    }
}
