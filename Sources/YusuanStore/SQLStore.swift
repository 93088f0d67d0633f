import Foundation
import SQLKit

/// The `Store` over SQLKit: the same queries on SQLite and PostgreSQL.
public struct SQLStore: Store {
    public let database: Database
    private let now: @Sendable () -> Date

    public init(database: Database, now: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.now = now
    }

    // MARK: Agencies

    public func createAgency(_ agency: AgencyRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        try await database.transaction { db in
            try await Self.insert(agency, at: at, by: actorID, on: db)
        }
    }

    private static func insert(_ agency: AgencyRecord, at: Int64, by actorID: String?, on db: any SQLDatabase) async throws {
        try await db.insert(into: "agencies").model(agency).run()
        try await record(
            HistoryEntry(actorID: actorID, at: at, entity: "agency", entityID: agency.id,
                         agencyID: agency.id, action: "create", before: nil, after: json(agency)),
            on: db)
    }

    public func agencies() async throws -> [AgencyRecord] {
        try await database.withConnection { db in
            Self.byName(try await db.select().column("*").from("agencies").all(decoding: AgencyRecord.self))
        }
    }

    public func agencies(region: String) async throws -> [AgencyRecord] {
        try await database.withConnection { db in
            Self.byName(try await db.select().column("*").from("agencies").where("region", .equal, region).all(decoding: AgencyRecord.self))
        }
    }

    public func agencies(under rootID: String) async throws -> [AgencyRecord] {
        try await database.withConnection { db in
            Self.byName(try await db.raw("""
                WITH RECURSIVE tree(id) AS (
                    SELECT id FROM agencies WHERE id = \(bind: rootID)
                    UNION ALL SELECT agencies.id FROM agencies JOIN tree ON agencies.parent_id = tree.id)
                SELECT agencies.* FROM agencies JOIN tree ON agencies.id = tree.id
                """).all(decoding: AgencyRecord.self))
        }
    }

    public func agencies(ids: [String]) async throws -> [AgencyRecord] {
        guard !ids.isEmpty else { return [] }
        return try await database.withConnection { db in
            Self.byName(try await db.select().column("*").from("agencies").where("id", .in, ids).all(decoding: AgencyRecord.self))
        }
    }

