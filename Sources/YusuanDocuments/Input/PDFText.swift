import Foundation

/// The text layer of a PDF by poppler's `pdftotext` (Debian's `poppler-utils`), run once per
/// file: its words with their boxes (`-tsv`) for the tables, and the layout text rebuilt
/// from them (`WordLayout`, pages separated by form feeds, which the reader counts as page
/// numbers) for the prose. `-layout` would run poppler's whole analysis a second time.
/// A scan's words come from OCR instead (`PDFOCR`).
public enum PDFText {
    /// Whether the bytes are a PDF.
    public static func isPDF(_ data: Data) -> Bool { data.starts(with: Array("%PDF-".utf8)) }

    /// The layout text of the PDF at `url` as `pdftotext -layout` prints it. Yusuan no longer
    /// needs it; the benchmark times it as the usual baseline.
    public static func layoutText(of url: URL) throws(DocumentReadError) -> String {
        let text = String(decoding: try run(["-layout", "-enc", "UTF-8", url.path, "-"]), as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{0C}" }) else { throw .scanned }
        return text
    }

    /// The words of the PDF at `url` with their boxes (`pdftotext -tsv`), in display space.
    public static func words(of url: URL) throws(DocumentReadError) -> [PDFWord] {
        PDFWord.parse(tsv: try run(["-tsv", "-enc", "UTF-8", url.path, "-"]))
    }

    /// The text of the PDF at `url`: its text layer, or for a scan, when tesseract is
    /// installed, what OCR reads from its pages (`ocr` then says how it was read).
    public static func text(of url: URL) throws(DocumentReadError) -> (text: String, words: [PDFWord], ocr: OCRReading?) {
        let tsv = try tsv(of: url)
        do {
            let (text, words) = try textAndWords(tsv: tsv)
            return (text, words, nil)
        } catch {
            guard error == .scanned, PDFOCR.isAvailable else { throw error }
        }
        let pages = WordTSV.parse(tsv).pages
        let (words, reading) = try PDFOCR.words(of: url, pages: pages)
        guard words.contains(where: { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }) else { throw .scanNotRead }
        return (WordLayout.text(of: words, pages: pages), words, reading)
    }

    /// The layout text and the words of one PDF, from one pdftotext run.
    public static func textAndWords(of url: URL) throws(DocumentReadError) -> (text: String, words: [PDFWord]) {
        try textAndWords(tsv: try tsv(of: url))
    }

    /// What `pdftotext -tsv` prints for the PDF at `url`: the one poppler run Yusuan makes.
    public static func tsv(of url: URL) throws(DocumentReadError) -> Data {
        try run(["-tsv", "-enc", "UTF-8", url.path, "-"])
    }

    /// The layout text and the words of TSV word boxes; `.scanned` when there are none.
    public static func textAndWords(tsv: Data) throws(DocumentReadError) -> (text: String, words: [PDFWord]) {
        let (words, pages, _) = WordTSV.parse(tsv)
        guard words.contains(where: { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }) else { throw .scanned }
        return (WordLayout.text(of: words, pages: pages), words)
    }

    /// The layout text of words (from poppler or OCR) on `pages` pages.
    public static func text(words: [PDFWord], pages: Int) -> String {
        WordLayout.text(of: words, pages: pages)
    }

    /// Runs pdftotext with `arguments`; its standard output.
    private static func run(_ arguments: [String]) throws(DocumentReadError) -> Data {
        guard let program = ExternalProgram.executable("pdftotext") else {
            throw .missingTool(program: "pdftotext", package: "poppler-utils")
        }
        let (data, status, message) = try ExternalProgram.run(program, arguments)
        guard status == 0 else { throw .pdf(message.isEmpty ? "pdftotext exit \(status)" : message) }
        return data
    }
}
