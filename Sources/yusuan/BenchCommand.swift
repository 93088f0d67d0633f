import ArgumentParser
import Foundation
import YusuanCore
import YusuanAudit
import YusuanDocuments

/// `yusuan bench …`: throughput figures for the heavy paths. A benchmark prints numbers;
/// tests never time anything.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "测量处理速度 · Measure throughput (documents/second, MB/second).",
        subcommands: [BenchReadCommand.self, BenchAuditCommand.self, BenchCompileCommand.self, BenchPDFCommand.self]
    )
}

struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read documents repeatedly and report documents/second and MB/second."
    )

    @Argument(help: "Documents to read (default: the seed documents under Tests/Fixtures/seeds).")
    var files: [String] = []

    @Option(name: .long, help: "How long to keep reading, in seconds.")
    var seconds: Double = 3

    func run() throws {
        let inputs = try BenchInputs.load(files)
        let reader = DocumentReader(catalogues: try bundledCatalogues())
        let result = BenchInputs.measure(seconds: seconds, inputs: inputs) { input in
            _ = try? reader.read(data: input.data, file: input.name)
        }
        print(result.report(what: "read"))
    }
}

struct BenchAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit documents repeatedly and report documents/second and MB/second.",
        discussion: "Prints four figures: reading and auditing on one core, auditing documents already read (with and without the culprit search), and reading and auditing on all cores."
    )

    @Argument(help: "Documents to audit (default: the seed documents under Tests/Fixtures/seeds).")
    var files: [String] = []

    @Option(name: .long, help: "How long to keep auditing, in seconds, for each figure.")
    var seconds: Double = 3

    func run() throws {
        let inputs = try BenchInputs.load(files)
        let catalogues = try bundledCatalogues()
        let reader = DocumentReader(catalogues: catalogues)
        let auditor = Auditor(catalogues: catalogues)
        let oneCore = BenchInputs.measure(seconds: seconds, inputs: inputs) { input in
            if let document = try? reader.read(data: input.data, file: input.name) { _ = auditor.audit(document) }
        }
        print(oneCore.report(what: "read + audit, 1 core"))
        let documents = Dictionary(uniqueKeysWithValues: inputs.compactMap { input in
            (try? reader.read(data: input.data, file: input.name)).map { (input.name, $0) }
        })
        let auditOnly = BenchInputs.measure(seconds: seconds, inputs: inputs) { input in
            if let document = documents[input.name] { _ = auditor.audit(document) }
        }
        print(auditOnly.report(what: "audit only, 1 core"))
        let withoutCulprits = Auditor(rules: RuleCatalogue.all.filter { $0.descriptor.id != IdentityCulpritRule.descriptor.id },
                                      catalogues: catalogues)
        let noCulprit = BenchInputs.measure(seconds: seconds, inputs: inputs) { input in
            if let document = documents[input.name] { _ = withoutCulprits.audit(document) }
        }
        print(noCulprit.report(what: "audit only without identity.culprit, 1 core"))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let allCores = BenchInputs.measure(seconds: seconds, inputs: [BenchInputs(name: "batch", data: Data())]) { _ in
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                if let document = try? reader.read(data: inputs[index].data, file: inputs[index].name) { _ = auditor.audit(document) }
            }
        }
        let rounds = allCores.documents
        let batch = BenchInputs.Result(documents: rounds * inputs.count, bytes: rounds * inputs.reduce(0) { $0 + $1.data.count },
                                       elapsed: allCores.elapsed)
        print(batch.report(what: "read + audit, \(cores) cores"))
    }
}

/// Files a benchmark works on, held in memory so that disk speed does not count.
struct BenchInputs {
    var name: String
    var data: Data

    static func load(_ files: [String]) throws -> [BenchInputs] {
        var paths = files
        if paths.isEmpty {
            let folder = "Tests/Fixtures/seeds"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw CommandFailure(zh: "请给出文件，或在仓库根目录运行（默认读取 \(folder)）",
                                     en: "give files, or run from the repository root (the default reads \(folder))")
            }
            paths = names.sorted().map { "\(folder)/\($0)" }
        }
        return try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(zh: "无法读取 \(path)", en: "cannot read \(path)")
            }
            return BenchInputs(name: path, data: data)
        }
    }

    struct Result {
        var documents: Int
        var bytes: Int
        var elapsed: Duration

        var seconds: Double { Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18 }

        func report(what: String) -> String {
            String(format: "%@: %d documents (%.2f MB) in %.2f s — %.1f documents/s, %.2f MB/s",
                   what, documents, Double(bytes) / 1_048_576, seconds, Double(documents) / seconds, Double(bytes) / 1_048_576 / seconds)
        }
    }

    /// Runs `work` over the inputs, round after round, for about `seconds`.
    static func measure(seconds: Double, inputs: [BenchInputs], _ work: (BenchInputs) -> Void) -> Result {
        measure(seconds: seconds, items: inputs) { input in
            work(input)
            return input.data.count
        }
    }

    /// Runs `work` over the items, round after round, for about `seconds`; `work` returns the
    /// bytes it handled, or nil for an item it could not handle (not counted).
    static func measure<Item>(seconds: Double, items: [Item], _ work: (Item) throws -> Int?) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        var documents = 0
        var bytes = 0
        repeat {
            for item in items {
                guard let handled = try work(item) else { continue }
                documents += 1
                bytes += handled
            }
        } while clock.now - start < .milliseconds(Int(seconds * 1000))
        return Result(documents: documents, bytes: bytes, elapsed: clock.now - start)
    }
}
