import Foundation
import YusuanCore
@testable import YusuanDocuments

/// Fixture access and small lookups for the narrative reader tests.
enum NarrativeFixture {
    /// `Tests/` of this package, found from this file's path.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The seed file whose name begins with `prefix` (`003_`).
    static func seedText(_ prefix: String) throws -> String {
        let folder = testsDirectory.appendingPathComponent("Fixtures/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw FixtureError.missing(prefix)
        }
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Each non-empty line from the last line that begins with `start` up to the next line that
    /// begins with `end`, as one-line paragraphs, markdown marks (`**`, `#`) removed. The
    /// section is the last heading (a line that began with `#`).
    static func paragraphs(of text: String, from start: String, to end: String) -> [NarrativeParagraph] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            (isHeading: raw.trimmingCharacters(in: .whitespaces).hasPrefix("#"),
             text: raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "#", with: "")
                .trimmingCharacters(in: .whitespaces))
        }
        guard let first = lines.lastIndex(where: { $0.text.hasPrefix(start) }) else { return [] }
        var result: [NarrativeParagraph] = []
        var section: String?
        for index in first..<lines.count {
            let line = lines[index]
            if index > first && line.text.hasPrefix(end) { break }
            guard !line.text.isEmpty else { continue }
            if line.isHeading { section = line.text }
            result.append(NarrativeParagraph(text: line.text, section: section, location: SourceLocation(line: index + 1)))
        }
        return result
    }

    /// A paragraph printed over several lines, starting at line `firstLine`, one source line
    /// per element of `lines` (as a PDF's layout text breaks a sentence).
    static func paragraph(_ lines: [String], firstLine: Int, section: String? = nil) -> NarrativeParagraph {
        var text = ""
        var starts: [NarrativeParagraph.LineStart] = []
        for (index, line) in lines.enumerated() {
            starts.append(.init(offset: text.count, location: SourceLocation(line: firstLine + index)))
            text += line.trimmingCharacters(in: .whitespaces)
        }
        return NarrativeParagraph(text: text, section: section, lineStarts: starts)
    }

    /// The 1-based line of the fixture text that contains `fragment`.
    static func line(of fragment: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }

    enum FixtureError: Error { case missing(String) }
}

extension [Statement] {
    /// The statements of `kind` whose subject is `subject`.
    func select(_ kind: StatementKind, _ subject: String) -> [Statement] {
        filter { $0.kind == kind && $0.subject == subject }
    }

    /// The statement that follows `statement` in this list.
    func next(after statement: Statement) -> Statement? {
        guard let index = firstIndex(of: statement), index + 1 < count else { return nil }
        return self[index + 1]
    }

    /// One line per statement, for failure messages and debugging.
    var listing: String {
        map { s in
            var parts = ["\(s.location.line)", s.kind.rawValue, "[\(s.subject)]", s.text]
            if let unit = s.unit { parts.append("unit=\(unit)") }
            if let direction = s.direction { parts.append(direction.rawValue) }
            if let basis = s.basis { parts.append("basis=\(basis)") }
            return parts.joined(separator: " ")
        }.joined(separator: "\n")
    }
}
