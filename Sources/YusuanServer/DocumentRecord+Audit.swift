import Foundation
import YusuanAudit
import YusuanStore

/// JSON as the store keeps it: keys sorted, so that the same value is always the same text.
enum StoredJSON {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension DocumentRecord {
    /// A document as read and audited (an upload, a seed, a compiled package), ready to store.
    init(_ audit: DocumentAudit, fileName: String, title: String, agencyID: String?, status: DocumentStatus = .draft,
         seriesID: String? = nil, version: Int = 1, at: Int64) throws {
        self.init(
            seriesID: seriesID, fileName: fileName, kind: audit.document.kind.rawValue, title: title, agencyID: agencyID,
            fiscalYear: audit.document.fiscalYear, status: status, version: version,
            documentJSON: try StoredJSON.text(audit.document), findingsJSON: try StoredJSON.text(audit.findings),
            errorCount: audit.count(.error), warningCount: audit.count(.warning), createdAt: at, updatedAt: at)
    }
}