    /// Agencies in name order. Lists of names are sorted here rather than by the database,
    /// whose collations differ (SQLite compares bytes, PostgreSQL by its locale's rules), so
    /// that both list them in the same order.
    private static func byName(_ agencies: [AgencyRecord]) -> [AgencyRecord] {
        agencies.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    public func agency(id: String) async throws -> AgencyRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("agencies").where("id", .equal, id)
                .first(decoding: AgencyRecord.self)
        }
    }

    public func agency(named name: String) async throws -> AgencyRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("agencies").where("name", .equal, name)
                .first(decoding: AgencyRecord.self)
        }
    }

    // MARK: Users

    public func createUser(_ user: UserRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        var shown = user
        shown.passwordHash = "…"  // history never repeats a hash
        let after = Self.json(shown)
        try await database.transaction { db in
            try await db.insert(into: "users").model(user).run()
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "user", entityID: user.id,
                             agencyID: user.agencyID, action: "create", before: nil, after: after),
                on: db)
        }
    }

    public func users() async throws -> [UserRecord] {
        try await database.withConnection { db in
            try await db.select().column("*").from("users").all(decoding: UserRecord.self).sorted { $0.name < $1.name }
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("users").where("id", .equal, id)
                .first(decoding: UserRecord.self)
        }
    }

    public func user(named name: String) async throws -> UserRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("users").where("name", .equal, name)
                .first(decoding: UserRecord.self)
        }
    }

    public func setPasswordHash(userID: String, hash: String, keepSession: String?, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        try await database.transaction { db in
            guard let user = try await db.select().column("*").from("users").where("id", .equal, userID)
                .first(decoding: UserRecord.self) else { throw StoreError.notFound(entity: "user", id: userID) }
            try await db.update("users").set("password_hash", to: hash).where("id", .equal, userID).run()
            let others = db.delete(from: "sessions").where("user_id", .equal, userID)
            if let keepSession { others.where("id", .notEqual, keepSession) }
            try await others.run()
            // Who changed it and when; never the hash.
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "user", entityID: userID, agencyID: user.agencyID,
                             action: "password", before: nil, after: nil),
                on: db)
        }
    }

    // MARK: Sessions

    public func createSession(_ session: SessionRecord) async throws {
        try await database.withConnection { db in
            try await db.insert(into: "sessions").model(session).run()
        }
    }

    public func session(id: String) async throws -> SessionRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("sessions").where("id", .equal, id)
                .first(decoding: SessionRecord.self)
        }
    }

    public func extendSession(id: String, expiresAt: Int64) async throws {
        try await database.withConnection { db in
            try await db.update("sessions").set("expires_at", to: expiresAt).where("id", .equal, id).run()
        }
    }

    public func deleteSession(id: String) async throws {
        try await database.withConnection { db in
            try await db.delete(from: "sessions").where("id", .equal, id).run()
        }
    }

    // MARK: Sign-in failures

    public func recordLoginFailure(name: String, at: Int64) async throws {
        struct Failure: Encodable { let name: String; let at: Int64 }
        try await database.withConnection { db in
            try await db.insert(into: "login_failures").model(Failure(name: name, at: at)).run()
        }
    }

    public func loginFailures(name: String, since: Int64) async throws -> Int {
        try await database.withConnection { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("login_failures")
                .where("name", .equal, name).where("at", .greaterThanOrEqual, since)
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    public func clearLoginFailures(name: String) async throws {
        try await database.withConnection { db in
            try await db.delete(from: "login_failures").where("name", .equal, name).run()
        }
    }

    // MARK: Documents

    public func createDocument(_ document: DocumentRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        try await database.transaction { db in
            try await Self.insert(document, at: at, by: actorID, on: db)
        }
    }

    /// Inserts a document and its history entry on a connection already in a transaction.
    private static func insert(_ document: DocumentRecord, at: Int64, by actorID: String?, on db: any SQLDatabase) async throws {
        try await db.insert(into: "documents").model(document).run()
        // The history says what changed, not the whole document again.
        try await record(
            HistoryEntry(actorID: actorID, at: at, entity: "document", entityID: document.id,
                         agencyID: document.agencyID, action: "create", before: nil, after: json(document.header)),
            on: db)
    }

    public func document(id: String) async throws -> DocumentRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("documents").where("id", .equal, id)
                .first(decoding: DocumentRecord.self)
        }
    }

    public func documentHeader(id: String) async throws -> DocumentHeader? {
        try await database.withConnection { db in
            try await db.select().columns(DocumentHeader.columns).from("documents").where("id", .equal, id)
                .first(decoding: DocumentHeader.self)
        }
    }

    public func documents(_ query: DocumentQuery) async throws -> [DocumentHeader] {
        try await database.withConnection { db in
            let select = db.select().columns(DocumentHeader.columns).from("documents")
            let agencyIDs = query.agencyIDs, statuses = query.statuses
            if !query.orPublished, agencyIDs?.isEmpty == true || statuses?.isEmpty == true { return [] }
            select.where { group in
                // (agency in … and status in …) or, when asked, published
                var selection = group.where(SQLLiteral.boolean(true), .equal, SQLLiteral.boolean(true))
                if let agencyIDs { selection = agencyIDs.isEmpty ? selection.where(SQLLiteral.boolean(false), .equal, SQLLiteral.boolean(true)) : selection.where("agency_id", .in, agencyIDs) }
                if let statuses { selection = statuses.isEmpty ? selection.where(SQLLiteral.boolean(false), .equal, SQLLiteral.boolean(true)) : selection.where("status", .in, statuses.map(\.rawValue)) }
                if query.orPublished { selection = selection.orWhere("status", .equal, DocumentStatus.published.rawValue) }
                return selection
            }
            if let seriesID = query.seriesID { select.where("series_id", .equal, seriesID) }
            // Latest year first, documents without a year last, on both databases (they put
            // NULL at opposite ends), then by title and version.
            return try await select.all(decoding: DocumentHeader.self).sorted {
                ($0.fiscalYear.map { -$0 } ?? Int.max, $0.title, $0.version) < ($1.fiscalYear.map { -$0 } ?? Int.max, $1.title, $1.version)
            }
        }
    }

    public func documentCounts(fiscalYear: Int?) async throws -> [AgencyDocumentCounts] {
        try await database.withConnection { db in
            let select = db.select()
                .column("agency_id")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "documents")
                .column(SQLFunction("SUM", args: SQLColumn("error_count")), as: "errors")
                .column(SQLFunction("SUM", args: SQLColumn("warning_count")), as: "warnings")
                .from("documents").where("agency_id", .isNot, SQLLiteral.null)
            if let fiscalYear { select.where("fiscal_year", .equal, fiscalYear) }
            return try await select.groupBy("agency_id").all(decoding: AgencyDocumentCounts.self)
        }
    }

    public func transition(
        documentID: String, from: Set<DocumentStatus>, to status: DocumentStatus, comment: String?, by actorID: String?
    ) async throws -> DocumentHeader {
        let at = now().storeMilliseconds
        return try await database.transaction { db in
            guard let before = try await db.select().columns(DocumentHeader.columns).from("documents")
                .where("id", .equal, documentID).first(decoding: DocumentHeader.self) else {
                throw StoreError.notFound(entity: "document", id: documentID)
            }
            guard from.contains(before.status) else {
                throw StoreError.conflict("document \(documentID) is \(before.status.rawValue)")
            }
            // The status in the WHERE makes the step happen once even between two instances: the
            // second of two concurrent steps matches no row, and the check below refuses it.
            try await db.update("documents")
                .set("status", to: status.rawValue).set("review_comment", to: comment).set("updated_at", to: at)
                .where("id", .equal, documentID).where("status", .equal, before.status.rawValue)
                .run()
            let now = try await db.select().columns("status", "updated_at").from("documents").where("id", .equal, documentID)
                .first(decoding: StatusStamp.self)
            guard now?.status == status, now?.updatedAt == at else {
                throw StoreError.conflict("document \(documentID) changed meanwhile")
            }
            var after = before
            after.status = status
            after.reviewComment = comment
            after.updatedAt = at
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "document", entityID: documentID, agencyID: before.agencyID,
                             action: status.rawValue, before: Self.json(before), after: Self.json(after)),
                on: db)
            return after
        }
    }

    private struct StatusStamp: Decodable {
        enum CodingKeys: String, CodingKey { case status, updatedAt = "updated_at" }
        var status: DocumentStatus
        var updatedAt: Int64
    }

    // MARK: Imports

    public func failUnfinishedImports(before: Int64, message: String) async throws -> Int {
        try await database.withConnection { db in
            let unfinished = try await db.select().column("id").from("imports")
                .where("status", .in, [ImportRecord.Status.reading.rawValue, ImportRecord.Status.writing.rawValue])
                .where("updated_at", .lessThan, before)
                .all(decodingColumn: "id", as: String.self)
            guard !unfinished.isEmpty else { return 0 }
            try await db.update("imports").set("status", to: ImportRecord.Status.failed.rawValue).set("message", to: message)
                .where("id", .in, unfinished).run()
            return unfinished.count
        }
    }

    public func createImport(_ job: ImportRecord) async throws {
        try await database.withConnection { db in
            try await db.insert(into: "imports").model(job).run()
        }
    }

    public func importJob(id: String) async throws -> ImportRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("imports").where("id", .equal, id).first(decoding: ImportRecord.self)
        }
    }

    public func updateImport(id: String, status: ImportRecord.Status, done: Int, message: String?) async throws {
        let at = now().storeMilliseconds
        try await database.withConnection { db in
            try await db.update("imports").set("status", to: status.rawValue).set("done", to: done)
                .set("message", to: message).set("updated_at", to: at)
                .where("id", .equal, id).run()
        }
    }

    public func completeImport(id: String, agencies: [AgencyRecord], documents: [DocumentRecord], by actorID: String?) async throws {
        let at = now().storeMilliseconds
        let ids = Self.json(documents.map(\.id))
        try await database.transaction { db in
            for agency in agencies {
                try await Self.insert(agency, at: at, by: actorID, on: db)
            }
            for document in documents {
                try await Self.insert(document, at: at, by: actorID, on: db)
            }
            try await db.update("imports").set("status", to: ImportRecord.Status.succeeded.rawValue)
                .set("done", to: documents.count).set("document_ids", to: ids).set("updated_at", to: at)
                .where("id", .equal, id).run()
        }
    }

    // MARK: Budgets

    public func budget(id: String) async throws -> BudgetRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("budgets").where("id", .equal, id).first(decoding: BudgetRecord.self)
        }
    }

    public func budget(agencyID: String, fiscalYear: Int) async throws -> BudgetRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("budgets")
                .where("agency_id", .equal, agencyID).where("fiscal_year", .equal, fiscalYear)
                .first(decoding: BudgetRecord.self)
        }
    }

    public func budgetSummaries(agencyIDs: [String]?) async throws -> [BudgetSummary] {
        try await database.withConnection { db in
            let select = db.select().columns(BudgetRecord.summaryColumns).from("budgets")
            if let agencyIDs {
                if agencyIDs.isEmpty { return [] }
                select.where("agency_id", .in, agencyIDs)
            }
            return try await select.orderBy("fiscal_year", .descending).all(decoding: BudgetSummary.self)
        }
    }

    public func saveBudget(_ budget: BudgetRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        let basedOn = budget.updatedAt
        var budget = budget
        budget.updatedAt = at
        try await database.transaction { [budget, basedOn] db in
            let before = try await db.select().column("*").from("budgets").where("id", .equal, budget.id).for(.update)
                .first(decoding: BudgetRecord.self)
            try Self.check(before?.updatedAt, basedOn: basedOn, entity: "budget", id: budget.id)
            if before == nil {
                try await db.insert(into: "budgets").model(budget).run()
            } else {
                try await db.update("budgets").set(model: budget).where("id", .equal, budget.id).run()
            }
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "budget", entityID: budget.id, agencyID: budget.agencyID,
                             action: before == nil ? "create" : "update", before: before.map(\.inputJSON),
                             after: budget.inputJSON),
                on: db)
        }
    }

    public func regionTotals(fiscalYear: Int) async throws -> [RegionTotals] {
        try await database.withConnection { db in
            try await db.select()
                .column(SQLColumn("region", table: "agencies"))
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "agencies")
                // PostgreSQL sums bigints as numeric; the cast makes both databases answer a bigint.
                .column(SQLRaw("CAST(SUM(budgets.total_fen) AS BIGINT)"), as: "total_fen")
                .column(SQLRaw("CAST(SUM(budgets.three_public_fen) AS BIGINT)"), as: "three_public_fen")
                .from("budgets")
                .join("agencies", on: SQLColumn("agency_id", table: "budgets"), .equal, SQLColumn("id", table: "agencies"))
                .where(SQLColumn("fiscal_year", table: "budgets"), .equal, SQLBind(fiscalYear))
                .groupBy(SQLColumn("region", table: "agencies"))
                .all(decoding: RegionTotals.self).sorted { $0.region < $1.region }
        }
    }

    public func documentCount() async throws -> Int {
        try await database.withConnection { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("documents")
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    // MARK: Projects

    public func project(id: String) async throws -> ProjectRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("projects").where("id", .equal, id).first(decoding: ProjectRecord.self)
        }
    }

    public func projects(agencyIDs: [String]?) async throws -> [ProjectRecord] {
        try await database.withConnection { db in
            let select = db.select().column("*").from("projects")
            if let agencyIDs {
                if agencyIDs.isEmpty { return [] }
                select.where("agency_id", .in, agencyIDs)
            }
            return try await select.all(decoding: ProjectRecord.self).sorted { (-$0.fiscalYear, $0.name) < (-$1.fiscalYear, $1.name) }
        }
    }

    public func saveProject(_ project: ProjectRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        let basedOn = project.updatedAt
        var project = project
        project.updatedAt = at
        try await database.transaction { [project] db in
            let before = try await db.select().column("*").from("projects").where("id", .equal, project.id).for(.update)
                .first(decoding: ProjectRecord.self)
            try Self.check(before?.updatedAt, basedOn: basedOn, entity: "project", id: project.id)
            if before == nil {
                try await db.insert(into: "projects").model(project).run()
            } else {
                try await db.update("projects").set(model: project).where("id", .equal, project.id).run()
            }
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "project", entityID: project.id, agencyID: project.agencyID,
                             action: before == nil ? "create" : "update", before: before.map(Self.json), after: Self.json(project)),
                on: db)
        }
    }

    // MARK: Region rules

    public func regionRules(region: String) async throws -> RegionRulesRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("region_rules").where("region", .equal, region).first(decoding: RegionRulesRecord.self)
        }
    }

    public func saveRegionRules(_ rules: RegionRulesRecord, rescored: [ProjectRecord], by actorID: String?) async throws {
        let at = now().storeMilliseconds
        var rules = rules
        rules.updatedAt = at
        try await database.transaction { [rules] db in
            let before = try await db.select().column("*").from("region_rules").where("region", .equal, rules.region)
                .first(decoding: RegionRulesRecord.self)
            if before == nil {
                try await db.insert(into: "region_rules").model(rules).run()
            } else {
                try await db.update("region_rules").set(model: rules).where("region", .equal, rules.region).run()
            }
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "region_rules", entityID: rules.region, agencyID: nil,
                             action: before == nil ? "create" : "update", before: before.map(Self.json), after: Self.json(rules)),
                on: db)
            // Only the figures the rules decide change; the project's own save time stays, so
            // an open form on it is not refused for an edit nobody made to it.
            for project in rescored {
                let before = try await db.select().column("*").from("projects").where("id", .equal, project.id)
                    .first(decoding: ProjectRecord.self)
                try await db.update("projects").set("score", to: project.score).set("grade", to: project.grade)
                    .set("execution_rate", to: project.executionRate).where("id", .equal, project.id).run()
                try await Self.record(
                    HistoryEntry(actorID: actorID, at: at, entity: "project", entityID: project.id, agencyID: project.agencyID,
                                 action: "rescore", before: before.map(Self.json), after: Self.json(project)),
                    on: db)
            }
        }
    }

    /// An edit of a stored record must start from the version stored now: the row is locked
    /// (PostgreSQL) and its save time compared, so of two edits of one version only the first
    /// is stored, even between two instances. A new record starts from 0.
    private static func check(_ stored: Int64?, basedOn: Int64, entity: String, id: String) throws {
        guard let stored, stored != basedOn else { return }
        throw StoreError.conflict("\(entity) \(id) was saved at \(stored), after the version \(basedOn) this edit started from")
    }

    // MARK: History

    public func history(agencyID: String?, limit: Int) async throws -> [HistoryEntry] {
        try await database.withConnection { db in
            let select = db.select().column("*").from("history")
            if let agencyID { select.where("agency_id", .equal, agencyID) }
            return try await select.orderBy("at", .descending).orderBy("id").limit(limit)
                .all(decoding: HistoryEntry.self)
        }
    }

    private static func record(_ entry: HistoryEntry, on db: any SQLDatabase) async throws {
        try await db.insert(into: "history").model(entry).run()
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
