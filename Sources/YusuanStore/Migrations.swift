import Foundation
import SQLKit

/// One step of the schema. Steps are applied in `version` order and never edited once
/// released: a change to the schema is a new step at the end of `Migrations.all`.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let apply: @Sendable (any SQLDatabase) async throws -> Void

    public init(version: Int, name: String, apply: @escaping @Sendable (any SQLDatabase) async throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }
}

/// A migration as recorded in `schema_migrations`.
public struct AppliedMigration: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case version, name, appliedAt = "applied_at"
    }

    public var version: Int
    public var name: String
    public var appliedAt: Int64
}

public enum Migrations {
    public static let table = "schema_migrations"
    /// The PostgreSQL advisory lock migrations take (any number no other code uses: "yusuan" in ASCII).
    static let lockKey: Int64 = 0x79_75_73_75_61_6E

    /// The schema, in order. Built with SQLKit's builders and portable types only (text, bigint,
    /// integer), so it is the same on SQLite and PostgreSQL. Times are bigint milliseconds.
    public static let all: [Migration] = [
        Migration(version: 1, name: "agencies, users, sessions, documents, history, budgets, login failures, imports") { db in
            try await db.create(table: "agencies")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull, .unique)
                .column("parent_id", type: .text, .references("agencies", "id"))
                .column("region", type: .text, .notNull)
                .run()
            try await db.create(table: "users")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull, .unique)
                .column("display_name", type: .text, .notNull)
                .column("password_hash", type: .text, .notNull)
                .column("role", type: .text, .notNull)
                .column("agency_id", type: .text, .references("agencies", "id"))
                .column("region", type: .text, .notNull)
                .run()
            try await db.create(table: "sessions")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("user_id", type: .text, .notNull, .references("users", "id", onDelete: .cascade))
                .column("csrf_token", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("expires_at", type: .bigint, .notNull)
                .run()
            try await db.create(table: "documents")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("series_id", type: .text, .notNull)
                .column("file_name", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("title", type: .text, .notNull)
                .column("agency_id", type: .text, .references("agencies", "id"))
                .column("fiscal_year", type: .int)
                .column("status", type: .text, .notNull)
                .column("version", type: .int, .notNull)
                .column("review_comment", type: .text)
                .column("document_json", type: .text, .notNull)
                .column("findings_json", type: .text, .notNull)
                .column("error_count", type: .int, .notNull)
                .column("warning_count", type: .int, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await db.create(index: "documents_agency_year").on("documents").column("agency_id").column("fiscal_year").run()
            try await db.create(table: "history")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("actor_id", type: .text)
                .column("at", type: .bigint, .notNull)
                .column("entity", type: .text, .notNull)
                .column("entity_id", type: .text, .notNull)
                .column("agency_id", type: .text)
                .column("action", type: .text, .notNull)
                .column("before", type: .text)
                .column("after", type: .text)
                .run()
            try await db.create(index: "history_agency_at").on("history").column("agency_id").column("at").run()
            try await db.create(table: "budgets")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("agency_id", type: .text, .notNull, .references("agencies", "id"))
                .column("fiscal_year", type: .int, .notNull)
                .column("input_json", type: .text, .notNull)
                .column("total_fen", type: .bigint, .notNull)
                .column("general_public_fen", type: .bigint, .notNull)
                .column("three_public_fen", type: .bigint, .notNull)
                .column("classes_json", type: .text, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await db.create(index: "budgets_agency_year").unique().on("budgets").column("agency_id").column("fiscal_year").run()
            try await db.create(table: "login_failures")
                .column("name", type: .text, .notNull)
                .column("at", type: .bigint, .notNull)
                .run()
            try await db.create(index: "login_failures_name_at").on("login_failures").column("name").column("at").run()
            try await db.create(table: "imports")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("user_id", type: .text, .notNull, .references("users", "id"))
                .column("agency_id", type: .text, .references("agencies", "id"))
                .column("status", type: .text, .notNull)
                .column("total", type: .int, .notNull)
                .column("done", type: .int, .notNull)
                .column("message", type: .text)
                .column("document_ids", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
        },
        Migration(version: 2, name: "projects") { db in
            try await db.create(table: "projects")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("agency_id", type: .text, .notNull, .references("agencies", "id"))
                .column("fiscal_year", type: .int, .notNull)
                .column("name", type: .text, .notNull)
                .column("application_json", type: .text, .notNull)
                .column("self_evaluation_json", type: .text)
                .column("score", type: .text)
                .column("grade", type: .text)
                .column("execution_rate", type: .text)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await db.create(index: "projects_agency_year").on("projects").column("agency_id").column("fiscal_year").run()
        },
        Migration(version: 3, name: "region rules: self-evaluation weights and review template") { db in
            try await db.create(table: "region_rules")
                .column("region", type: .text, .primaryKey(autoIncrement: false))
                .column("weights_json", type: .text)
                .column("review_template_json", type: .text)
                .column("updated_at", type: .bigint, .notNull)
                .run()
        },
    ]
}

/// Applies the migrations a database has not seen yet, all in one transaction, and records
/// each in `schema_migrations`. Running it again applies nothing.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration] = Migrations.all) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Returns the versions it applied (empty when the schema was current).
    @discardableResult
    public func migrate(_ database: Database, now: @escaping @Sendable () -> Date = Date.init) async throws -> [Int] {
        let migrations = self.migrations
        return try await database.transaction { db in
            // Two instances starting at once on one PostgreSQL database: the second waits here
            // until the first has committed, then finds its steps applied. The lock ends with
            // the transaction. (SQLite lets one writer in at a time anyway.)
            if db.dialect.name == "postgresql" {
                try await db.raw("SELECT pg_advisory_xact_lock(\(literal: Migrations.lockKey))").run()
            }
            try await db.create(table: Migrations.table)
                .ifNotExists()
                .column("version", type: .int, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("applied_at", type: .bigint, .notNull)
                .run()
            let done = Set(try await db.select().column("version").from(Migrations.table)
                .all(decodingColumn: "version", as: Int.self))
            var applied: [Int] = []
            for migration in migrations where !done.contains(migration.version) {
                try await migration.apply(db)
                try await db.insert(into: Migrations.table)
                    .model(AppliedMigration(version: migration.version, name: migration.name,
                                            appliedAt: now().storeMilliseconds))
                    .run()
                applied.append(migration.version)
            }
            return applied
        }
    }

    /// What `schema_migrations` records, in order.
    public func applied(_ database: Database) async throws -> [AppliedMigration] {
        try await database.withConnection { db in
            try await db.select().columns("version", "name", "applied_at").from(Migrations.table)
                .orderBy("version")
                .all(decoding: AppliedMigration.self)
        }
    }
}
