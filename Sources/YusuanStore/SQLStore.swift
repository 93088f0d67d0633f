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
            try await db.insert(into: "agencies").model(agency).run()
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "agency", entityID: agency.id,
                             agencyID: agency.id, action: "create", before: nil, after: Self.json(agency)),
                on: db)
        }
    }

    public func agencies() async throws -> [AgencyRecord] {
        try await database.withConnection { db in
            try await db.select().column("*").from("agencies").orderBy("name")
                .all(decoding: AgencyRecord.self)
        }
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

    public func deleteSession(id: String) async throws {
        try await database.withConnection { db in
            try await db.delete(from: "sessions").where("id", .equal, id).run()
        }
    }

    // MARK: Documents

    public func createDocument(_ document: DocumentRecord, by actorID: String?) async throws {
        let at = now().storeMilliseconds
        var shown = document
        shown.documentJSON = "…"  // the history says what changed, not the whole document again
        shown.findingsJSON = "…"
        let after = Self.json(shown)
        try await database.transaction { db in
            try await db.insert(into: "documents").model(document).run()
            try await Self.record(
                HistoryEntry(actorID: actorID, at: at, entity: "document", entityID: document.id,
                             agencyID: document.agencyID, action: "create", before: nil, after: after),
                on: db)
        }
    }

    public func document(id: String) async throws -> DocumentRecord? {
        try await database.withConnection { db in
            try await db.select().column("*").from("documents").where("id", .equal, id)
                .first(decoding: DocumentRecord.self)
        }
    }

    public func documents(_ query: DocumentQuery) async throws -> [DocumentRecord] {
        try await database.withConnection { db in
            let select = db.select().column("*").from("documents")
            if let agencyIDs = query.agencyIDs {
                if agencyIDs.isEmpty { return [] }
                select.where("agency_id", .in, agencyIDs)
            }
            if let statuses = query.statuses {
                if statuses.isEmpty { return [] }
                select.where("status", .in, statuses.map(\.rawValue))
            }
            return try await select.orderBy("fiscal_year", .descending).orderBy("title").orderBy("version")
                .all(decoding: DocumentRecord.self)
        }
    }

    public func documentCount() async throws -> Int {
        try await database.withConnection { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("documents")
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    // MARK: History

    public func history(agencyID: String?) async throws -> [HistoryEntry] {
        try await database.withConnection { db in
            let select = db.select().column("*").from("history")
            if let agencyID { select.where("agency_id", .equal, agencyID) }
            return try await select.orderBy("at", .descending).orderBy("id")
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
