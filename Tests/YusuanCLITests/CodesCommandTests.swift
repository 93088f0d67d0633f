import Foundation
import Testing

@Suite struct CodesCommandTests {
    @Test func looksUpACodeWithItsCategoryAndSection() throws {
        let result = try Yusuan.run("codes", "2080505")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("2080505 机关事业单位基本养老保险缴费支出"))
        #expect(result.output.contains("类 208 社会保障和就业支出"))
        #expect(result.output.contains("款 20805 行政事业单位养老支出"))
    }

    @Test func acceptsSplitAndGluedForms() throws {
        #expect(try Yusuan.run("codes", "208", "05", "05").output.hasPrefix("2080505 机关事业单位基本养老保险缴费支出"))
        let glued = try Yusuan.run("codes", "2120101行政运行（城乡社区管理事务）")
        #expect(glued.status == 0)
        #expect(glued.output.contains("目录名称后附上级名称"))
        let wrong = try Yusuan.run("codes", "2080505", "--name", "住房公积金")
        #expect(wrong.status == 2)
        #expect(wrong.output.contains("与目录名称“机关事业单位基本养老保险缴费支出”不符"))
    }

    @Test func anUnknownCodeIsBadInputWithAClearMessage() throws {
        let result = try Yusuan.run("codes", "2089998")
        #expect(result.status == 2)
        #expect(result.error.contains("没有编码 2089998"))
        #expect(result.error.contains("unverified, not necessarily invalid"))
        #expect(result.error.contains("20899 其他社会保障和就业支出"))
        let malformed = try Yusuan.run("codes", "12345")
        #expect(malformed.status == 2)
        #expect(malformed.error.contains("不是支出分类编码"))
        let usage = try Yusuan.run("codes")
        #expect(usage.status == 2)
        #expect(try Yusuan.run("nonsense").status == 2)
    }

    @Test func searchesNames() throws {
        let result = try Yusuan.run("codes", "--search", "养老")
        #expect(result.status == 0)
        #expect(result.output.contains("2080505\t机关事业单位基本养老保险缴费支出"))
        #expect(result.output.contains("30108\t机关事业单位基本养老保险缴费"))
    }

    @Test func printsJSON() throws {
        let result = try Yusuan.run("codes", "30239", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "其他交通费用")
        #expect(object["level"] as? String == "section")
        #expect(object["classification"] as? String == "economicDepartment")
        #expect((object["ancestors"] as? [[String: Any]])?.first?["code"] as? String == "302")
    }

    @Test func usesTheYearsNamesAndARegionsFile() throws {
        #expect(try Yusuan.run("codes", "210", "--year", "2018").output.hasPrefix("210 医疗卫生与计划生育支出"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("region-\(UUID()).tsv")
        try "code\tname\n3021101\t差旅费（市内）\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Yusuan.run("codes", "3021101", "--catalogue", file.path)
        #expect(result.status == 0)
        #expect(result.output.contains("3021101 差旅费（市内）"))
        #expect(result.output.contains("款 30211 差旅费"))
        let missing = try Yusuan.run("codes", "301", "--catalogue", "/nonexistent.tsv")
        #expect(missing.status == 2)
        #expect(missing.error.contains("/nonexistent.tsv"))
    }

    @Test func printsItsVersionAndCommands() throws {
        #expect(try Yusuan.run("--version").output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try Yusuan.run("--help")
        #expect(help.status == 0)
        #expect(help.output.contains("codes"))
    }
}
