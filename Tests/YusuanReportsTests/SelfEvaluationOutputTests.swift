import Foundation
import Testing
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanTestSupport
import YusuanXLSX

/// The 绩效自评表 written in seed 002's layout and read back: the workbook holds every
/// project under its agency, each group's 小计 and the department's 合计, with the scores.
@Suite struct SelfEvaluationOutputTests {
    static func report() throws -> SelfEvaluationReport {
        let document = DocumentReader(catalogues: try CatalogueSet.bundled()).read(text: try Fixtures.seed(2), file: "002")
        return SelfEvaluationReport(try #require(SelfEvaluationReader.read(document)))
    }

    @Test func theWorkbookReadsBackInSeed002sLayout() throws {
        let workbook = try XLSXReader.read(try SelfEvaluationWorkbook.data(try Self.report()))
        let rows = try #require(workbook.sheets.first).rows
        #expect(rows[0].first == "2021年度深圳市龙岗区财政局预算项目绩效自评表")
        #expect(Array(rows[2].prefix(4)) == ["序号", "部门名称", "项目名称", "项目年度预算金额"])
        #expect(Array(rows[3][3...6]) == ["合计", "其中:财政拨款", "", "非财政资金"])
        #expect(Array(rows[4][4...5]) == ["一般公共预算", "政府性基金"])
        #expect(rows[2].suffix(3).first == "自评得分")
        let body = Array(rows.dropFirst(5))
        // 22 projects, four 小计 and one 合计.
        #expect(body.count == 27)
        #expect(Array(body[0].prefix(4)) == ["1", "深圳市龙岗区财政局(本级)", "办公楼修缮", "37.18"])
        #expect(body[0][11] == "82.84%")
        #expect(body[0].suffix(3) == ["8.28", "8.28–98.28", "—"])
        #expect(body.map(\.[0]).filter { Int($0) == nil } == [
            "局本级小计", "深圳市龙岗区财政国库支付中心小计", "评审中心小计", "深圳市龙岗区政府物业管理中心小计", "合计",
        ])
        #expect(Array(body[9][3...11]) == ["2,041.62", "2,041.62", "0.00", "0.00", "1,995.70", "1,995.70", "0.00", "0.00", "97.75%"])
        let total = try #require(body.last)
        #expect(total[0] == "合计")
        // Computed from the rows read: 2041.62 + 287.60 + 48.72 + 210.77. The seed prints 评审中心小计
        // 851.03 over three rows of 48.72: its first rows are on pages the fixture does not hold.
        #expect(total[3] == "2,588.71")
    }

    @Test func theHTMLNamesTheRuleAndWhatWentUnscored() throws {
        let html = try SelfEvaluationHTML(try Self.report()).html()
        #expect(html.contains("自评得分按《项目支出绩效评价管理办法》（财预〔2020〕10号）计算：预算执行率 10 分"))
        #expect(html.contains("<b>公园大地社区配套和公共服务用房有偿项目接收（社区健康服务中心、社区服务站、社区警务室）（深圳市龙岗区政府物业管理中心，序号 6）</b>"))
        #expect(html.contains("预算为 0，执行率（0.00 ÷ 0）没有定义"))
    }

    /// Facts written as the 绩效自评表 and read back score the same: targets print with their
    /// values (`年度修缮次数≥5次`), results with their units, qualitative ones as their band.
    @Test func aWrittenTableReadsBackToTheSameScores() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/self-evaluation/longgang-2021.json")
        let facts = try SelfEvaluationInput.read(try Data(contentsOf: examples))
        let written = SelfEvaluationReport(facts)
        #expect(written.scores.map(\.total) == [DecimalNumber("95.28"), DecimalNumber("92.87"), nil])
        let data = try SelfEvaluationWorkbook.data(written)
        let document = try DocumentReader(catalogues: try CatalogueSet.bundled()).read(data: data, file: "自评表.xlsx")
        let read = SelfEvaluationReport(try #require(SelfEvaluationReader.read(document)))
        #expect(read.evaluation.groups.map(\.agency) == facts.groups.map(\.agency))
        #expect(read.scores.map(\.total) == written.scores.map(\.total))
        #expect(read.scores.map(\.range) == written.scores.map(\.range))
        #expect(read.scores.map(\.grade) == [.excellent, .excellent, .excellent])
        let repair = try #require(read.evaluation.projects.first)
        #expect(repair.indicators.first?.name == "年度修缮次数≥5次")
        #expect(repair.indicators[3].attainment == .achieved && repair.indicators[3].attainmentRate == 90)
    }
}
