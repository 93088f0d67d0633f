import Foundation
import Logging
import PostgresKit
import SQLKit
import YusuanStore

/// A new, empty database that is thrown away afterwards: a temporary SQLite file, or a new
/// database created next to the one `postgresURL` names (`CREATE DATABASE` on that server).
/// The tests run on both (PostgreSQL when `YUSUAN_TEST_POSTGRES_URL` is set), and the load
/// benchmark fills one.
public struct ScratchDatabase: Sendable {
    public let location: DatabaseLocation
    private let drop: @Sendable () async throws -> Void

    /// The databases the tests run on: SQLite always, and PostgreSQL too when the environment
    /// names a server (`YUSUAN_TEST_POSTGRES_URL`). Each is made when its turn comes.
    public static func each(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [@Sendable () async throws -> ScratchDatabase] {
        var makers: [@Sendable () async throws -> ScratchDatabase] = [{ sqlite() }]
        if let url = environment["YUSUAN_TEST_POSTGRES_URL"], !url.isEmpty { makers.append { try await postgres(url) } }
        return makers
    }

    public static func sqlite() -> ScratchDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-\(UUID().uuidString).sqlite").path
        return ScratchDatabase(location: .sqlite(path: path)) {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// A database named `yusuan_scratch_…` on the server of `url`, created through `url`'s own database.
    public static func postgres(_ url: String) async throws -> ScratchDatabase {
        let name = "yusuan_scratch_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await administer(url) { try await $0.raw("CREATE DATABASE \(unsafeRaw: String(name))").run() }
        guard var components = URLComponents(string: url) else { throw ScratchError.badURL(url) }
        components.path = "/" + name
        guard let scratch = components.string else { throw ScratchError.badURL(url) }
        return ScratchDatabase(location: .postgres(url: scratch)) {
            try await administer(url) { try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run() }
        }
    }

    /// Opens the scratch database, migrates it, runs `body`, closes and drops it however `body` ends.
    public func use<R: Sendable>(migrate: Bool = true, _ body: (Database) async throws -> R) async throws -> R {
        // One connection per loop: tests run in parallel, each on its own scratch database,
        // and PostgreSQL's default allows 100 connections in all.
        let database = try Database(location, connectionsPerLoop: 1)
        do {
            if migrate { try await Migrator().migrate(database) }
            let result = try await body(database)
            try await database.shutdown()
            try await drop()
            return result
        } catch {
            try? await database.shutdown()
            try? await drop()
            throw error
        }
    }

    private static func administer(_ url: String, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let admin = try Database(.postgres(url: url), logger: Logger(label: "yusuan.scratch"), connectionsPerLoop: 1)
        do {
            try await admin.withConnection(body)
            try await admin.shutdown()
        } catch {
            try? await admin.shutdown()
            throw error
        }
    }

    enum ScratchError: Error {
        case badURL(String)
    }
}
