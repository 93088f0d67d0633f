import Testing
import YusuanAudit
import YusuanCore

/// The indicator.* and review.* rules on seed 000, a 项目支出预算申报 with a 绩效目标表 of
/// seven indicators and two 编审表.
@Suite struct PerformanceRuleTests {
    private static let target = "项目绩效目标表(绩效目标)"
    private static let sheet = "项目支出预算编审表"

    // MARK: indicator.value

    @Test func aDeadlineGivenAsAQuarterIsNotANumber() throws {
        let findings = Audit.findings(try Audit.seed(0), rule: IndicatorValueRule())
        #expect(findings.map(\.location.row) == ["通过验收并移交使用时间"], "the other six print numbers")
        let finding = try #require(findings.first)
        #expect(finding.rule == "indicator.value")
        #expect(finding.severity == .error)
        #expect(finding.location.table == Self.target)
        #expect(finding.location.line == 75)
        #expect(finding.location.column == "indicator.value")
        #expect(finding.found == "2021年一季度")
        #expect(finding.message.zh == "定量指标“通过验收并移交使用时间”指标值为“2021年一季度”，不是数值")
    }

    @Test func aNumericValueOrAQualitativeIndicatorKeepsQuiet() throws {
        let numeric = try Audit.seed(0, replacing: "通过验收并移交使用时间\t<=\t2021年一季度", with: "通过验收并移交使用时间\t<=\t3")
        #expect(Audit.findings(numeric, rule: IndicatorValueRule()) == [])
        let qualitative = try Audit.seed(0, replacing: "定量指标\t根据工程建设单位", with: "定性指标\t根据工程建设单位")
        #expect(Audit.findings(qualitative, rule: IndicatorValueRule()) == [])
    }

    // MARK: indicator.unit

    @Test func aDeadlineInPercentAndHouseholdsInYearsFire() throws {
        let findings = Audit.findings(try Audit.seed(0), rule: IndicatorUnitRule())
        // Only these two: the three 面积 are in 平方米, 合格率 and 满意程度 in %.
        #expect(findings.map(\.location.row) == ["通过验收并移交使用时间", "项目投入使用后服务企业户数"])
        #expect(findings.map(\.found) == ["%", "年"])
        #expect(findings.map(\.location.line) == [75, 78])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location.column == "indicator.unit" })
        #expect(findings.first?.message.zh.contains("衡量时间或期限，度量单位却为“%”") == true)
        #expect(findings.last?.message.zh.contains("衡量户数，度量单位却为“年”") == true)
    }

    @Test func fittingUnitsKeepQuiet() throws {
        var text = try Audit.seed(0, replacing: "2021年一季度\t%", with: "2021年一季度\t季度")
        text = text.replacingOccurrences(of: ">=\t70\t年", with: ">=\t70\t户")
        #expect(Audit.findings(text, rule: IndicatorUnitRule()) == [])
    }

    @Test func anAreaInPercentAndARateCountedFire() throws {
        var text = try Audit.seed(0, replacing: "综合业务用房面积\t=\t13205.02\t平方米", with: "综合业务用房面积\t=\t13205.02\t%")
        text = text.replacingOccurrences(of: "工程验收合格率\t=\t100\t%", with: "工程验收合格率\t=\t100\t个")
        let findings = Audit.findings(text, rule: IndicatorUnitRule())
        #expect(findings.map(\.location.row) == ["综合业务用房面积", "工程验收合格率", "通过验收并移交使用时间", "项目投入使用后服务企业户数"])
        #expect(findings.map(\.found) == ["%", "个", "%", "年"])
    }

    // MARK: indicator.comparator

    @Test func everyQuantitativeIndicatorOfSeed0HasAComparator() throws {
        #expect(Audit.findings(try Audit.seed(0), rule: IndicatorComparatorRule()) == [])
    }

    @Test func aMissingComparatorFires() throws {
        let text = try Audit.seed(0, replacing: "工程验收合格率\t=\t100", with: "工程验收合格率\t\t100")
        let findings = Audit.findings(text, rule: IndicatorComparatorRule())
        #expect(findings.map(\.location.row) == ["工程验收合格率"])
        #expect(findings.first?.location.line == 72)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.found == nil)
        #expect(findings.first?.message.zh.contains("未注明指标性质") == true)
    }

    @Test func aQualitativeComparatorOnAQuantitativeIndicatorFires() throws {
        let text = try Audit.seed(0, replacing: "工程验收合格率\t=\t100", with: "工程验收合格率\t定性\t100")
        let findings = Audit.findings(text, rule: IndicatorComparatorRule())
        #expect(findings.map(\.location.row) == ["工程验收合格率"])
        #expect(findings.first?.found == "定性")
    }

    // MARK: indicator.categories

