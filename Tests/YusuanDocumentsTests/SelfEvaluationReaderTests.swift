import Testing
import YusuanCore
import YusuanDocuments
import YusuanTestSupport

/// Seed 002's 绩效自评表 read into self-evaluation facts and scored by 财预〔2020〕10号.
///
/// The seed's 年度指标内容 cells mostly name an indicator without a target value
/// (`修缮验收合格率` beside `验收合格率100%`), and its text indicators need an evaluator's band,
/// so most rows score their execution rate and a few indicators, and their totals stay open:
/// a range, not a guess.
@Suite struct SelfEvaluationReaderTests {
    static let catalogues = try! CatalogueSet.bundled()

    static func seed() throws -> SelfEvaluation {
        let document = DocumentReader(catalogues: catalogues).read(text: try Fixtures.seed(2), file: "002")
        return try #require(SelfEvaluationReader.read(document))
    }

    static func project(_ name: String, in agency: String) throws -> ProjectSelfEvaluation {
        try #require(try seed().groups.first { $0.agency.contains(agency) }?.projects.first { $0.name == name })
    }

    static func d(_ text: String) -> DecimalNumber { DecimalNumber(text)! }

    @Test func readsTheAgencyGroupsAndTheirMoney() throws {
        let evaluation = try Self.seed()
        #expect(evaluation.title == "2021年度深圳市龙岗区财政局预算项目绩效自评表")
        #expect(evaluation.moneyScale == .tenThousandYuan)
        #expect(evaluation.groups.map(\.projects.count) == [9, 4, 3, 6])
        #expect(evaluation.groups.map(\.subtotalLabel) == ["局本级小计", nil, "评审中心小计", nil])
        // 局本级's 小计 is computed from its rows: 2041.62 万元 as printed; 1995.70 against a
        // printed 1995.68, which its publisher summed before rounding (nine rows of ±0.005).
        #expect(evaluation.groups[0].budget.total == Money(yuan: 20_416_200))
        #expect(evaluation.groups[0].actual.total == Money(yuan: 19_957_000))
        let repair = evaluation.groups[0].projects[0]
        #expect(repair.name == "办公楼修缮" && repair.sequence == "1")
        #expect(repair.budget.generalPublic == Money(yuan: 371_800) && repair.actual.total == Money(yuan: 308_000))
        #expect(repair.indicators.map(\.category) == [.quantity, .quality, .timeliness, .socialBenefit, .serviceSatisfaction])
        #expect(repair.problems == "无")
    }

    @Test func scoresTheExecutionRateOfEveryRow() throws {
        let scoring = SelfEvaluationScoring()
        // 30.8 ÷ 37.18 = 82.84% → 8.28; 36.34 ÷ 39.32 = 92.42% → 9.24 (the seed prints 92.45%).
        let repair = scoring.score(try Self.project("办公楼修缮", in: "本级"))
        #expect(repair.execution.rate == Self.d("82.84") && repair.execution.points == Self.d("8.28"))
        let equipment = scoring.score(try Self.project("设备购置与维护", in: "本级"))
        #expect(equipment.execution.points == Self.d("9.24"))
        // 0 ÷ 0: the row is not scored, and nothing is graded.
        let handover = scoring.score(try #require(try Self.seed().groups[3].projects.last))
        #expect(handover.execution.points == nil)
        #expect(handover.range == Interval(lower: 0, upper: 100) && handover.grade == nil)
    }

    @Test func scoresIndicatorsWhoseTargetAndResultAreFigures() throws {
        let scoring = SelfEvaluationScoring()
        // 评审业务信息化建设: 使用人员满意度情况达到90% / 满意度不低于90% → met, 10 of 10;
        // with the execution rate (2.34 ÷ 2.34) the row has earned 20 of 100 for sure.
        let informatisation = scoring.score(try Self.project("评审业务信息化建设", in: "评审"))
        let satisfaction = try #require(informatisation.indicators.last)
        #expect(satisfaction.points == Self.d("10.00") && satisfaction.method == .met)
        #expect(informatisation.range == Interval(lower: Self.d("20.00"), upper: 100))
        // 政府物业修缮: 工程修缮物业数量8处 and 尾款数量12处, reported as done, earn 12.50 each of
        // 产出's 50 (four indicators); with 56.99 ÷ 64.27 = 88.67% → 8.87 the row has 33.87.
        let repairs = scoring.score(try Self.project("政府物业修缮", in: "物业"))
        #expect(repairs.indicators.prefix(2).map(\.points) == [Self.d("12.50"), Self.d("12.50")])
        #expect(repairs.execution.points == Self.d("8.87"))
        #expect(repairs.range == Interval(lower: Self.d("33.87"), upper: Self.d("98.87")))
    }

    @Test func saysWhyTheRestCannotBeScored() throws {
        let repair = SelfEvaluationScoring().score(try Self.project("办公楼修缮", in: "本级"))
        #expect(repair.total == nil)
        #expect(repair.unscoredReasons.first?.zh.contains("只列指标名称") == true)
        // A row whose 不适用 cells slid by one: no indicator pair can be trusted.
        let finance = try Self.project("财政综合事务", in: "本级")
        #expect(finance.readingNote?.contains("错位") == true)
        #expect(SelfEvaluationScoring().score(finance).indicators.allSatisfy { $0.points == nil })
        let systems = try Self.project("信息系统维护与开发", in: "本级")
        #expect(systems.readingNote != nil, "its 满意度 slid into 问题")
    }
}
