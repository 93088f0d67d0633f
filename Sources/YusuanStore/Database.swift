import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Where the data lives: `sqlite:PATH` (or a bare path, or `sqlite::memory:`) or `postgres://…`.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case sqliteInMemory
    case postgres(url: String)

    /// Reads `sqlite:PATH`, `sqlite::memory:`, `postgres://…` / `postgresql://…`, or a file path.
    public init(_ text: String) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text == "sqlite::memory:" {
            self = .sqliteInMemory
        } else if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            self = .sqlite(path: path)
        } else {
            self = .sqlite(path: text)
        }
    }
}

/// A pool of connections to one database. `withConnection` hands one connection to its body,
/// so a transaction runs on one connection whatever the driver.
public final class Database: Sendable {
    private let lease: @Sendable (_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws -> Void
    private let close: @Sendable () async throws -> Void
    private let ownedGroup: MultiThreadedEventLoopGroup?
    public let location: DatabaseLocation

    /// `connectionsPerLoop` bounds PostgreSQL connections per event loop (one loop per core).
    public init(_ location: DatabaseLocation, logger: Logger = Logger(label: "yusuan.store"), connectionsPerLoop: Int = 4) throws {
        self.location = location
        switch location {
        case .sqlite, .sqliteInMemory:
            // SQLite has one writer at a time: one connection on one event loop serialises
            // access instead of meeting SQLITE_BUSY. A request may then wait for a large
            // upload's transaction, so it waits longer than the pool's 10 s default.
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let storage: SQLiteConfiguration.Storage =
                if case .sqlite(let path) = location { .file(path: path) } else { .memory }
            let pool = Pool(EventLoopGroupConnectionPool(
                source: SQLiteConnectionSource(configuration: .init(storage: storage, enableForeignKeys: true)),
                maxConnectionsPerEventLoop: 1, requestTimeout: .seconds(300), logger: logger, on: group), logger: logger) { $0.sql() }
            self.ownedGroup = group
            self.lease = { body in try await pool.lease(body) }
            self.close = { try await pool.pool.shutdownAsync() }
        case .postgres(let url):
            let configuration = try SQLPostgresConfiguration(url: url)
            let pool = Pool(EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration),
                maxConnectionsPerEventLoop: connectionsPerLoop, logger: logger, on: MultiThreadedEventLoopGroup.singleton),
                logger: logger) { $0.sql() }
            self.ownedGroup = nil
            self.lease = { body in try await pool.lease(body) }
            self.close = { try await pool.pool.shutdownAsync() }
        }
    }

    /// Runs `body` on one pooled connection.
    public func withConnection<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let result = ResultBox<R>()
        try await lease { database in result.value = try await body(database) }
        return result.value!
    }

    /// Runs `body` in one transaction: all of it is stored, or (if it throws) none of it.
    public func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { database in
            try await database.raw("BEGIN").run()
            do {
                let result = try await body(database)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    public func shutdown() async throws {
        try await close()
        try await ownedGroup?.shutdownGracefully()
    }
}

/// AsyncKit's pool, which guards its state with a lock but is not marked `Sendable`.
private final class Pool<Source: ConnectionPoolSource>: @unchecked Sendable where Source.Connection: Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
    let logger: Logger
    let sql: @Sendable (Source.Connection) -> any SQLDatabase

    init(_ pool: EventLoopGroupConnectionPool<Source>, logger: Logger, sql: @escaping @Sendable (Source.Connection) -> any SQLDatabase) {
        self.pool = pool
        self.logger = logger
        self.sql = sql
    }

    /// One connection for the whole of `body`, returned to the pool however `body` ends.
    func lease(_ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let connection = try await pool.requestConnection(logger: logger).get()
        do {
            try await body(sql(connection))
            pool.releaseConnection(connection, logger: logger)
        } catch {
            pool.releaseConnection(connection, logger: logger)
            throw error
        }
    }
}

/// Carries a result out of a `@Sendable` closure that runs exactly once before it is read.
private final class ResultBox<R>: @unchecked Sendable {
    var value: R?
}
