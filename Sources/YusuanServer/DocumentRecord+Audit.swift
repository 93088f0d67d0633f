import Foundation
import YusuanAudit
import YusuanStore

/// JSON with its keys sorted, so that the same value is always the same text: as the store
/// keeps records and as responses send them.
enum SortedJSON {
    static func data(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }
}

extension DocumentRecord {
    /// A document as read and audited (an upload, a seed, a compiled package), ready to store.
    init(_ audit: DocumentAudit, fileName: String, title: String, agencyID: String?, status: DocumentStatus = .draft,
         seriesID: String? = nil, version: Int = 1, at: Int64) throws {
        self.init(
            seriesID: seriesID, fileName: fileName, kind: audit.document.kind.rawValue, title: title, agencyID: agencyID,
            fiscalYear: audit.document.fiscalYear, status: status, version: version,
            documentJSON: try SortedJSON.text(audit.document), findingsJSON: try SortedJSON.text(audit.findings),
            errorCount: audit.count(.error), warningCount: audit.count(.warning), createdAt: at, updatedAt: at)
    }
}
