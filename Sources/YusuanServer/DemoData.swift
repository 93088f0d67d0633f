import Foundation
import HummingbirdBcrypt
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanStore

/// The demo data a new database starts with: the seeds' agencies and documents, read and
/// audited as `yusuan audit` does, and one user per role.
public enum DemoData {
    /// The demo accounts. Their passwords are in the README; change them on a real server.
    public static let users: [(name: String, displayName: String, password: String, role: Role)] = [
        ("editor", "单位填报演示", "editor-demo", .agencyEditor),
        ("reviewer", "单位审核演示", "reviewer-demo", .agencyReviewer),
        ("bureau", "财政审核演示", "bureau-demo", .bureauReviewer),
        ("admin", "管理员演示", "admin-demo", .administrator),
    ]

    /// Fills an empty store: does nothing when there are documents already. Each seed
    /// becomes a published document of its agency (the seeds are published disclosures).
    public static func seedIfEmpty(_ store: any Store, seeds: URL, bcryptCost: UInt8 = 10) async throws {
        guard try await store.documentCount() == 0 else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0).path }
        let batch = AuditBatch(catalogues: try CatalogueSet.bundled())
        let report = batch.audit(files: files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let now = Date().storeMilliseconds
        var firstAgencyID: String?
        for audit in report.documents {
            let document = audit.document
            var agencyID: String?
            if let name = document.agency, !name.isEmpty {
                if let existing = try await store.agency(named: name) {
                    agencyID = existing.id
                } else {
                    let agency = AgencyRecord(name: name, region: "")
                    try await store.createAgency(agency, by: nil)
                    agencyID = agency.id
                }
                firstAgencyID = firstAgencyID ?? agencyID
            }
            try await store.createDocument(DocumentRecord(
                fileName: URL(fileURLWithPath: document.file).lastPathComponent,
                kind: document.kind.rawValue,
                title: document.title ?? URL(fileURLWithPath: document.file).lastPathComponent,
                agencyID: agencyID, fiscalYear: document.fiscalYear, status: .published,
                documentJSON: String(decoding: try encoder.encode(document), as: UTF8.self),
                findingsJSON: String(decoding: try encoder.encode(audit.findings), as: UTF8.self),
                errorCount: audit.count(.error), warningCount: audit.count(.warning),
                createdAt: now, updatedAt: now), by: nil)
        }
        for user in users where try await store.user(named: user.name) == nil {
            let agencyScoped = user.role == .agencyEditor || user.role == .agencyReviewer
            try await store.createUser(UserRecord(
                name: user.name, displayName: user.displayName,
                passwordHash: Bcrypt.hash(user.password, cost: bcryptCost),
                role: user.role, agencyID: agencyScoped ? firstAgencyID : nil), by: nil)
        }
    }
}
