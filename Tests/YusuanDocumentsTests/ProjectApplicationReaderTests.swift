import Foundation
import Testing
import YusuanCore
@testable import YusuanDocuments

/// Seed 000: 玉溪海关综合业务用房项目补助资金, a 项目支出预算申报 from Yunnan.
@Suite struct ProjectApplicationReaderTests {
    /// The seed, read from the committed fixtures (never ../shared).
    static func seedLines() throws -> [SourceLine] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seeds/000_9bf916aa446f0126.txt")
        return TextLines.lines(from: try String(contentsOf: url, encoding: .utf8))
    }

    static func seed() throws -> (application: ProjectApplication, unrecognized: [Unrecognized]) {
        let result = ProjectApplicationReader.read(try seedLines())
        return (try #require(result.application), result.unrecognized)
    }

    static func yuan(_ text: String) -> Money { Money(exactly: DecimalNumber(text)!)! }
    static func number(_ text: String) -> DecimalNumber { DecimalNumber(text)! }

    @Test func placesEveryLine() throws {
        let (_, unrecognized) = try Self.seed()
        #expect(unrecognized.isEmpty, "\(unrecognized.map { "\($0.location): \($0.text.prefix(40)) — \($0.reason)" })")
    }

    @Test func readsTheProjectInformation() throws {
        let project = try Self.seed().application.project
        #expect(project.name == "玉溪海关综合业务用房项目补助资金")
        #expect(project.primaryCode == "C205010103016")
        #expect(project.secondaryCode == "150003002")
        #expect(project.categoryText == "事业发展类")
        #expect(project.category == .development)
        #expect(project.expenditureGuarantee == "80602社会管理服务类")
        #expect(project.level == "下级")
        #expect(project.allocationMethod == "项目法")
        #expect(project.attribute == "一次性项目")
        #expect(project.implementationYear == 2020)
        #expect(project.periodYears == 2)
        #expect(project.startDate == "2020年1月1日")
        #expect(project.field == "普通项目")
        #expect(project.performanceClass == "099 其他")
        #expect(project.functionCode == FunctionCode("2011304"))
        #expect(project.functionName == "对外贸易管理")
        #expect(project.competentDepartment == "玉溪市商务局")
        #expect(project.competentDepartmentPhone == "8772025172")
        #expect(project.filler == "赵翠玲")
        let agency = project.implementingAgency
        #expect(agency.name == "玉溪市商务局")
        #expect(agency.address == "玉溪市红塔区抚仙路14号")
        #expect(agency.manager == "赵琼")
        #expect(agency.phone == "8772025172")
        #expect(agency.postcode == "653100")
        #expect(agency.email == "996935971@qq.com")
    }

    @Test func keepsEveryFlagTheFormAsks() throws {
        let flags = try Self.seed().application.project.flags
        #expect(flags.map(\.label) == [
            "是否重大项目", "钱物是否直接补助到人", "是否脱贫攻坚项目", "是否使用贫困县整合的涉农资金",
            "是否特定项目", "是否政府采购", "是否政府购买服务", "是否基本建设项目", "是否基金项目", "是否非税项目",
        ])
        #expect(flags.allSatisfy { $0.kind != nil && $0.value == nil }, "the seed leaves every answer blank")
        #expect(Set(flags.compactMap(\.kind)).count == ProjectFlag.Kind.allCases.count)
    }

    @Test func readsTheFundingBlockInYuan() throws {
        let project = try Self.seed().application.project
        #expect(project.funding(year: 2020, .localFiscal) == Self.yuan("20000000.00"))
        #expect(project.funding(year: 2021, .localFiscal) == Self.yuan("37000000.00"))
        #expect(project.funding(year: 2020, source: "本级财政安排") == Self.yuan("20000000.00"))
        #expect(project.statedTotal(year: 2020) == Self.yuan("20000000.00"))
        #expect(project.statedTotal(year: 2021) == Self.yuan("37000000.00"))
        #expect(project.sourcesTotal(year: 2021) == project.statedTotal(year: 2021))
        #expect(project.funding(year: 2020, .superiorTransfer) == nil)
        #expect(project.funding(year: 2022, .total) == nil)
        #expect(project.fundingYears == [2020, 2021])
        #expect(project.funding.count == 4)
        #expect(project.totalRequested == Self.yuan("57000000.00"))
    }

    @Test func readsTheNarratives() throws {
        let narratives = try Self.seed().application.project.narratives
        #expect(narratives.count == 13)
        #expect(narratives.compactMap(\.topic) == ProjectNarrative.Topic.allCases)
        let content = try #require(narratives.first { $0.topic == .content })
        #expect(content.title == "项目建设内容(目标)")
        #expect(content.group == "项目目标")
        #expect(content.text.hasPrefix("玉溪海关项目占地9996.10m2，总建筑面积22440.28m2"), "markup removed, <sup>2</sup> is 2")
        #expect(!content.text.contains("<"))
        #expect(narratives.first { $0.topic == .appraisal }?.group == "项目计划")
        #expect(narratives.first { $0.topic == .internalControl }?.group == "项目管理")
        #expect(narratives.first { $0.topic == .fundingBasis }?.text.hasPrefix("《玉溪海关综合用房项目实施方案》") == true)
    }

    @Test func readsTheYearlyGoals() throws {
        let goals = try Self.seed().application.target.yearGoals
        #expect(goals.map(\.fiscalYear) == [2020, 2021])
        #expect(goals[0].goal == "玉溪海关综合用房主体工程完成90%以上")
        #expect(goals[0].note == "完成固定资产投资1.3亿元")
        #expect(goals[1].goal == "玉溪海关综合用房通过验收并移交给玉溪海关投入使用")
        #expect(goals[1].note == nil)
    }

    @Test func readsTheSevenIndicators() throws {
        let indicators = try Self.seed().application.target.indicators
        typealias Row = (String, IndicatorTier, IndicatorCategory, IndicatorComparator, String, DecimalNumber?, String, MeasureUnit.Kind)
        let expected: [Row] = [
            ("综合业务用房面积", .output, .quantity, .equal, "13205.02", Self.number("13205.02"), "平方米", .area),
            ("生活配套用房面积", .output, .quantity, .equal, "4710.56", Self.number("4710.56"), "平方米", .area),
            ("地下停车库等人防工程面积", .output, .quantity, .equal, "3074.96", Self.number("3074.96"), "平方米", .area),
            ("工程验收合格率", .output, .quality, .equal, "100", 100, "%", .percent),
            ("通过验收并移交使用时间", .output, .timeliness, .atMost, "2021年一季度", nil, "%", .percent),
            ("项目投入使用后服务企业户数", .outcome, .socialBenefit, .atLeast, "70", 70, "年", .time),
            ("服务企业满意程度", .satisfaction, .serviceSatisfaction, .atLeast, "90", 90, "%", .percent),
        ]
        #expect(indicators.count == expected.count)
        for (indicator, row) in zip(indicators, expected) {
            #expect(indicator.name == row.0)
            #expect(indicator.tier == row.1, "\(row.0)")
            #expect(indicator.category == row.2, "\(row.0)")
            #expect(indicator.comparator == row.3, "\(row.0)")
            #expect(indicator.targetValue.text == row.4)
            #expect(indicator.targetValue.number == row.5, "\(row.0)")
            #expect(indicator.unit?.text == row.6)
            #expect(indicator.unit?.kind == row.7, "\(row.0)")
            #expect(indicator.isQuantitative == true)
            #expect(indicator.isCore == nil)
        }
        #expect(indicators[3].basis == "项目审计报告")
        #expect(indicators[3].note == "达到海关总署验收条件")
        #expect(indicators[0].basis?.hasPrefix("玉溪市人民政府关于印发玉溪海关综合用房项目实施方案的通知") == true)
    }

    @Test func readsTheTransferTable() throws {
        let application = try Self.seed().application
        #expect(application.transfers.count == 2)
        let total = try #require(application.transfers.first)
        #expect(total.isTotal)
        let region = try #require(application.transferRegions.first)
        #expect(region.region == "玉溪市高新技术开发区")
        #expect(region.year(2020)?.total == Self.yuan("20000000.00"))
        #expect(region.year(2020)?.localFiscal == Self.yuan("20000000.00"))
        #expect(region.year(2020)?.superiorTransfer == nil)
        #expect(region.year(2021)?.total == Self.yuan("37000000.00"))
        #expect(region.year(2021)?.localFiscal == Self.yuan("37000000.00"))
        #expect(region.year(2022) == nil)
        #expect(total.year(2021) == region.year(2021))
    }

    @Test func readsTheEmptyProcurementAndServiceTables() throws {
        let application = try Self.seed().application
        #expect(application.procurement.map(\.name) == ["合计"])
        #expect(application.procurement.first?.isTotal == true)
        #expect(application.procurement.first?.amount == nil)
        #expect(application.services.map(\.catalogue) == ["合计"])
        #expect(application.notes.count == 2)
        #expect(application.notes.first == "注：1、专项业务类项目不得补助下级")
    }

    @Test func roundTripsThroughJSON() throws {
        let application = try Self.seed().application
        let decoded = try JSONDecoder().decode(ProjectApplication.self, from: JSONEncoder().encode(application))
        #expect(decoded == application)
    }
}
