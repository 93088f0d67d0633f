import Foundation

/// The committed test documents under `Tests/Fixtures/` (tests never read `../shared`).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// A seed document by its number (`seed(3)` is `seeds/003_*.txt`).
    static func seed(_ number: Int) throws -> String {
        let prefix = String(format: "%03d_", number)
        let folder = url("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) }
        return try text("seeds/\(name!)")
    }
}
