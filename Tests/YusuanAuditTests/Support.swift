import Foundation
import YusuanAudit
import YusuanCore
import YusuanDocuments
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

    /// A seed with one printed line changed: `replacing` must occur exactly once.
    static func seed(_ number: Int, replacing old: String, with new: String) throws -> String {
        let text = try seed(number)
        precondition(text.components(separatedBy: old).count == 2, "\(old) occurs \(text.components(separatedBy: old).count - 1) times")
        return text.replacingOccurrences(of: old, with: new)
    }
}
