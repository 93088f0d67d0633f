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

    static let balanceBudget = #"{"agency": {"code": "1", "name": "某某市某某服务中心"}, "fiscalYear": 2025, "lines": [{"function": "2080505", "economic": "30108", "kind": "basicPersonnel", "source": "generalPublicBudget", "amount": "500000"}, {"function": "2080505", "economic": "30108", "kind": "basicPersonnel", "source": "generalPublicBudget", "use": "yearEndBalance", "amount": "100000"}]}"#

    /// A budget that plans a year-end balance: spending tables exclude it, 总计 rows include it.
    @Test func aBudgetWithAYearEndBalanceCompilesClean() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("balance.json")
        try Data(Self.balanceBudget.utf8).write(to: input)
        let result = try Yusuan.run("compile", input.path, "--out", folder.appendingPathComponent("out").path, "--format", "md")
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.error.contains("审核发现 0 条") || result.output.contains("审核发现 0 条"))
    }

    /// A bureau's pack that requires a table the package does not have: an error finding, so
    /// nothing is written.
    @Test func aPackageWithAnErrorFindingIsNotWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("balance.json")
        try Data(Self.balanceBudget.utf8).write(to: input)
        let pack = folder.appendingPathComponent("pack.json")
        try Data("""
            {"id": "测试", "title": {"zh": "测试", "en": "test"}, "region": "测试", "extends": "全国",
             "added": [{"id": "test.procurement", "template": "disclosure.required-tables", "severity": "error",
                        "title": {"zh": "政府采购表", "en": "procurement table"}, "reason": {"zh": "要求", "en": "required"},
                        "parameters": {"tableKinds": ["procurement"]}}]}
            """.utf8).write(to: pack)
        let result = try Yusuan.run("compile", input.path, "--out", folder.appendingPathComponent("out").path, "--pack", pack.path)
        #expect(result.status == 1)
        #expect(result.output.contains("test.procurement") || result.error.contains("test.procurement"))
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
