import Foundation
import SQLKit
import Testing
@testable import YusuanStore

/// A migrated store on a fresh SQLite file in the temporary folder, removed afterwards.
func withTemporaryStore<R: Sendable>(_ body: (SQLStore, Database) async throws -> R) async throws -> R {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("yusuan-store-\(UUID().uuidString).sqlite").path
    let database = try Database(.sqlite(path: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        try await Migrator().migrate(database)
        let result = try await body(SQLStore(database: database), database)
        try await database.shutdown()
        return result
    } catch {
        try? await database.shutdown()
        throw error
    }
}

@Suite("Migrations")
struct MigrationTests {
    @Test("a second run applies nothing, and each step is recorded once")
    func idempotent() async throws {
        try await withTemporaryStore { _, database in
            let again = try await Migrator().migrate(database)
            #expect(again.isEmpty)
            let applied = try await Migrator().applied(database)
            #expect(applied.map(\.version) == Migrations.all.map(\.version))
            #expect(applied.first?.name == Migrations.all.first?.name)
        }
    }

    @Test("a failing step leaves the database as it was: no tables, nothing recorded")
    func allOrNothing() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-fail-\(UUID().uuidString).sqlite").path
        let database = try Database(.sqlite(path: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        struct Boom: Error {}
        let failing = Migrator(migrations: Migrations.all + [Migration(version: 999, name: "fails") { _ in throw Boom() }])
        await #expect(throws: Boom.self) { try await failing.migrate(database) }
        let tables = try await database.withConnection { db in
            try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all(decodingColumn: "name", as: String.self)
        }
        #expect(!tables.contains("agencies"))
        #expect(!tables.contains(Migrations.table))
        try await database.shutdown()
    }

    @Test("locations are read from --database-url forms")
    func locations() {
        #expect(DatabaseLocation("sqlite:yusuan.sqlite") == .sqlite(path: "yusuan.sqlite"))
        #expect(DatabaseLocation("sqlite:///tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        #expect(DatabaseLocation("sqlite::memory:") == .sqliteInMemory)
        #expect(DatabaseLocation("postgres://u:p@localhost/db") == .postgres(url: "postgres://u:p@localhost/db"))
        #expect(DatabaseLocation("data/y.sqlite") == .sqlite(path: "data/y.sqlite"))
    }
}

@Suite("SQLStore")
struct SQLStoreTests {
    @Test("agencies, users, sessions and documents come back as stored, with history")
    func roundTrips() async throws {
        try await withTemporaryStore { store, _ in
            let department = AgencyRecord(name: "某某局", region: "喀什地区")
            let unit = AgencyRecord(name: "某某局机关", parentID: department.id, region: "喀什地区")
            try await store.createAgency(department, by: nil)
            try await store.createAgency(unit, by: nil)
            #expect(try await store.agency(id: unit.id) == unit)
            #expect(try await store.agency(named: "某某局") == department)
            #expect(try await store.agencies().count == 2)

            let user = UserRecord(name: "editor", displayName: "填报员", passwordHash: "$2b$hash",
                                  role: .agencyEditor, agencyID: unit.id)
            try await store.createUser(user, by: nil)
            #expect(try await store.user(named: "editor") == user)
            #expect(try await store.user(id: user.id) == user)

            let session = SessionRecord(id: "token", userID: user.id, createdAt: 1, expiresAt: 2)
            try await store.createSession(session)
            #expect(try await store.session(id: "token") == session)
            try await store.deleteSession(id: "token")
            #expect(try await store.session(id: "token") == nil)

            let document = DocumentRecord(
                fileName: "003.txt", kind: "budgetDisclosure", title: "2021年部门预算", agencyID: unit.id,
                fiscalYear: 2021, documentJSON: #"{"a":"预算"}"#, findingsJSON: "[]", errorCount: 1,
                createdAt: 5, updatedAt: 5)
            let orphan = DocumentRecord(
                fileName: "x.txt", kind: "unknown", title: "无单位", agencyID: nil, fiscalYear: nil,
                status: .published, documentJSON: "{}", findingsJSON: "[]", createdAt: 6, updatedAt: 6)
            try await store.createDocument(document, by: user.id)
            try await store.createDocument(orphan, by: nil)
            #expect(try await store.document(id: document.id) == document)
            #expect(try await store.documentCount() == 2)
            #expect(try await store.documents(DocumentQuery()).count == 2)
            #expect(try await store.documents(DocumentQuery(agencyIDs: [unit.id])) == [document])
            #expect(try await store.documents(DocumentQuery(agencyIDs: [])) == [])
            #expect(try await store.documents(DocumentQuery(statuses: [.published])) == [orphan])

            let history = try await store.history(agencyID: unit.id)
            #expect(history.map(\.entity).sorted() == ["agency", "document", "user"])
            let created = try #require(history.first { $0.entity == "document" })
            #expect(created.actorID == user.id)
            #expect(created.before == nil)
            #expect(created.after?.contains("2021年部门预算") == true)
            #expect(created.after?.contains("预算\"}") == false)  // not the whole document again
            #expect(history.first { $0.entity == "user" }?.after?.contains("$2b$") == false)
        }
    }

    @Test("a write that fails stores neither the row nor its history")
    func failedWriteLeavesNothing() async throws {
        try await withTemporaryStore { store, _ in
            let agency = AgencyRecord(name: "重复", region: "")
            try await store.createAgency(agency, by: nil)
            await #expect(throws: (any Error).self) {
                try await store.createAgency(AgencyRecord(name: "重复", region: ""), by: nil)
            }
            #expect(try await store.agencies().count == 1)
            #expect(try await store.history(agencyID: nil).count == 1)
        }
    }
}
