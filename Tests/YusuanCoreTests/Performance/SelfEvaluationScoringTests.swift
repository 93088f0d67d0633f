import Foundation
import Testing
import YusuanCore

/// The 财预〔2020〕10号 formulas at their edges, with hand-computed scores.
@Suite struct SelfEvaluationScoringTests {
    static func d(_ text: String) -> DecimalNumber { DecimalNumber(text)! }
    static func wan(_ text: String) -> Money { Money(exactly: d(text), in: .tenThousandYuan)! }

    static func quantitative(_ name: String, _ category: IndicatorCategory, _ comparator: IndicatorComparator? = .atLeast,
                             target: String, actual: String?) -> IndicatorCompletion {
        IndicatorCompletion(name: name, category: category, comparator: comparator, target: TargetValue(target),
                            actual: actual.map(TargetValue.init))
    }

    static func share(_ indicator: IndicatorCompletion) -> DecimalNumber? {
        try? SelfEvaluationScoring.completion(of: indicator).get().share
    }

    @Test func executionRateScoresInProportionAndCapsAtItsWeight() {
        let scoring = SelfEvaluationScoring()
        // 30.8 ÷ 37.18 = 82.8402…%: 8.28 of 10 (seed 002, 办公楼修缮).
        let partly = scoring.scoreExecution(budget: Self.wan("37.18"), actual: Self.wan("30.8"))
        #expect(partly.rate == Self.d("82.84"))
        #expect(partly.points == Self.d("8.28"))
        // Over-execution: 120% is printed as such but earns no more than the weight.
        let over = scoring.scoreExecution(budget: Money(yuan: 100), actual: Money(yuan: 120))
        #expect(over.rate == Self.d("120.00"))
        #expect(over.points == Self.d("10.00"))
    }

    @Test func zeroOverZeroHasNoExecutionRate() {
        let none = SelfEvaluationScoring().scoreExecution(budget: .zero, actual: .zero)
        #expect(none.rate == nil && none.points == nil)
        #expect(none.reason?.zh.contains("没有定义") == true)
        let missing = SelfEvaluationScoring().scoreExecution(budget: Money(yuan: 5), actual: nil)
        #expect(missing.points == nil && missing.reason != nil)
    }

    @Test func quantitativeIndicatorsEarnFullMarksOrTheirProportion() {
        #expect(Self.share(Self.quantitative("验收合格率", .quality, target: "100%", actual: "100%")) == 1)
        #expect(Self.share(Self.quantitative("修缮次数", .quantity, .equal, target: "5", actual: "6")) == 1, "over-completion is met")
        #expect(Self.share(Self.quantitative("修缮次数", .quantity, .equal, target: "5", actual: "4")) == Self.d("0.8"))
        #expect(Self.share(Self.quantitative("覆盖率", .quality, nil, target: "90", actual: "72")) == Self.d("0.8"), "no comparator reads as ≥")
        #expect(Self.share(Self.quantitative("覆盖率", .quality, target: "90", actual: "0")) == 0)
    }

    @Test func upperBoundIndicatorsScoreInReverse() {
        // ≤ 5 天: 4 is met; 8 earns 5 ÷ 8 = 62.5%.
        #expect(Self.share(Self.quantitative("办结时间", .timeliness, .atMost, target: "5", actual: "4")) == 1)
        let late = Self.quantitative("办结时间", .timeliness, .atMost, target: "5", actual: "8")
        let result = try? SelfEvaluationScoring.completion(of: late).get()
        #expect(result?.share == Self.d("0.625"))
        #expect(result?.method == .reverseProportional)
        #expect(Self.share(Self.quantitative("投诉次数", .socialBenefit, .lessThan, target: "0", actual: "2")) == 0)
        // `= 0` is a ceiling too: two incidents against none is not over-completion.
        #expect(Self.share(Self.quantitative("安全事故次数", .quality, .equal, target: "0", actual: "2")) == 0)
        #expect(Self.share(Self.quantitative("安全事故次数", .quality, .equal, target: "0", actual: "0")) == 1)
    }

    @Test func qualitativeIndicatorsScoreByBand() {
        func graded(_ attainment: Attainment?, _ rate: String? = nil) -> IndicatorCompletion {
            IndicatorCompletion(name: "社会效益", category: .socialBenefit, comparator: .qualitative,
                                attainment: attainment, attainmentRate: rate.map(Self.d))
        }
        #expect(Self.share(graded(.achieved)) == 1)
        #expect(Self.share(graded(.achieved, "85")) == Self.d("0.85"))
        #expect(Self.share(graded(.partlyAchieved)) == Self.d("0.6"))
        #expect(Self.share(graded(.partlyAchieved, "75")) == Self.d("0.75"))
        #expect(Self.share(graded(.notAchieved)) == 0)
        #expect(Self.share(graded(.partlyAchieved, "80")) == nil, "80% belongs to 达成, not 部分达成")
        #expect(Self.share(graded(.achieved, "80")) == Self.d("0.8"))
        #expect(Self.share(graded(nil)) == nil, "a band must be chosen by the evaluator")
    }

    static func project(indicators: [IndicatorCompletion], budget: String = "100", actual: String = "100") -> ProjectSelfEvaluation {
        ProjectSelfEvaluation(name: "示例项目", budget: .init(total: Self.wan(budget)), actual: .init(total: Self.wan(actual)),
                              indicators: indicators)
    }

