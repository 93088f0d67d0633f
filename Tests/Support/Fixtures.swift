import Foundation

/// The committed test documents under `Tests/Fixtures/` (tests never read `../shared`).
public enum Fixtures {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The repository's root folder (for `Examples/`).
    public static let repository = root.deletingLastPathComponent().deletingLastPathComponent()

    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The path of a seed document by its number (`seedPath(3)` is `seeds/003_….txt`).
    public static func seedPath(_ number: Int) throws -> String {
        let prefix = String(format: "%03d_", number)
        let folder = url("seeds")
        guard let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return "seeds/\(name)"
    }

    /// A seed document's text by its number.
    public static func seed(_ number: Int) throws -> String {
        try text(seedPath(number))
    }

    /// The sample documents' extracted text (`samples/*.txt`), by file name.
    public static func samples() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url("samples").path).filter { $0.hasSuffix(".txt") }.sorted()
    }
}
