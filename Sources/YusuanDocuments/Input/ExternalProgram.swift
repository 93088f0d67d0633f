import Foundation

/// A program the reader runs (poppler's pdftotext and pdftoppm, tesseract): found on the
/// PATH, its standard output collected and its error output kept for the message.
enum ExternalProgram {
    /// A program on the PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `program` (found on the PATH) with `arguments`: its standard output, its exit
    /// status and the first line of its error output.
    static func run(_ program: URL, _ arguments: [String], environment: [String: String]? = nil)
        throws(DocumentReadError) -> (output: Data, status: Int32, message: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        // Read both pipes before waiting, so that neither can fill and stall the program.
        let errorText = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errorText.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        let message = String(decoding: errorText.data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return (data, process.terminationStatus, message)
    }

    private final class Box: @unchecked Sendable { var data = Data() }
}
