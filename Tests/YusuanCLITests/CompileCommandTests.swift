import Foundation
import Testing

/// `yusuan compile` and `yusuan template budget` as a user runs them.
@Suite struct CompileCommandTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func anExampleCompilesToItsFiles() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Yusuan.run("compile", Self.examples.appendingPathComponent("004-xianning-2024/budget.xlsx").path,
                                    "--out", out.path, "--format", "md,xlsx,fdp")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("审核发现 0 条（无错误）"))
        for file in ["disclosure.md", "disclosure.txt", "disclosure.xlsx", "open-data/datapackage.json", "open-data/budget-lines.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func badInputExitsWithTwoAndNamesThePlace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("bad.json")
        try Data(#"{"agency": {"code": "1", "name": "某单位"}, "fiscalYear": 2025, "lines": [{"function": "2080505", "kind": "basicPersonnel", "source": "otherRevenue", "amount": "-3"}]}"#.utf8).write(to: input)
        let result = try Yusuan.run("compile", input.path, "--out", folder.appendingPathComponent("out").path)
        #expect(result.status == 2)
        #expect(result.error.contains("[错误] lines[0].amount：金额不得为负：-3.00 元"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    /// A year-end balance in a budget: the auditor's identities do not hold, so nothing is written.
    @Test func aPackageWithAnErrorFindingIsNotWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("balance.json")
        try Data(#"{"agency": {"code": "1", "name": "某某市某某服务中心"}, "fiscalYear": 2025, "lines": [{"function": "2080505", "economic": "30108", "kind": "basicPersonnel", "source": "generalPublicBudget", "amount": "500000"}, {"function": "2080505", "economic": "30108", "kind": "basicPersonnel", "source": "generalPublicBudget", "use": "yearEndBalance", "amount": "100000"}]}"#.utf8).write(to: input)
        let result = try Yusuan.run("compile", input.path, "--out", folder.appendingPathComponent("out").path)
        #expect(result.status == 1)
        #expect(result.output.contains("[错误]"))
        #expect(result.error.contains("未写出任何文件"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func theTemplateIsAWorkbookWithOneSheetPerKindOfFact() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("budget.xlsx")
        let result = try Yusuan.run("template", "budget", "--out", file.path)
        #expect(result.status == 0)
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: Data("PK".utf8)))
        let compiled = try Yusuan.run("compile", file.path, "--out", folder.appendingPathComponent("out").path)
        #expect(compiled.status == 2)
        #expect(compiled.error.contains("工作表“单位信息”第 6 行“预算年度”（B6）：预算年度必填"))
    }
}
