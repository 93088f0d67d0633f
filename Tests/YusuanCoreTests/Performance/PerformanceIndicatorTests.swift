import Testing
@testable import YusuanCore

/// 一级 / 二级 indicator terms and 指标性质, recognised from the forms' wording.
@Suite struct PerformanceIndicatorTests {
    @Test func recognisesTiers() {
        #expect(IndicatorTier(text: "产出指标") == .output)
        #expect(IndicatorTier(text: "效益指标") == .outcome)
        #expect(IndicatorTier(text: "满意度指标") == .satisfaction)
        #expect(IndicatorTier(text: "成本指标") == .cost)
        #expect(IndicatorTier(text: "一级指标：产出指标") == .output)
        #expect(IndicatorTier(text: "（二）效益指标") == .outcome)
        #expect(IndicatorTier(text: " 产 出 ") == .output)
        #expect(IndicatorTier(text: "社会效益指标") == nil, "a category, not a tier")
        #expect(IndicatorTier(text: "综合业务用房面积") == nil)
        #expect(IndicatorTier.allCases.map(\.chineseName) == ["产出指标", "效益指标", "满意度指标", "成本指标"])
    }

    @Test func recognisesCategoriesAndTheirTiers() {
        let printed: [(String, IndicatorCategory, IndicatorTier)] = [
            ("数量指标", .quantity, .output), ("质量指标", .quality, .output), ("时效指标", .timeliness, .output),
            ("成本指标", .cost, .output), ("经济效益指标", .economicBenefit, .outcome),
            ("社会效益指标", .socialBenefit, .outcome), ("生态效益指标", .ecologicalBenefit, .outcome),
            ("可持续影响指标", .sustainability, .outcome), ("服务对象满意度指标", .serviceSatisfaction, .satisfaction),
        ]
        for (text, category, tier) in printed {
            #expect(IndicatorCategory(text: text) == category, "\(text)")
            #expect(category.tier == tier)
            #expect(category.chineseName == text)
        }
        #expect(IndicatorCategory(text: "二级指标：社会效益") == .socialBenefit)
        #expect(IndicatorCategory(text: "生态环境效益指标") == .ecologicalBenefit)
        #expect(IndicatorCategory(text: "经济成本指标") == .cost)
        #expect(IndicatorCategory(text: "效益指标") == nil, "a tier, not a category")
        #expect(IndicatorCategory(text: "满意度指标") == nil)
        #expect(IndicatorTier.output.categories == [.quantity, .quality, .timeliness, .cost])
        #expect(IndicatorTier.satisfaction.categories == [.serviceSatisfaction])
    }

    @Test func parsesComparators() {
        let forms: [(String, IndicatorComparator)] = [
            ("=", .equal), ("＝", .equal), ("等于", .equal),
            (">=", .atLeast), ("≥", .atLeast), ("＞＝", .atLeast), ("大于等于", .atLeast), ("不低于", .atLeast), ("不少于", .atLeast),
            ("<=", .atMost), ("≤", .atMost), ("小于等于", .atMost), ("不高于", .atMost), ("不超过", .atMost),
            (">", .greaterThan), ("大于", .greaterThan), ("<", .lessThan), ("小于", .lessThan),
            ("定性", .qualitative), (" >= ", .atLeast),
        ]
        for (text, comparator) in forms {
            #expect(IndicatorComparator(text: text) == comparator, "\(text)")
        }
        #expect(IndicatorComparator(text: "") == nil)
        #expect(IndicatorComparator(text: "约") == nil)
        #expect(Indicator.Comparator.atMost.isUpperBound)
        #expect(!IndicatorComparator.atLeast.isUpperBound)
        #expect(!IndicatorComparator.qualitative.isQuantitative)
        #expect(IndicatorComparator.atLeast.symbol == "≥")
    }

    @Test func splitsAComparatorPrintedWithItsValue() {
        #expect(IndicatorComparator.split(prefixOf: "≥90%")?.comparator == .atLeast)
        #expect(IndicatorComparator.split(prefixOf: "≥90%")?.rest == "90%")
        #expect(IndicatorComparator.split(prefixOf: ">=95")?.comparator == .atLeast, "not read as >")
        #expect(IndicatorComparator.split(prefixOf: "不低于 65%")?.rest == "65%")
        #expect(IndicatorComparator.split(prefixOf: "2021年一季度") == nil)
    }

    @Test func readsTargetValues() {
        #expect(TargetValue("13205.02").number == DecimalNumber("13205.02"))
        #expect(TargetValue("13205.02").number?.scale == 2, "the printed precision survives")
        #expect(TargetValue("1,200").number == 1200)
        #expect(TargetValue("95%").number == 95)
        #expect(TargetValue(" 100 ").text == "100")
        #expect(TargetValue("2021年一季度").number == nil)
        #expect(TargetValue("按期完成").number == nil)
        #expect(TargetValue("1,20").number == nil)
        #expect(TargetValue("").isBlank)
    }

    @Test func tellsQuantitativeFromQualitative() {
        #expect(Indicator.quantitative(fromType: "定量指标") == true)
        #expect(Indicator.quantitative(fromType: "定性") == false)
        #expect(Indicator.quantitative(fromType: "") == nil)
        let graded = Indicator(name: "长效管护机制", category: .sustainability, comparator: .qualitative, targetValue: TargetValue("健全"))
        #expect(!graded.isMeasured)
        #expect(graded.effectiveTier == .outcome)
        let measured = Indicator(name: "覆盖率", comparator: .atLeast, targetValue: TargetValue("90"))
        #expect(measured.isMeasured)
        let target = PerformanceTarget(yearGoals: [YearGoal(fiscalYear: 2020, goal: "完成")], indicators: [graded, measured])
        #expect(target.quantitativeIndicators.map(\.name) == ["覆盖率"])
        #expect(target.indicators(in: .outcome).map(\.name) == ["长效管护机制"])
        #expect(target.goal(for: 2020)?.goal == "完成")
    }
}
