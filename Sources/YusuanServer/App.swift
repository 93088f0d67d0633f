import Foundation
import Hummingbird
import Logging
import YusuanStore

/// How `yusuan serve` runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// The folder of seed documents loaded into an empty database; nil for none.
    public var demoSeeds: URL?

    public init(host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation = .sqlite(path: "yusuan.sqlite"), demoSeeds: URL? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.demoSeeds = demoSeeds
    }
}

public enum WebApp {
    /// The routes over a store: the server's whole behaviour, testable without a socket.
    public static func router(store: any Store) throws -> Router<AppRequestContext> {
        let pages = try Pages()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: SessionMiddleware(store: store))
        router.get("/") { _, _ in Response.redirect(to: "/documents", type: .found) }
        router.get("/health") { _, _ in "ok" }
        AuthController(store: store, pages: pages).addRoutes(to: router)
        DocumentController(store: store, pages: pages).addRoutes(to: router)
        return router
    }

    /// Opens (and, the first time, creates, migrates and fills) the database, then serves
    /// until stopped.
    public static func run(_ configuration: ServerConfiguration) async throws {
        var logger = Logger(label: "yusuan")
        logger.logLevel = .info
        let database = try Database(configuration.database, logger: logger)
        do {
            let applied = try await Migrator().migrate(database)
            if !applied.isEmpty { logger.info("applied migrations \(applied)") }
            let store = SQLStore(database: database)
            if let seeds = configuration.demoSeeds {
                try await DemoData.seedIfEmpty(store, seeds: seeds)
            }
            let app = Application(
                router: try router(store: store),
                configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Yusuan"),
                logger: logger)
            try await app.runService()
            try await database.shutdown()
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}
