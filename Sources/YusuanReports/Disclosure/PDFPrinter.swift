import Foundation
import YusuanCore

/// Prints the package's HTML to PDF with headless Chromium (Debian's `chromium`), which
/// honours the page rules of the template: A4, page breaks, headers repeated per page.
public struct PDFPrinter: Sendable {
    public var executable: URL

    /// The first Chromium on `PATH`; nil when there is none.
    public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let path = names.lazy.flatMap({ name in folders.map { "\($0)/\(name)" } })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        executable = URL(fileURLWithPath: path)
    }

    public static let missing = BilingualMessage(
        zh: "生成 PDF 需要 Chromium：请安装 Debian 软件包 chromium（apt-get install chromium），或改用 --format html 后自行打印",
        en: "PDF output needs Chromium: install the Debian package chromium (apt-get install chromium), or use --format html and print it yourself")

    public struct Failure: YusuanError {
        public var message: BilingualMessage
    }

    /// Prints `html` to PDF bytes.
    public func pdf(html: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("disclosure.html")
        let output = folder.appendingPathComponent("disclosure.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(output.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let detail = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output), data.starts(with: Data("%PDF".utf8)) else {
            let tail = String(decoding: detail.suffix(400), as: UTF8.self)
            throw Failure(message: BilingualMessage(zh: "Chromium 未能生成 PDF（退出码 \(process.terminationStatus)）：\(tail)",
                                                    en: "Chromium did not print the PDF (exit status \(process.terminationStatus)): \(tail)"))
        }
        return data
    }
}
