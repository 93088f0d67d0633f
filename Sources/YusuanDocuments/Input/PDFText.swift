import Foundation

/// The text layer of a PDF, laid out by poppler's `pdftotext -layout` (Debian's
/// `poppler-utils`): pages separated by form feeds, which the reader counts as page numbers.
public enum PDFText {
    /// Whether the bytes are a PDF.
    public static func isPDF(_ data: Data) -> Bool { data.starts(with: Array("%PDF-".utf8)) }

    /// The layout text of the PDF at `url`.
    public static func layoutText(of url: URL) throws(DocumentReadError) -> String {
        guard let program = executable("pdftotext") else {
            throw .missingTool(program: "pdftotext", package: "poppler-utils")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-layout", "-enc", "UTF-8", url.path, "-"]
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
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{0C}" }) else { throw .scanned }
        return text
    }

    /// A program on the PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private final class Box: @unchecked Sendable { var data = Data() }
}
