/// What the application needs from storage. Controllers depend on this protocol only: no SQL
/// outside the store, no HTTP inside it. Every write takes the acting user (nil for the system:
/// seeding, migrations) and records a `HistoryEntry` in the same transaction.
public protocol Store: Sendable {
    // Agencies (部门 → 单位)
    func createAgency(_ agency: AgencyRecord, by actorID: String?) async throws
    func agencies() async throws -> [AgencyRecord]
    func agency(id: String) async throws -> AgencyRecord?
    func agency(named name: String) async throws -> AgencyRecord?

    // Users
    func createUser(_ user: UserRecord, by actorID: String?) async throws
    func user(id: String) async throws -> UserRecord?
    func user(named name: String) async throws -> UserRecord?

    // Sessions (no state outside the database, so several instances can serve one)
    func createSession(_ session: SessionRecord) async throws
    func session(id: String) async throws -> SessionRecord?
    func deleteSession(id: String) async throws

    // Documents
    func createDocument(_ document: DocumentRecord, by actorID: String?) async throws
    func document(id: String) async throws -> DocumentRecord?
    func documents(_ query: DocumentQuery) async throws -> [DocumentRecord]
    func documentCount() async throws -> Int

    // History, newest first
    func history(agencyID: String?) async throws -> [HistoryEntry]
}
