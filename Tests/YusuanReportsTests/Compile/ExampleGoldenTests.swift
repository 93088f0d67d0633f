import Foundation
import Testing
import YusuanCore
import YusuanReports
import YusuanTestSupport

/// The examples compile to the committed packages byte for byte, their facts reproduce
/// every figure the seeds print, and the narrative states the shares the seeds got wrong.
@Suite struct ExampleGoldenTests {
    static let examples = ["003-kashgar-2021", "004-xianning-2024"]

    static func compiled(_ folder: String) throws -> (Compiler.Result, [(path: String, data: Data)]) {
        let result = Compiler(catalogues: Examples.catalogues).compile(Examples.input(folder))
        let files = try PackageFiles(package: result.package!, text: result.text!, facts: result.facts!, catalogues: Examples.catalogues)
            .files([.md, .html, .xlsx, .fdp])
        return (result, files)
    }

    @Test(arguments: examples) func compilesToTheGoldenFiles(_ folder: String) throws {
        let (result, files) = try Self.compiled(folder)
        #expect(result.isPublishable, "\(result.findings.map(\.message.zh)) \(result.readBack)")
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message.zh))")
        for file in files {
            let golden = Examples.root.appendingPathComponent(folder).appendingPathComponent("package").appendingPathComponent(file.path)
            let committed = try Data(contentsOf: golden)
            #expect(committed == file.data, "\(folder)/package/\(file.path) differs: WRITE_EXAMPLES=1 swift test --filter writeExamples")
        }
    }

    @Test func seed003FiguresComeOutOfTheExample() {
        let facts = Compiler(catalogues: Examples.catalogues).compile(Examples.input("003-kashgar-2021")).facts!
        #expect(Set(facts.lines) == Set(Seed003.facts.lines))
        let views = DisclosureViews(facts: facts, catalogues: Examples.catalogues)
        #expect(Seed003.tables.flatMap { $0.differences(from: views) } == [])
    }

    @Test func seed004FiguresComeOutOfTheExample() {
        let facts = Compiler(catalogues: Examples.catalogues).compile(Examples.input("004-xianning-2024")).facts!
        let seedLines = Seed004.facts.lines.map { line in var line = line; line.agency = nil; return line }
        #expect(Set(facts.lines.map { line in var line = line; line.agency = nil; return line }) == Set(seedLines))
        let views = DisclosureViews(facts: facts, catalogues: Examples.catalogues)
        #expect(Seed004.tables.flatMap { $0.differences(from: views) } == [])
    }

    /// Seed 003 printed 54.00% and 46.00%; the facts say 54.46% and 45.54%.
    @Test func theNarrativeStatesTheCorrectShares() throws {
        let text = Compiler(catalogues: Examples.catalogues).compile(Examples.input("003-kashgar-2021")).text!
        #expect(text.contains("一般公共预算拨款 251.53 万元，占 54.46%，比上年预算增加 5.44 万元，增长 2.21%"))
        #expect(text.contains("其他收入 210.31 万元，占 45.54%"))
        #expect(text.contains("社会保障和就业支出（类）20.18 万元，占 8.02%"))
        #expect(!text.contains("54.00%"))
        let text004 = Compiler(catalogues: Examples.catalogues).compile(Examples.input("004-xianning-2024")).text!
        #expect(text004.contains("机关运行经费财政拨款预算 25.58 万元，比上年预算减少 56.41 万元，下降 68.80%"))
    }

    /// The workbook form of example 004 holds the same input as its JSON.
    @Test func theWorkbookExampleReadsAsTheJSON() throws {
        let data = try Data(contentsOf: Examples.root.appendingPathComponent("004-xianning-2024/budget.xlsx"))
        let read = BudgetInputFile.workbook(data)
        #expect(read.issues.isEmpty, "\(read.issues.map { $0.text(.zh, places: read.places) })")
        var json = Examples.input("004-xianning-2024")
        // The workbook names codes as the catalogue does; the JSON leaves names out.
        var workbook = try #require(read.input)
        for index in workbook.lines.indices { workbook.lines[index].functionName = nil; workbook.lines[index].economicName = nil }
        json.agency.parentCode = "222"
        #expect(workbook == json)
    }
}

extension ExampleGoldenTests {
    /// `WRITE_EXAMPLES=1 swift test --filter writeExamples` rewrites the golden packages and
    /// the workbook form of example 004, to review with `git diff`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WRITE_EXAMPLES"] != nil)) func writeExamples() throws {
        for folder in Self.examples {
            let package = Examples.root.appendingPathComponent(folder).appendingPathComponent("package")
            try? FileManager.default.removeItem(at: package)
            for file in try Self.compiled(folder).1 {
                let url = package.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
        }
        let input = Examples.input("004-xianning-2024")
        try BudgetWorkbookTemplate.data(input, catalogues: Examples.catalogues)
            .write(to: Examples.root.appendingPathComponent("004-xianning-2024/budget.xlsx"))
    }
}
