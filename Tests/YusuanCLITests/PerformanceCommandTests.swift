import Foundation
import Testing
import YusuanTestSupport

/// `yusuan selfeval` and `yusuan review` as a user runs them, on seeds 000 and 002 and the
/// example facts in Examples/self-evaluation/.
@Suite struct PerformanceCommandTests {
    static let examples = CompileCommandTests.examples.appendingPathComponent("self-evaluation")

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-selfeval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func selfevalScoresTheExampleFacts() throws {
        let result = try Yusuan.run("selfeval", Self.examples.appendingPathComponent("longgang-2021.json").path)
        #expect(result.status == 0, "\(result.error)")
        // 8.2840 + 50 + 30 × 90% + 10 = 95.28; 8.8673 + 46.25 + 27.75 + 10 = 92.87.
        #expect(result.output.contains("1 办公楼修缮  预算 37.18  实际 30.80  执行率 82.84%  执行率得分 8.28/10  自评得分 95.28  等级 优"))
        #expect(result.output.contains("5 政府物业修缮  预算 64.27  实际 56.99  执行率 88.67%  执行率得分 8.87/10  自评得分 92.87  等级 优"))
        // 0 ÷ 0: no execution score, but the rest (90 of the other 90) already makes it 优.
        #expect(result.output.contains("自评得分 90.00–100.00  等级 优"))
        #expect(result.output.contains("合计  预算 101.45  实际 87.79  执行率 86.54%"))
    }