    @Test func seed0CoversOutputOutcomeAndSatisfaction() throws {
        // 综合业务用房面积 … under 产出指标, 服务企业户数 under 效益指标, 满意程度 under 满意度指标.
        #expect(Audit.findings(try Audit.seed(0), rule: IndicatorCategoriesRule()) == [])
    }

    @Test func aTargetWithoutSatisfactionFires() throws {
        // Without its headings, 服务企业满意程度 falls under 社会效益指标.
        let text = try Audit.seed(0, replacing: "满意度指标\t\t\t\t\t\t\t\n服务对象满意度指标\t\t\t\t\t\t\t\n", with: "")
        let findings = Audit.findings(text, rule: IndicatorCategoriesRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.expected == "满意度指标")
        #expect(finding.found == "产出指标、效益指标")
        #expect(finding.location.table == Self.target)
        #expect(finding.location.line == 63, "the table's title line")
    }

    // MARK: review.score-bounds

    @Test func seed0ScoresWithinTheirWeights() throws {
        #expect(Audit.findings(try Audit.seed(0), rule: ReviewScoreBoundsRule()) == [])
    }

    @Test func aScoreAboveItsWeightFires() throws {
        // (3)项目绩效指标是否量化、可考核 is worth 8; the bureau gives it 9.
        let text = try Audit.seed(0, replacing: "请查看项目绩效目标表\t8.00\t6.00", with: "请查看项目绩效目标表\t8.00\t9.00")
        let findings = Audit.findings(text, rule: ReviewScoreBoundsRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.location.table == Self.sheet)
        #expect(finding.location.line == 171, "the 简述 row that carries the scores")
        #expect(finding.location.column == "财政评审")
        #expect(finding.expected == "0–8")
        #expect(finding.found == "9.00")
        #expect(finding.message.zh == "项目支出预算编审表 “(3)项目绩效指标是否量化、可考核”的财政评审得分 9.00 超过该项权重 8 分")
    }

    @Test func theFirstItemIsFoundUnderTheHeaderItWasReadInto() throws {
        // The table takes `一、项目目标` … `(1)项目的法律…` into its column header; the item's
        // scores are on the 简述 row that follows.
        let text = try Audit.seed(0, replacing: "\t8.00\t7.00\t简述部分说明", with: "\t8.00\t-1\t简述部分说明")
        let findings = Audit.findings(text, rule: ReviewScoreBoundsRule())
        #expect(findings.map(\.location.line) == [152])
        #expect(findings.map(\.found) == ["-1"])
    }

    // MARK: review.weights

    @Test func seed0WeightsAddUp() throws {
        // 23/57/20 and the 基本建设 supplement's 25/50/25, every group and section to its items.
        #expect(Audit.findings(try Audit.seed(0), rule: ReviewWeightsRule()) == [])
    }

    @Test func anItemWeightThatBreaksItsGroupFires() throws {
        let text = try Audit.seed(0, replacing: "(2)项目目标是否明确(6分)", with: "(2)项目目标是否明确(7分)")
        let findings = Audit.findings(text, rule: ReviewWeightsRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.location.row == "1.2项目目标是否明确(15分)")
        #expect(finding.location.line == 153)
        #expect(finding.expected == "16")
        #expect(finding.found == "15")
        #expect(finding.related.count == 3)
    }

    @Test func aSectionWeightThatBreaksTheHundredFires() throws {
        let text = try Audit.seed(0, replacing: "二、项目计划(57分)", with: "二、项目计划(58分)")
        let findings = Audit.findings(text, rule: ReviewWeightsRule())
        #expect(findings.map(\.expected) == ["57", "100"])
        #expect(findings.map(\.found) == ["58", "101"])
        #expect(findings.first?.location.line == 160)
        #expect(findings.last?.message.zh == "项目支出预算编审表 各部分分值 23 + 58 + 20 合计 101 分，而不是 100 分")
    }

    // MARK: review.total

    @Test func seed0TotalsAreTheSumsOfTheScores() throws {
        // 本表得分 and 总分: 100.00 and 76.00 (two blank bureau scores count as 0).
        #expect(Audit.findings(try Audit.seed(0), rule: ReviewTotalRule()) == [])
    }

    @Test func aChangedItemScoreBreaksTheTotals() throws {
        let text = try Audit.seed(0, replacing: "对项目进行全过程的绩效跟踪管理。\t5.00\t3.00", with: "对项目进行全过程的绩效跟踪管理。\t5.00\t2.00")
        let findings = Audit.findings(text, rule: ReviewTotalRule())
        #expect(findings.map(\.location.row) == ["本表得分", "总分"])
        #expect(findings.map(\.location.line) == [193, 195])
        #expect(findings.allSatisfy { $0.location.column == "财政评审" && $0.expected == "75.00" && $0.found == "76.00" })
        #expect(findings.first?.message.zh == "项目支出预算编审表 “本表得分”的财政评审印为 76.00，各项财政评审得分之和为 75.00（空白按 0 分计）")
    }
}
