import YusuanCore
import YusuanDocuments

/// A document and what the audit found in it.
public struct DocumentAudit: Sendable, Hashable, Codable {
    public var document: Document
    public var findings: [Finding]

    public init(document: Document, findings: [Finding]) {
        self.document = document
        self.findings = findings
    }

    /// How many findings of each severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// A file the audit could not read, and why.
public struct UnreadableFile: Sendable, Hashable, Codable {
    public var file: String
    public var message: BilingualMessage

    public init(file: String, message: BilingualMessage) {
        self.file = file
        self.message = message
    }
}
