import YusuanAudit
import YusuanCore
import YusuanDocuments

/// The outcome of auditing a set of files: each document with its findings, and the
/// files that could not be read.
public struct AuditReport: Sendable {
    public var documents: [DocumentAudit] = []
    public var unreadable: [UnreadableFile] = []
    /// Files that read but are no budget or performance document (a folder's README).
    public var skipped: [UnreadableFile] = []

    public init(documents: [DocumentAudit] = [], unreadable: [UnreadableFile] = [], skipped: [UnreadableFile] = []) {
        self.documents = documents
        self.unreadable = unreadable
        self.skipped = skipped
    }

    /// How many findings of a severity across all documents.
    public func count(_ severity: Severity) -> Int { documents.reduce(0) { $0 + $1.count(severity) } }

    /// The exit status the issue sets: 2 when a file could not be read, else 1 when any
    /// finding is an error, else 0.
    public var exitStatus: Int32 {
        if !unreadable.isEmpty { return 2 }
        return count(.error) > 0 ? 1 : 0
    }
}

/// The language of a report.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case zh
    case en

    public func text(_ message: BilingualMessage) -> String {
        self == .zh ? message.zh : message.en
    }
}
