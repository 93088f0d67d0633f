import Foundation
import YusuanAudit
import YusuanCore
@testable import YusuanDocuments
import YusuanTestSupport

/// Reading and auditing documents in tests.
enum Audit {
    static let catalogues = try! CatalogueSet.bundled()
    static let reader = DocumentReader(catalogues: catalogues)

    static func read(_ text: String, file: String = "test.txt") -> Document {
        reader.read(text: text, file: file)
    }

    static func seed(_ number: Int) throws -> String { try Fixtures.seed(number) }

    /// The findings of every rule on a text.
    static func findings(_ text: String) -> [Finding] {
        Auditor(catalogues: catalogues).audit(read(text))
    }

    /// The findings of one rule on a text.
    static func findings(_ text: String, rule: some AuditRule) -> [Finding] {
        rule.check(AuditContext(document: read(text), catalogues: catalogues))
    }

    /// A PDF excerpt committed as poppler's output (Tests/Fixtures/pdf/README.md), read from
    /// its words as a PDF is, with `printed` changed to `altered` in both its words and its
    /// layout text (it must occur once in each).
    static func excerpt(_ name: String, replacing printed: String? = nil, with altered: String = "") throws -> Document {
        func load(_ suffix: String) throws -> String {
            let text = try String(contentsOf: Fixtures.url("pdf/\(name)-\(suffix)"), encoding: .utf8)
            guard let printed else { return text }
            precondition(text.components(separatedBy: printed).count == 2, "\(printed) must occur once in \(suffix)")
            return text.replacingOccurrences(of: printed, with: altered)
        }
        let words = PDFWord.parse(tsv: Data(try load("words.tsv").utf8))
        return reader.read(text: try load("layout.txt"), words: words, file: name)
    }

    /// A seed with one printed line changed: `replacing` must occur exactly once.
    static func seed(_ number: Int, replacing old: String, with new: String) throws -> String {
        let text = try seed(number)
        precondition(text.components(separatedBy: old).count == 2, "\(old) occurs \(text.components(separatedBy: old).count - 1) times")
        return text.replacingOccurrences(of: old, with: new)
    }
}
