import Foundation

/// The text layer of a PDF by poppler's `pdftotext` (Debian's `poppler-utils`): laid out
/// with `-layout` (pages separated by form feeds, which the reader counts as page numbers)
/// for prose, and as words with their boxes (`-tsv`) for tables.
public enum PDFText {
    /// Whether the bytes are a PDF.
    public static func isPDF(_ data: Data) -> Bool { data.starts(with: Array("%PDF-".utf8)) }

    /// The layout text of the PDF at `url`.
    public static func layoutText(of url: URL) throws(DocumentReadError) -> String {
        let text = String(decoding: try run(["-layout", "-enc", "UTF-8", url.path, "-"]), as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{0C}" }) else { throw .scanned }
        return text
    }

    /// The words of the PDF at `url` with their boxes (`pdftotext -tsv`), in display space.
    public static func words(of url: URL) throws(DocumentReadError) -> [PDFWord] {
        PDFWord.parse(tsv: try run(["-tsv", "-enc", "UTF-8", url.path, "-"]))
    }

    /// The layout text and the words of one PDF, extracted by two pdftotext processes at once.
    public static func textAndWords(of url: URL) throws(DocumentReadError) -> (text: String, words: [PDFWord]) {
        let words = WordsBox()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            do throws(DocumentReadError) {
                words.result = .success(try Self.words(of: url))
            } catch {
                words.result = .failure(error)
            }
        }
        let text: String
        do {
            text = try layoutText(of: url)
        } catch {
            reading.wait()
            throw error
        }
        reading.wait()
        switch words.result {
        case .success(let found): return (text, found)
        case .failure(let error): throw error
        case nil: return (text, [])
        }
    }

    /// Runs pdftotext with `arguments`; its standard output.
    private static func run(_ arguments: [String]) throws(DocumentReadError) -> Data {
        guard let program = executable("pdftotext") else {
            throw .missingTool(program: "pdftotext", package: "poppler-utils")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        // Read both pipes before waiting, so that neither can fill and stall pdftotext.
        let errorText = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errorText.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        let message = String(decoding: errorText.data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw .pdf(message.split(separator: "\n").first.map(String.init) ?? "pdftotext exit \(process.terminationStatus)")
        }
        return data
    }

    /// A program on the PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private final class Box: @unchecked Sendable { var data = Data() }
    private final class WordsBox: @unchecked Sendable { var result: Result<[PDFWord], DocumentReadError>? }
}
