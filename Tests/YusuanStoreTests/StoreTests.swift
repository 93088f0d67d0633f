import Foundation
import SQLKit
import Testing
@testable import YusuanStore
import YusuanStoreTestSupport

/// Runs `body` on a migrated store on a temporary SQLite file, and again on a new PostgreSQL
/// database when `YUSUAN_TEST_POSTGRES_URL` is set. Each is dropped afterwards.
func withTemporaryStore(_ body: (SQLStore, Database) async throws -> Void) async throws {
    for make in ScratchDatabase.each() {
        try await make().use { database in try await body(SQLStore(database: database), database) }
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
        struct Boom: Error {}
        for make in ScratchDatabase.each() { try await make().use(migrate: false) { database in
            let failing = Migrator(migrations: Migrations.all + [Migration(version: 999, name: "fails") { _ in throw Boom() }])
            await #expect(throws: Boom.self) { try await failing.migrate(database) }
            // Both databases answer this standard question; SQLite through its own catalogue.
            let isPostgres: Bool = if case .postgres = database.location { true } else { false }
            let sql = !isPostgres
                ? "SELECT name AS table_name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            let tables = try await database.withConnection { db in
                try await db.raw(SQLQueryString(sql)).all(decodingColumn: "table_name", as: String.self)
            }
            #expect(!tables.contains("agencies"))
            #expect(!tables.contains(Migrations.table))
        } }
    }

    @Test("two instances migrating one new database at once: one applies every step, the other waits and applies none")
    func concurrentFirstStarts() async throws {
        for make in ScratchDatabase.each() { try await make().use(migrate: false) { database in
            let other = try Database(database.location, connectionsPerLoop: 1)
            let first = Task { try await Migrator().migrate(database) }
            let second = Task { try await Migrator().migrate(other) }
            let results = [await first.result, await second.result]
            try await other.shutdown()  // before any expectation fails: a pool must be shut down
            #expect(try results.map { try $0.get().count }.sorted() == [0, Migrations.all.count], "\(database.location)")
            #expect(try await Migrator().applied(database).map(\.version) == Migrations.all.map(\.version))
        } }
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

            let session = SessionRecord(id: "token", userID: user.id, csrfToken: "csrf", createdAt: 1, expiresAt: 2)
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
            // The dated document first, the undated one last, on both databases.
            #expect(try await store.documents(DocumentQuery()).map(\.id) == [document.id, orphan.id])
            #expect(try await store.documents(DocumentQuery(agencyIDs: [unit.id])) == [document.header])
            #expect(try await store.documents(DocumentQuery(agencyIDs: [])) == [])
            #expect(try await store.documents(DocumentQuery(statuses: [.published])) == [orphan.header])
            #expect(try await store.documentCounts(fiscalYear: 2021) == [AgencyDocumentCounts(agencyID: unit.id, documents: 1, errors: 1, warnings: 0)])

            let history = try await store.history(agencyID: unit.id, limit: 100)
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
            #expect(try await store.history(agencyID: nil, limit: 100).count == 1)
        }
    }
}

@Suite("SQLStore: workflow, imports, budgets, sign-in failures")
struct SQLStoreWorkflowTests {
    static func draft(agencyID: String?, id: String = UUID().uuidString) -> DocumentRecord {
        DocumentRecord(id: id, fileName: "a.txt", kind: "budgetDisclosure", title: "草稿", agencyID: agencyID, fiscalYear: 2024,
                       documentJSON: "{}", findingsJSON: "[]", createdAt: 1, updatedAt: 1)
    }