    @Test func selfevalRanksProjectsByScore() throws {
        let result = try Yusuan.run("selfeval", Self.examples.appendingPathComponent("longgang-2021.json").path, "--rank")
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.map { $0[0] } == ["1", "2", "—"])
        #expect(lines.map { $0[1] } == ["办公楼修缮", "政府物业修缮", "公园大地社区配套和公共服务用房有偿项目接收"])
        #expect(lines[0][3...5] == ["95.28", "优", "执行率 82.84%"])
    }

    @Test func selfevalUsesARegionsWeights() throws {
        let result = try Yusuan.run("selfeval", Self.examples.appendingPathComponent("longgang-2021.json").path,
                                    "--weights", Self.examples.appendingPathComponent("weights-example.json").path, "--format", "json")
        #expect(result.status == 0, "\(result.error)")
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let scores = try #require(json?["scores"] as? [[String: Any]])
        // 20 × 82.8402% + 40 + 27 + 10 = 93.57.
        #expect(scores.first?["total"] as? String == "93.57")
        #expect((json?["weights"] as? [String: Any])?["executionRate"] as? String == "20")
    }

    @Test func selfevalReadsSeed002AndWritesHTMLAndXLSX() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try Fixtures.url(Fixtures.seedPath(2)).path
        let text = try Yusuan.run("selfeval", seed)
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("1 办公楼修缮  预算 37.18  实际 30.80  执行率 82.84%  执行率得分 8.28/10  自评得分 8.28–98.28  等级 —"))
        #expect(text.output.contains("局本级小计  预算 2,041.62  实际 1,995.70"))
        #expect(text.output.contains("22 个项目，0 个得出总分"))
        let html = folder.appendingPathComponent("selfeval.html")
        #expect(try Yusuan.run("selfeval", seed, "--format", "html", "--out", html.path).status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<div class=\"caption\">2021年度深圳市龙岗区财政局预算项目绩效自评表</div>"))
        #expect(page.contains("<th rowspan=\"1\" colspan=\"4\">项目年度预算金额</th>"))
        #expect(page.contains("<tr class=\"subtotal\"><td class=\"label\">评审中心小计</td>"))
        #expect(page.contains("<tr class=\"total\"><td class=\"label\">合计</td>"))
        let xlsx = folder.appendingPathComponent("selfeval.xlsx")
        #expect(try Yusuan.run("selfeval", seed, "--format", "xlsx", "--out", xlsx.path).status == 0)
        let bytes = try Data(contentsOf: xlsx)
        #expect(bytes.starts(with: [0x50, 0x4B]), "a zip package")
    }

    @Test func selfevalRejectsBadInputWithTwo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"groups": [{"agency": "某单位", "projects": [{"name": "x", "budget": {"total": "十万"}, "actual": {}}]}]}"#.utf8).write(to: bad)
        let result = try Yusuan.run("selfeval", bad.path)
        #expect(result.status == 2)
        #expect(result.error.contains("groups[0].projects[0].budget.total"))
        let weights = folder.appendingPathComponent("weights.json")
        try Data(#"{"id": "x", "region": "x", "executionRate": 10, "output": 50, "outcome": 30, "satisfaction": 20}"#.utf8).write(to: weights)
        let wrong = try Yusuan.run("selfeval", Self.examples.appendingPathComponent("longgang-2021.json").path, "--weights", weights.path)
        #expect(wrong.status == 2 && wrong.error.contains("各项权重之和应为 100，实为 110"))
        let noTable = try Yusuan.run("selfeval", try Fixtures.url(Fixtures.seedPath(3)).path)
        #expect(noTable.status == 2 && noTable.error.contains("没有找到预算项目绩效自评表"))
        #expect(try Yusuan.run("selfeval", bad.path, "--format", "xlsx").status == 2, "xlsx needs --out")
    }

    @Test func reviewScoresSeed000sSheets() throws {
        let result = try Yusuan.run("review", try Fixtures.url(Fixtures.seedPath(0)).path)
        // Exit 1: the 绩效目标 has the error the bureau noted (其中1个填报有错).
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("✗ [indicator.value] 定量指标“通过验收并移交使用时间”的指标值“2021年一季度”不是数值"))
        #expect(result.output.contains("合计　100 / 100.00 / 76.00（印出 100.00 / 76.00）"))
        #expect(result.output.contains("三、项目管理　20 / 20.00 / 9.00"))
        #expect(result.output.contains("项目库检查：申请金额、对下转移支付、采购与购买服务逐年相符"))
    }

    @Test func reviewScoresATemplateFromAFile() throws {
        // Seed 000's scores, typed into the shipped template, give its totals.
        let result = try Yusuan.run("review", "--template", "standard", "--scores", Self.examples.appendingPathComponent("review-scores.json").path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("二、项目计划　57 / 57.00 / 46.00"))
        #expect(result.output.hasSuffix("合计　100 / 100.00 / 76.00\n"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tooHigh = folder.appendingPathComponent("scores.json")
        try Data(#"{"一/1.1/(1)": {"self": "9"}}"#.utf8).write(to: tooHigh)
        let refused = try Yusuan.run("review", "--template", "standard", "--scores", tooHigh.path)
        #expect(refused.status == 2 && refused.error.contains("得分 9 超过该项权重 8分"))
        let unknown = folder.appendingPathComponent("unknown.json")
        try Data(#"{"四/(1)": {"self": "1"}}"#.utf8).write(to: unknown)
        let missing = try Yusuan.run("review", "--template", "standard", "--scores", unknown.path)
        #expect(missing.status == 2 && missing.error.contains("评分有误（四/(1)）：表中没有这一评分项"))
    }

    @Test func reviewPrintsTemplatesAndRejectsBadOnes() throws {
        let standard = try Yusuan.run("review", "--template", "standard")
        #expect(standard.status == 0 && standard.output.hasPrefix("项目支出预算编审表（共 100 分，16 个评分项）"))
        let own = try Yusuan.run("review", "--template", Self.examples.appendingPathComponent("review-template.json").path)
        #expect(own.status == 0 && own.output.contains("2.2资金是否合理（30分）"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"title": "x", "outline": ["一、立项(40分)", "(1)依据(40分)"]}"#.utf8).write(to: bad)
        let result = try Yusuan.run("review", "--template", bad.path)
        #expect(result.status == 2 && result.error.contains("各部分分值之和为 40，应为 100"))
        #expect(try Yusuan.run("review").status == 2)
    }

    @Test func evaluateRecomputesSeed004sGrade() throws {
        let result = try Yusuan.run("evaluate", try Fixtures.url(Fixtures.seedPath(4)).path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("项目绩效　设定 60 分　实得 58 分"))
        #expect(result.output.contains("总分 98（印出 98）　等级 优（印出 优，类型 A）"))
        let none = try Yusuan.run("evaluate", try Fixtures.url(Fixtures.seedPath(3)).path)
        #expect(none.status == 2 && none.error.contains("没有找到绩效评价得分"))
    }
}
