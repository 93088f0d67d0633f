/// What the application needs from storage. Controllers depend on this protocol only: no SQL
/// outside the store, no HTTP inside it. Every write of data takes the acting user (nil for the
/// system: seeding) and records a `HistoryEntry` in the same transaction.
public protocol Store: Sendable {
    // Agencies (部门 → 单位)
    func createAgency(_ agency: AgencyRecord, by actorID: String?) async throws
    /// Every agency, in name order (as every list of agencies here).
    func agencies() async throws -> [AgencyRecord]
    /// The agencies of a region.
    func agencies(region: String) async throws -> [AgencyRecord]
    /// An agency and every agency under it, however deep.
    func agencies(under rootID: String) async throws -> [AgencyRecord]
    /// The agencies with these ids (those that exist).
    func agencies(ids: [String]) async throws -> [AgencyRecord]
    func agency(id: String) async throws -> AgencyRecord?
    func agency(named name: String) async throws -> AgencyRecord?

    // Users
    func createUser(_ user: UserRecord, by actorID: String?) async throws
    func users() async throws -> [UserRecord]
    func user(id: String) async throws -> UserRecord?
    func user(named name: String) async throws -> UserRecord?
    /// Replaces a user's password hash, and ends the user's other sessions.
    func setPasswordHash(userID: String, hash: String, keepSession: String?, by actorID: String?) async throws

    // Sessions (no state outside the database, so several instances can serve one)
    func createSession(_ session: SessionRecord) async throws
    func session(id: String) async throws -> SessionRecord?
    /// Moves a session's expiry (a session in use slides forward).
    func extendSession(id: String, expiresAt: Int64) async throws
    func deleteSession(id: String) async throws

    // Failed sign-ins, for the rate limit: kept in the database so every instance counts them.
    func recordLoginFailure(name: String, at: Int64) async throws
    func loginFailures(name: String, since: Int64) async throws -> Int
    func clearLoginFailures(name: String) async throws

    // Documents
    func createDocument(_ document: DocumentRecord, by actorID: String?) async throws
    func document(id: String) async throws -> DocumentRecord?
    func documentHeader(id: String) async throws -> DocumentHeader?
    func documents(_ query: DocumentQuery) async throws -> [DocumentHeader]
    func documentCount() async throws -> Int
    /// Each agency's documents (of one year, or all) counted, errors and warnings summed.
    func documentCounts(fiscalYear: Int?) async throws -> [AgencyDocumentCounts]
    /// Moves a document to `status` if it is in one of `from`, with the reviewer's comment;
    /// `StoreError.conflict` if it is not (someone else moved it first).
    func transition(documentID: String, from: Set<DocumentStatus>, to status: DocumentStatus, comment: String?,
                    by actorID: String?) async throws -> DocumentHeader

    // Imports: an upload's progress, and its documents stored all at once or not at all
    func createImport(_ job: ImportRecord) async throws
    func importJob(id: String) async throws -> ImportRecord?
    func updateImport(id: String, status: ImportRecord.Status, done: Int, message: String?) async throws
    /// Marks imports still reading or writing but not advanced since `before` (ms) as failed:
    /// the server running them stopped, and nothing of them was stored. Returns how many.
    func failUnfinishedImports(before: Int64, message: String) async throws -> Int
    /// Stores the agencies and documents of the import and marks it succeeded, in one transaction.
    func completeImport(id: String, agencies: [AgencyRecord], documents: [DocumentRecord], by actorID: String?) async throws

    // Budget facts
    func budget(id: String) async throws -> BudgetRecord?
    func budget(agencyID: String, fiscalYear: Int) async throws -> BudgetRecord?
    /// Every budget's figures without the input, for the agencies given (nil: all).
    func budgetSummaries(agencyIDs: [String]?) async throws -> [BudgetSummary]
    /// Inserts a new budget or replaces the one with its id, recording before and after. The
    /// record's `updatedAt` is the version the edit started from (0 for a new one); when the
    /// stored version is another, nothing is stored and `StoreError.conflict` is thrown.
    func saveBudget(_ budget: BudgetRecord, by actorID: String?) async throws
    /// One year's totals by region, summed by the database.
    func regionTotals(fiscalYear: Int) async throws -> [RegionTotals]

    // Projects (项目库)
    func project(id: String) async throws -> ProjectRecord?
    /// The projects of the agencies given (nil: all).
    func projects(agencyIDs: [String]?) async throws -> [ProjectRecord]
    /// Inserts a new project or replaces the one with its id, recording before and after. The
    /// record's `updatedAt` is the version the edit started from (0 for a new one); when the
    /// stored version is another, nothing is stored and `StoreError.conflict` is thrown.
    func saveProject(_ project: ProjectRecord, by actorID: String?) async throws

    // A region's own rules (地区评价规则)
    func regionRules(region: String) async throws -> RegionRulesRecord?
    /// Stores a region's rules and the projects scored again under them, in one transaction.
    func saveRegionRules(_ rules: RegionRulesRecord, rescored: [ProjectRecord], by actorID: String?) async throws

    // History, newest first
    func history(agencyID: String?, limit: Int) async throws -> [HistoryEntry]
}
