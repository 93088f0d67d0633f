import Testing
import YusuanAudit
import YusuanCore

/// The narrative's amounts, shares and rates of change against the tables and each other.
@Suite struct NarrativeRuleTests {
    @Test func seed003SharesPrintedAsWholeNumbersFire() throws {
        let findings = Audit.findings(try Audit.seed(3), rule: NarrativeShareRule())
        // 251.53 / 461.83 = 54.46%, 210.31 / 461.83 = 45.54%; 20.18, 213.43, 17.92 of 251.53
        // are 8.02%, 84.85%, 7.12% — the document prints 54.00%, 46.00%, 8.00%, 85.00%, 7.00%.
        #expect(findings.map(\.found) == ["54.00%", "46.00%", "8.00%", "85.00%", "7.00%"])
        #expect(findings.map(\.location.line) == [318, 322, 356, 357, 358])
        #expect(findings.map(\.expected) == ["54.46%–54.47%", "45.54%", "8.02%–8.03%", "84.85%–84.86%", "7.12%–7.13%"])
        #expect(findings[0].message.zh.contains("“收入预算” 461.83 万元"))
        #expect(findings[2].message.zh.contains("“一般公共预算拨款” 251.53 万元"))
    }

    @Test func honestSharesStayQuiet() throws {
        // 438.33 / 461.83 = 94.91% and 23.50 / 461.83 = 5.09%, as printed.
        let lines = Audit.findings(try Audit.seed(3), rule: NarrativeShareRule()).compactMap(\.location.line)
        #expect(!lines.contains(330) && !lines.contains(332))
        let corrected = try Audit.seed(3, replacing: "占 54.00%", with: "占 54.46%")
            .replacingOccurrences(of: "占 46.00%", with: "占 45.54%")
        #expect(Audit.findings(corrected, rule: NarrativeShareRule()).map(\.location.line) == [356, 357, 358])
    }

    @Test func sharesWithoutAStatedWholeAreNotGuessed() {
        // No lead amount, and the shares do not add up to 100%: nothing says what the whole is.
        let text = """
            ### 一、收入预算情况说明

            一般公共预算 251.53 万元，占 50.00%。
            """
        #expect(Audit.findings(text, rule: NarrativeShareRule()) == [])
    }

    @Test func ratesOfChangeAgreeWithTheirAmounts() throws {
        // 5.44 / (251.53 − 5.44) = 2.21%; 0.28 / (20.18 + 0.28) = 1.37%; 0.52 / 17.40 = 2.99% prints as 3%.
        #expect(Audit.findings(try Audit.seed(3), rule: NarrativeChangeRateRule()) == [])
    }

    @Test func aWrongRateOfChangeFires() throws {
        let text = try Audit.seed(3, replacing: "增长 2.39%", with: "增长 2.93%")
        let findings = Audit.findings(text, rule: NarrativeChangeRateRule())
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 364)
        #expect(findings.first?.expected == "2.39%–2.40%")
        #expect(findings.first?.found == "2.93%")
    }

    @Test func aRateIsMeasuredAgainstTheBasePrintedAfter比() {
        // Beijing's form: last year's figure printed after 比. 2,669.85 / 99,003.18 = 2.697%,
        // not 2,669.85 / (99,003.18 − 2,669.85) = 2.77%.
        let sentence = "2026年度收入预算101,673.03万元，比2025年年初预算数99,003.18万元增加2,669.85万元，增长%@。"
        let text = { (rate: String) in "### 二、收入预算情况说明\n\n" + sentence.replacingOccurrences(of: "%@", with: rate) }
        #expect(Audit.findings(text("2.7%"), rule: NarrativeChangeRateRule()) == [])
        let wrong = Audit.findings(text("2.8%"), rule: NarrativeChangeRateRule())
        #expect(wrong.map(\.expected) == ["2.7%"])
        #expect(wrong.first?.message.zh.contains("比 99,003.18万元") == true)
        // The base is last year's: it is not this year's amount the tables must print.
        #expect(Audit.findings(text("2.7%"), rule: NarrativeAmountRule()).allSatisfy { !($0.found ?? "").contains("99,003.18") })
    }

    @Test func aRateGoingTheOtherWayFires() throws {
        let text = try Audit.seed(3, replacing: "减少 0.28 万元，下降 1.37%", with: "减少 0.28 万元，增长 1.37%")
        let findings = Audit.findings(text, rule: NarrativeChangeRateRule())
        #expect(findings.map(\.location.line) == [362])
        #expect(findings.first?.message.zh.contains("方向相反") == true)
    }

    @Test func amountsAgreeWithTheTables() throws {
        #expect(Audit.findings(try Audit.seed(3), rule: NarrativeAmountRule()) == [])
        #expect(Audit.findings(try Audit.seed(4), rule: NarrativeAmountRule()) == [])
    }

    @Test func anAmountTheTablesPrintDifferentlyFires() throws {
        // 表四 (财政拨款收支总表) prints 212 城乡社区支出 213.43.
        let text = try Audit.seed(3, replacing: "城乡社区支出 213.43 万元，主要用于", with: "城乡社区支出 223.43 万元，主要用于")
        let findings = Audit.findings(text, rule: NarrativeAmountRule())
        #expect(findings.map(\.found) == ["223.43 万元"])
        #expect(findings.first?.expected == "213.43 万元")
        #expect(findings.first?.related.first?.table == "表四 财政拨款收支预算总体情况表")
    }

    @Test func aClassChainNamesItsItemRow() throws {
        // 城乡社区支出（类）城乡社区管理事务（款）行政运行（项） is 2120101, 192.44 in 表五.
        let text = try Audit.seed(3, replacing: "2021 年预算数为 192.44 万元", with: "2021 年预算数为 182.44 万元")
        let findings = Audit.findings(text, rule: NarrativeAmountRule())
        #expect(findings.map(\.location.line) == [364])
        #expect(findings.first?.expected == "192.44 万元")
    }
}

extension NarrativeRuleTests {
    @Test func aSourceNamedInAProjectSectionIsNotTheRevenueRow() throws {
        // 项目支出 paid from 一般公共预算 is not 表一's 一般公共预算 revenue (251.53).
        let text = try Audit.seed(3) + """


            ## 七、关于2021年一般公共预算项目支出情况说明

            项目支出中，一般公共预算拨款 23.50 万元。
            """
        #expect(Audit.findings(text, rule: NarrativeAmountRule()) == [])
    }
}
