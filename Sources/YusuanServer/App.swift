import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanStore

/// How `yusuan serve` runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// The folder of seed documents loaded into an empty database; nil for none.
    public var demoSeeds: URL?
    /// The budget inputs (`budget.json`, in folders) loaded with them.
    public var demoBudgets: URL?
    /// Generated agencies added to a new database, for load tests.
    public var generatedAgencies: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation = .sqlite(path: "yusuan.sqlite"),
                demoSeeds: URL? = nil, demoBudgets: URL? = nil, generatedAgencies: Int = 0) {
        self.host = host
        self.port = port
        self.database = database
        self.demoSeeds = demoSeeds
        self.demoBudgets = demoBudgets
        self.generatedAgencies = generatedAgencies
    }
}

public enum WebApp {
    /// The routes over a store: the server's whole behaviour, testable without a socket.
    public static func router(store: any Store, catalogues: CatalogueSet) throws -> Router<AppRequestContext> {
        let pages = try Pages()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: ProblemMiddleware(pages: pages))
        router.add(middleware: SessionMiddleware(store: store))
        router.add(middleware: CSRFMiddleware())
        router.get("/") { _, context in
            Response.redirect(to: context.user == nil ? "/documents" : "/overview", type: .found)
        }
        router.get("/health") { _, _ in "ok" }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
        let service = BudgetService(store: store, catalogues: catalogues)
        AuthController(store: store, pages: pages).addRoutes(to: router)
        DocumentController(store: store, pages: pages).addRoutes(to: router)
        ImportController(store: store, pages: pages, importer: Importer(store: store, batch: AuditBatch(catalogues: catalogues)))
            .addRoutes(to: router)
        BudgetController(store: store, pages: pages, service: service).addRoutes(to: router)
        AgencyController(store: store, pages: pages).addRoutes(to: router)
        OverviewController(store: store, pages: pages, catalogues: catalogues).addRoutes(to: router)
        ProjectController(store: store, pages: pages, reader: DocumentReader(catalogues: catalogues)).addRoutes(to: router)
        RegionRulesController(store: store, pages: pages).addRoutes(to: router)
        SelfEvaluationTableController(store: store).addRoutes(to: router)
        ApplicationFormController(store: store, pages: pages, catalogues: catalogues, library: try IndicatorLibrary.bundled())
            .addRoutes(to: router)
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
            // Only imports that stopped advancing: another instance serving this database may be running the rest.
            let interrupted = try await store.failUnfinishedImports(
                before: Date().addingTimeInterval(-Importer.stallTime).storeMilliseconds, message: Importer.interrupted)
            if interrupted > 0 { logger.info("marked \(interrupted) interrupted imports as failed") }
            let catalogues = try CatalogueSet.bundled()
            if let seeds = configuration.demoSeeds, try await store.documentCount() == 0 {
                try await DemoData.seedIfEmpty(store, seeds: seeds, budgets: configuration.demoBudgets, catalogues: catalogues)
                try await DemoData.generate(configuration.generatedAgencies, into: store, budgets: configuration.demoBudgets,
                                            catalogues: catalogues)
            }
            // A database without users (started with --no-demo) gets an administrator, once.
            if try await store.users().isEmpty {
                let password = SessionCookie.newToken().prefix(16)
                try await store.createUser(UserRecord(name: "admin", displayName: "管理员", passwordHash: Bcrypt.hash(String(password), cost: 10),
                                                      role: .administrator), by: nil)
                logger.notice("created the administrator: admin / \(password) — change the password at /account")
            }
            let app = Application(
                router: try router(store: store, catalogues: catalogues),
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

/// The OpenAPI description of the JSON API, served at `/openapi.yaml`.
enum OpenAPIDocument {
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "openapi: 3.0.3\n" }
        return text
    }()
}
