import Foundation
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// The audit as JSON, in the stable schema of docs/audit-json.md (`yusuan.audit/1`). Field
/// names are a contract with other systems: add fields, never rename them.
public struct AuditJSONReport: Encodable {
    public let schema = "yusuan.audit/1"
    public let language: String
    public let summary: Summary
    public let documents: [DocumentRecord]
    public let unreadable: [UnreadableRecord]
    /// Files that are no budget or performance document, with why.
    public let skipped: [UnreadableRecord]

    public init(_ report: AuditReport, language: ReportLanguage = .zh) {
        self.language = language.rawValue
        summary = Summary(documents: report.documents.count,
                          findings: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, report.count($0)) }),
                          unreadable: report.unreadable.count)
        documents = report.documents.map { DocumentRecord($0, language) }
        unreadable = report.unreadable.map { UnreadableRecord(file: $0.file, message: language.text($0.message), messages: $0.message) }
        skipped = report.skipped.map { UnreadableRecord(file: $0.file, message: language.text($0.message), messages: $0.message) }
    }

    public struct Summary: Encodable {
        public let documents: Int
        /// Findings by severity: `{"error": 3, "warning": 1, "info": 0}`.
        public let findings: [String: Int]
        public let unreadable: Int
    }

    public struct DocumentRecord: Encodable {
        public let file: String
        public let kind: String
        public let agency: String?
        public let fiscalYear: Int?
        public let tables: Int
        public let findings: [FindingRecord]
        /// For a scan read by OCR: how it was read (absent otherwise).
        public let ocr: OCRReading?

        init(_ audit: DocumentAudit, _ language: ReportLanguage) {
            file = audit.document.file
            kind = audit.document.kind.rawValue
            agency = audit.document.agency
            fiscalYear = audit.document.fiscalYear
            tables = audit.document.tables.count
            findings = audit.findings.map { FindingRecord($0, language) }
            ocr = audit.document.ocr
        }
    }

    public struct FindingRecord: Encodable {
        public let file: String
        public let rule: String
        public let severity: String
        public let location: FindingLocation
        public let expected: String?
        public let found: String?
        /// In the report's language.
        public let message: String
        /// In both languages.
        public let messages: BilingualMessage
        public let related: [FindingLocation]
        /// The rule pack the audit ran with, and the regulation the rule rests on.
        public let pack: String?
        public let source: String?

        init(_ finding: Finding, _ language: ReportLanguage) {
            file = finding.file
            rule = finding.rule
            severity = finding.severity.rawValue
            location = finding.location
            expected = finding.expected
            found = finding.found
            message = language.text(finding.message)
            messages = finding.message
            related = finding.related
            pack = finding.pack
            source = finding.source
        }

        private enum CodingKeys: String, CodingKey {
            case file, rule, severity, location, expected, found, message, messages, related, pack, source
        }

        /// Absent values are written as null, so every finding has every field.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(location, forKey: .location)
            try container.encode(expected, forKey: .expected)
            try container.encode(found, forKey: .found)
            try container.encode(message, forKey: .message)
            try container.encode(messages, forKey: .messages)
            try container.encode(related, forKey: .related)
            try container.encode(pack, forKey: .pack)
            try container.encode(source, forKey: .source)
        }
    }

    public struct UnreadableRecord: Encodable {
        public let file: String
        public let message: String
        public let messages: BilingualMessage
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
