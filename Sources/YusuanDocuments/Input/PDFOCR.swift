import Foundation

/// A scanned PDF (no text layer) read by OCR, when Debian's `tesseract-ocr` and
/// `tesseract-ocr-chi-sim` are installed: each page rasterised by poppler's pdftoppm into a
/// temporary folder (always removed) and read by tesseract, pages in parallel, as many at
/// once as there are cores.
public enum PDFOCR {
    /// Pixels per inch the pages are rasterised at: tesseract reads print best at 300.
    public static let dpi = 300

    /// Whether tesseract, its Simplified Chinese data and pdftoppm are installed.
    public static var isAvailable: Bool { tools != nil }

    private static let tools: (tesseract: URL, pdftoppm: URL)? = {
        guard let tesseract = ExternalProgram.executable("tesseract"), let pdftoppm = ExternalProgram.executable("pdftoppm"),
              let languages = try? ExternalProgram.run(tesseract, ["--list-langs"]),
              String(decoding: languages.output, as: UTF8.self).split(separator: "\n").contains("chi_sim")
        else { return nil }
        return (tesseract, pdftoppm)
    }()

    /// The words of the PDF at `url`'s `pages` pages, read by OCR, and how they were read.
    public static func words(of url: URL, pages: Int) throws(DocumentReadError) -> (words: [PDFWord], reading: OCRReading) {
        guard let tools else { throw .scanned }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-ocr-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = Results(count: pages)
        // As many pages at once as there are cores.
        DispatchQueue.concurrentPerform(iterations: pages) { index in
            results.set(index, Result { () throws(DocumentReadError) in try page(index + 1, of: url, in: folder, tools: tools) })
        }
        var words: [PDFWord] = []
        var confidences: [Double] = []
        // Flows, blocks and lines are numbered per page by tesseract: renumber them through
        // the document, as the layout text expects.
        var offset = 0
        for result in results.values {
            let found = try result.get()
            let next = (found.map { max($0.word.flow, $0.word.block, $0.word.line) }.max() ?? -1) + 1
            for (word, confidence) in found {
                var word = word
                word.flow += offset
                word.block += offset
                word.line += offset
                words.append(word)
                confidences.append(confidence)
            }
            offset += next
        }
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        let reading = OCRReading(engine: "tesseract chi_sim, \(dpi) dpi", pages: pages, words: words.count, meanConfidence: mean,
                                 uncertainWords: confidences.filter { $0 < OCRReading.uncertain }.count)
        return (words, reading)
    }

    /// One page: rasterised in grey, read, its image removed at once (a page at 300 dpi is
    /// about 9 MB).
    private static func page(_ number: Int, of url: URL, in folder: URL, tools: (tesseract: URL, pdftoppm: URL))
        throws(DocumentReadError) -> [(word: PDFWord, confidence: Double)] {
        let image = folder.appendingPathComponent("page-\(number)")
        let raster = try ExternalProgram.run(tools.pdftoppm, ["-r", "\(dpi)", "-gray", "-f", "\(number)", "-l", "\(number)",
                                                              "-singlefile", url.path, image.path])
        guard raster.status == 0 else { throw .pdf(raster.message.isEmpty ? "pdftoppm exit \(raster.status)" : raster.message) }
        let file = image.appendingPathExtension("pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        // One thread per tesseract: the pages already run side by side.
        let read = try ExternalProgram.run(tools.tesseract, [file.path, "-", "-l", "chi_sim", "tsv"], environment: ["OMP_THREAD_LIMIT": "1"])
        guard read.status == 0 else { throw .unreadable("tesseract: \(read.message)") }
        return OCRWords.words(tsv: read.output, page: number, dpi: Double(dpi))
    }

    private final class Results: @unchecked Sendable {
        private var slots: [Result<[(word: PDFWord, confidence: Double)], DocumentReadError>?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result<[(word: PDFWord, confidence: Double)], DocumentReadError>) {
            lock.withLock { slots[index] = result }
        }
        var values: [Result<[(word: PDFWord, confidence: Double)], DocumentReadError>] {
            lock.withLock { slots.map { $0 ?? .success([]) } }
        }
    }
}
