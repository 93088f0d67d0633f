import ArgumentParser
import Foundation
import YusuanCore
import YusuanReports

/// `yusuan bench compile`: packages/second compiling a unit (validate, build, read back,
/// audit) and writing it as HTML and as XLSX, each figure on its own.
struct BenchCompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile budget inputs repeatedly and report packages/second for HTML and XLSX.",
        discussion: "Each package is validated, built, read back and audited, then written in one format; PDF is not measured (it is Chromium's time)."
    )

    @Argument(help: "Budget inputs (default: the examples under Examples/).")
    var files: [String] = []

    @Option(name: .long, help: "How long to keep compiling, in seconds, for each figure.")
    var seconds: Double = 3

    func run() throws {
        var paths = files
        if paths.isEmpty {
            guard let folders = try? FileManager.default.contentsOfDirectory(atPath: "Examples") else {
                throw CommandFailure(zh: "请给出输入文件，或在仓库根目录运行（默认读取 Examples/）", en: "give input files, or run from the repository root (the default reads Examples/)")
            }
            paths = folders.sorted().map { "Examples/\($0)/budget.json" }.filter { FileManager.default.fileExists(atPath: $0) }
        }
        let inputs = try paths.map { path -> BudgetInput in
            guard let input = BudgetInputFile.read(contentsOf: URL(fileURLWithPath: path)).input else {
                throw CommandFailure(zh: "\(path) 不是有效的预算输入", en: "\(path) is not a valid budget input")
            }
            return input
        }
        let catalogues = try bundledCatalogues()
        let compiler = Compiler(catalogues: catalogues)
        let templates = try ReportTemplates()
        for format in [PackageFormat.html, .xlsx] {
            let result = try BenchInputs.measure(seconds: seconds, items: inputs) { input -> Int? in
                let result = compiler.compile(input)
                guard let package = result.package, let text = result.text, let facts = result.facts else { return nil }
                let files = try PackageFiles(package: package, text: text, facts: facts, catalogues: catalogues, templates: templates).files([format])
                return files.reduce(0) { $0 + $1.data.count }
            }
            print(String(format: "compile + %@, 1 core: %d packages in %.2f s — %.1f packages/s (%.2f MB written)",
                         format.rawValue, result.documents, result.seconds, Double(result.documents) / result.seconds,
                         Double(result.bytes) / 1_048_576))
        }
    }
}
