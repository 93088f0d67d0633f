import ArgumentParser
import Foundation
import YusuanServer
import YusuanStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页应用 · Start the web application.",
        discussion: """
            Without --database-url (or DATABASE_URL) the data is kept in yusuan.sqlite in the working
            folder, created, migrated and filled with demo data on first start.
            """
    )

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("database-url"), help: "sqlite:PATH or postgres://… (default: DATABASE_URL, else sqlite:yusuan.sqlite).")
    var databaseURL: String?

    @Option(help: "Folder of seed documents loaded into an empty database as demo data.")
    var seeds: String = "Tests/Fixtures/seeds"

    @Option(help: "Folder whose subfolders hold the demo budgets (budget.json).")
    var examples: String = "Examples"

    @Option(help: "For load tests: add this many generated agencies with budgets to a new database.")
    var generate: Int = 0

    @Flag(name: .customLong("no-demo"), help: "Start empty: load no demo data.")
    var noDemo = false

    func run() async throws {
        let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:yusuan.sqlite"
        var isFolder: ObjCBool = false
        let seedsExist = FileManager.default.fileExists(atPath: seeds, isDirectory: &isFolder) && isFolder.boolValue
        try await WebApp.run(ServerConfiguration(
            host: host, port: port, database: DatabaseLocation(url),
            demoSeeds: noDemo || !seedsExist ? nil : URL(fileURLWithPath: seeds),
            demoBudgets: URL(fileURLWithPath: examples), generatedAgencies: generate))
    }
}
