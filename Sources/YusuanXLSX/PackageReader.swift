import Foundation

/// The parts of an OPC package (the ZIP inside every .xlsx), looked up by path.
struct PackageReader {
    /// No budget workbook comes near this; a part claiming more is a zip bomb or garbage.
    static let maximumPartSize = 256 * 1024 * 1024

    private let directory: ZipDirectory
    /// Entries by path, and by lower-cased path for writers that disagree on case.
    private let entries: [String: ZipDirectory.Entry]
    private let entriesIgnoringCase: [String: ZipDirectory.Entry]
    /// Part paths in archive order.
    let paths: [String]

    init(data: Data) throws(XLSXError) {
        directory = try ZipDirectory(data)
        var entries: [String: ZipDirectory.Entry] = [:], folded: [String: ZipDirectory.Entry] = [:]
        var paths: [String] = []
        for entry in directory.entries where !entry.path.hasSuffix("/") {
            // Some writers store "\" separators or a leading "/".
            var path = entry.path.replacingOccurrences(of: "\\", with: "/")
            while path.hasPrefix("/") { path.removeFirst() }
            guard entries[path] == nil else { continue }
            paths.append(path)
            entries[path] = entry
            folded[path.lowercased()] = folded[path.lowercased()] ?? entry
        }
        guard !entries.isEmpty else { throw XLSXError.notZip("no entries / 压缩包为空") }
        self.entries = entries
        self.entriesIgnoringCase = folded
        self.paths = paths
    }

    func contains(_ path: String) -> Bool { entry(path) != nil }

    private func entry(_ path: String) -> ZipDirectory.Entry? {
        entries[path] ?? entriesIgnoringCase[path.lowercased()]
    }

    /// The bytes of the part at `path` (no leading `/`), or `nil` if the package lacks it.
    func data(_ path: String) throws(XLSXError) -> Data? {
        guard var entry = entry(path) else { return nil }
        entry.path = path  // errors name the part as the caller knows it
        return try directory.contents(of: entry, limit: Self.maximumPartSize)
    }

    /// The bytes of a part that must be there.
    func requiredData(_ path: String, for what: (zh: String, en: String)) throws(XLSXError) -> Data {
        guard let data = try data(path) else { throw XLSXError.missingPart(path, neededFor: what) }
        return data
    }
}