    @Test func aWholeProjectAddsUpToItsGrade() {
        let project = Self.project(indicators: [
            Self.quantitative("修缮次数", .quantity, target: "10", actual: "10"),
            Self.quantitative("验收合格率", .quality, target: "100", actual: "80"),
            IndicatorCompletion(name: "办公环境改善", category: .socialBenefit, comparator: .qualitative, attainment: .achieved),
            Self.quantitative("满意度", .serviceSatisfaction, target: "90", actual: "95"),
        ], actual: "95")
        let score = SelfEvaluationScoring().score(project)
        // 9.5 + 50 × (1 + 0.8) ÷ 2 + 30 + 10 = 94.5
        #expect(score.execution.points == Self.d("9.50"))
        #expect(score.tiers.map(\.points) == [Self.d("45.00"), Self.d("30.00"), Self.d("10.00")])
        #expect(score.indicators.map(\.points) == [Self.d("25.00"), Self.d("20.00"), Self.d("30.00"), Self.d("10.00")])
        #expect(score.total == Self.d("94.50"))
        #expect(score.grade == .excellent)
    }

    @Test func aTierWithoutIndicatorsPassesItsWeightOn() {
        let project = Self.project(indicators: [
            Self.quantitative("修缮次数", .quantity, target: "10", actual: "5"),
            IndicatorCompletion(name: "办公环境改善", category: .socialBenefit, comparator: .qualitative, attainment: .achieved),
        ])
        let score = SelfEvaluationScoring().score(project)
        // 产出 50 × 90 ÷ 80 = 56.25 (half earned: 28.125), 效益 30 × 90 ÷ 80 = 33.75.
        #expect(score.tiers.map(\.weight) == [Self.d("56.25"), Self.d("33.75"), 0])
        #expect(score.total == Self.d("71.88"), "10 + 28.125 + 33.75 = 71.875")
        #expect(score.grade == .fair)
        #expect(score.unscoredReasons.isEmpty && score.notes.count == 1, "passing a weight on is a note, not a gap")
    }

    @Test func missingActualsLeaveTheTotalOpen() {
        let project = Self.project(indicators: [
            Self.quantitative("修缮次数", .quantity, target: "10", actual: "10"),
            Self.quantitative("验收合格率", .quality, target: "100", actual: nil),
            IndicatorCompletion(name: "办公环境改善", category: .socialBenefit, comparator: .qualitative, attainment: .achieved),
            Self.quantitative("满意度", .serviceSatisfaction, target: "90", actual: "95"),
        ])
        let score = SelfEvaluationScoring().score(project)
        #expect(score.total == nil)
        #expect(score.tiers[0].points == nil)
        // Earned 10 + 25 + 30 + 10 = 75; the unscored 25 could bring it to 100.
        #expect(score.range == Interval(lower: 75, upper: 100))
        #expect(score.grade == nil, "中 to 优 are all still possible")
        #expect(score.unscoredReasons.count == 1)
        #expect(score.unscoredReasons[0].zh.contains("验收合格率"))
    }

    @Test func gradesFollowTheBands() {
        #expect(Grade(score: 90) == .excellent)
        #expect(Grade(score: Self.d("89.99")) == .good)
        #expect(Grade(score: 80) == .good)
        #expect(Grade(score: Self.d("79.99")) == .fair)
        #expect(Grade(score: 60) == .fair)
        #expect(Grade(score: Self.d("59.99")) == .poor)
        #expect(Grade(text: "优") == .excellent && Grade(text: "差") == .poor)
    }

    @Test func regionalWeightsLoadFromJSONAndMustAddUpTo100() throws {
        let json = #"{"id": "示例-2024", "region": "示例市", "executionRate": 20, "output": "40", "outcome": 30, "satisfaction": 10}"#
        let weights = try SelfEvaluationWeights(json: Data(json.utf8))
        #expect(weights.executionRate == 20 && weights.output == 40)
        let score = SelfEvaluationScoring(weights: weights).scoreExecution(budget: Money(yuan: 100), actual: Money(yuan: 50))
        #expect(score.points == Self.d("10.00"))
        let bad = #"{"id": "x", "region": "x", "executionRate": 20, "output": 50, "outcome": 30, "satisfaction": 10}"#
        #expect(throws: SelfEvaluationWeightsError.self) { try SelfEvaluationWeights(json: Data(bad.utf8)) }
        #expect(SelfEvaluationWeights.national.total == 100)
    }

    @Test func projectsRankByTotalThenByWhatIsSure() {
        func project(_ name: String, actual: String, budget: String = "100") -> ProjectSelfEvaluation {
            var p = Self.project(indicators: [Self.quantitative("数量", .quantity, target: "1", actual: "1"),
                                              Self.quantitative("满意度", .serviceSatisfaction, target: "90", actual: "90")],
                                 budget: budget, actual: actual)
            p.name = name
            return p
        }
        let ranking = SelfEvaluationScoring().ranking([
            project("甲", actual: "50"), project("乙", actual: "100"), project("丙", actual: "0", budget: "0"), project("丁", actual: "100"),
        ])
        // 乙 and 丁 earn 100, 甲 95 (5 of 10 for its rate), 丙's 0 ÷ 0 leaves it open at 90–100.
        #expect(ranking.map(\.name) == ["乙", "丁", "甲", "丙"])
        #expect(ranking.map(\.rank) == [1, 1, 3, nil])
        #expect(ranking.map(\.executionRate) == [Self.d("100.00"), Self.d("100.00"), Self.d("50.00"), nil])
        #expect(ranking.last?.grade == .excellent, "90–100 is 优 whatever the rate")
    }
}
