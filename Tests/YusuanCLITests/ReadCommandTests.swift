import Foundation
import Testing
import YusuanTestSupport

@Suite struct ReadCommandTests {
    @Test func summarisesADocument() throws {
        let result = try Yusuan.run("read", Fixtures.url(try Fixtures.seedPath(3)).path)
        #expect(result.status == 0)
        #expect(result.output.contains("部门预算公开 (budgetDisclosure)"))
        #expect(result.output.contains("新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站"))
        #expect(result.output.contains("表一 部门收支总体情况表 [revenueExpenditureSummary]"))
        #expect(result.output.contains("amount=461.83"))
    }

    @Test func printsTheDocumentedJSON() throws {
        let result = try Yusuan.run("read", "--format", "json", Fixtures.url(try Fixtures.seedPath(4)).path)
        #expect(result.status == 0)
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let document = try #require(documents.first)
        #expect(document["kind"] as? String == "budgetDisclosure")
        #expect(document["fiscalYear"] as? Int == 2024)
        #expect(document["moneyScale"] as? String == "tenThousandYuan")
        let tables = try #require(document["tables"] as? [[String: Any]])
        #expect(tables.map { $0["kind"] as? String } .first == "revenueExpenditureSummary")
        let basic = try #require(tables.last)
        let columns = try #require(basic["columns"] as? [[String: Any]])
        #expect(columns.compactMap { $0["meaning"] as? String } == ["economicCode", "name", "basic", "personnel", "operating"])
        let rows = try #require(basic["rows"] as? [[String: Any]])
        let goods = try #require(rows.first { $0["code"] as? String == "302" })
        #expect(goods["role"] as? String == "subtotal")
        #expect((goods["subject"] as? [String: Any])?["kind"] as? String == "economic")
        let cells = try #require(goods["cells"] as? [[String: Any]])
        let amount = try #require(cells.first { ($0["value"] as? [String: Any])?["kind"] as? String == "amount" })
        #expect((amount["value"] as? [String: Any])?["value"] as? String == "25.57", "amounts are strings")
        #expect((amount["location"] as? [String: Any])?["line"] as? Int != nil)
        #expect((document["statements"] as? [[String: Any]])?.isEmpty == false)
        #expect((document["unrecognized"] as? [Any])?.isEmpty == true)
    }

    @Test func anUnreadableFileIsReportedAndTheOthersStillRead() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID()).txt")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Yusuan.run("read", empty.path, Fixtures.url(try Fixtures.seedPath(2)).path)
        #expect(result.status == 2)
        #expect(result.error.contains("文件为空"))
        #expect(result.error.contains("the file is empty"))
        #expect(result.output.contains("绩效自评表 (selfEvaluation)"))
        #expect(try Yusuan.run("read", "/no/such/file.txt").status == 2)
    }
}