    @Test("a step moves the status once, records before and after, and refuses a second identical step")
    func transition() async throws {
        try await withTemporaryStore { store, _ in
            let agency = AgencyRecord(name: "单位")
            try await store.createAgency(agency, by: nil)
            let document = Self.draft(agencyID: agency.id)
            try await store.createDocument(document, by: nil)
            let moved = try await store.transition(documentID: document.id, from: [.draft, .returned], to: .submitted, comment: nil, by: nil)
            #expect(moved.status == .submitted)
            await #expect(throws: StoreError.self) {
                try await store.transition(documentID: document.id, from: [.draft, .returned], to: .submitted, comment: nil, by: nil)
            }
            _ = try await store.transition(documentID: document.id, from: [.submitted], to: .returned, comment: "表三合计不符", by: nil)
            #expect(try await store.documentHeader(id: document.id)?.reviewComment == "表三合计不符")
            let steps = try await store.history(agencyID: agency.id, limit: 10).filter { $0.entity == "document" && $0.action != "create" }
            #expect(Set(steps.map(\.action)) == ["submitted", "returned"])
            let returned = try #require(steps.first { $0.action == "returned" })
            #expect(returned.before?.contains(#""status":"submitted""#) == true)
            #expect(returned.after?.contains(#""status":"returned""#) == true)
        }
    }

    @Test("an import stores all its documents and agencies at once, or nothing when one row fails")
    func importAllOrNothing() async throws {
        try await withTemporaryStore { store, _ in
            let user = UserRecord(name: "admin", displayName: "管理员", passwordHash: "x", role: .administrator)
            try await store.createUser(user, by: nil)
            let job = ImportRecord(userID: user.id, agencyID: nil, total: 3, createdAt: 1, updatedAt: 1)
            try await store.createImport(job)
            let agency = AgencyRecord(name: "新单位")
            // The third document repeats the first's id: the insert fails after two rows went in.
            let documents = [Self.draft(agencyID: agency.id, id: "d1"), Self.draft(agencyID: agency.id, id: "d2"), Self.draft(agencyID: nil, id: "d1")]
            await #expect(throws: (any Error).self) {
                try await store.completeImport(id: job.id, agencies: [agency], documents: documents, by: user.id)
            }
            #expect(try await store.documentCount() == 0)
            #expect(try await store.agencies().isEmpty)
            #expect(try await store.importJob(id: job.id)?.status == .reading)
            try await store.completeImport(id: job.id, agencies: [agency], documents: Array(documents.prefix(2)), by: user.id)
            #expect(try await store.documentCount() == 2)
            let done = try #require(try await store.importJob(id: job.id))
            #expect(done.status == .succeeded)
            #expect(done.documentIDs == #"["d1","d2"]"#)
        }
    }

    @Test("agencies come by region, by subtree however deep, and by id, in name order on both databases")
    func agencyScopes() async throws {
        try await withTemporaryStore { store, _ in
            let top = AgencyRecord(name: "部门", region: "东区")
            let unit = AgencyRecord(name: "单位乙", parentID: top.id, region: "东区")
            let deep = AgencyRecord(name: "单位甲", parentID: unit.id, region: "东区")
            let other = AgencyRecord(name: "Other", region: "西区")
            for agency in [top, unit, deep, other] { try await store.createAgency(agency, by: nil) }
            #expect(try await store.agencies(under: top.id).map(\.name) == ["单位乙", "单位甲", "部门"])
            #expect(try await store.agencies(under: unit.id).map(\.name) == ["单位乙", "单位甲"])
            #expect(try await store.agencies(region: "西区") == [other])
            #expect(try await store.agencies(ids: [other.id, "missing"]) == [other])
            // Sorted by code point, not by a database's collation: Latin before CJK everywhere.
            #expect(try await store.agencies().map(\.name) == ["Other", "单位乙", "单位甲", "部门"])
        }
    }

    @Test("a budget is saved with its history, replaced in place, and summed by region in whole 分")
    func budgets() async throws {
        try await withTemporaryStore { store, _ in
            let a = AgencyRecord(name: "甲", region: "东区"), b = AgencyRecord(name: "乙", region: "东区"), c = AgencyRecord(name: "丙", region: "西区")
            for agency in [a, b, c] { try await store.createAgency(agency, by: nil) }
            func budget(_ agency: AgencyRecord, _ fen: Int64, id: String = UUID().uuidString) -> BudgetRecord {
                BudgetRecord(id: id, agencyID: agency.id, fiscalYear: 2024, inputJSON: #"{"fen":\#(fen)}"#, totalFen: fen,
                             generalPublicFen: fen, threePublicFen: 1, classesJSON: "{}", updatedAt: 0)
            }
            try await store.saveBudget(budget(a, 120_556, id: "ba"), by: nil)
            try await store.saveBudget(budget(b, 1, id: "bb"), by: nil)
            try await store.saveBudget(budget(c, 99, id: "bc"), by: nil)
            // A replacement starts from the version stored; one that started from an older version is refused.
            let first = try #require(try await store.budget(id: "ba"))
            var replacement = budget(a, 120_557, id: "ba")
            replacement.updatedAt = first.updatedAt
            try await store.saveBudget(replacement, by: nil)
            let stale = budget(a, 7, id: "ba")
            await #expect(throws: StoreError.self) { try await store.saveBudget(stale, by: nil) }
            #expect(try await store.budget(agencyID: a.id, fiscalYear: 2024)?.totalFen == 120_557)
            #expect(try await store.budgetSummaries(agencyIDs: [a.id, b.id]).count == 2)
            let totals = try await store.regionTotals(fiscalYear: 2024)
            #expect(totals == [RegionTotals(region: "东区", agencies: 2, totalFen: 120_558, threePublicFen: 2),
                               RegionTotals(region: "西区", agencies: 1, totalFen: 99, threePublicFen: 1)])
            let history = try await store.history(agencyID: a.id, limit: 10).filter { $0.entity == "budget" }
            let update = try #require(history.first { $0.action == "update" })
            #expect(update.before == #"{"fen":120556}"#)
            #expect(update.after == #"{"fen":120557}"#)
        }
    }

    @Test("failed sign-ins are counted per name within the window, and cleared")
    func loginFailures() async throws {
        try await withTemporaryStore { store, _ in
            for at in [100, 200, 300] as [Int64] { try await store.recordLoginFailure(name: "bureau", at: at) }
            try await store.recordLoginFailure(name: "other", at: 300)
            #expect(try await store.loginFailures(name: "bureau", since: 150) == 2)
            try await store.clearLoginFailures(name: "bureau")
            #expect(try await store.loginFailures(name: "bureau", since: 0) == 0)
            #expect(try await store.loginFailures(name: "other", since: 0) == 1)
        }
    }
}
