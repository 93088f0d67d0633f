import Testing
import YusuanAudit
import YusuanCore

/// The 绩效自评表 rules on seed 002 (深圳市龙岗区财政局 2021), as published and with one
/// line changed. The published table has one real error: 评审中心小计 sums rows 1–2 of its
/// group, which the document does not print.
@Suite struct SelfEvaluationRuleTests {
    static let rules: [any AuditRule] = [
        SelfEvaluationExecutionRateRule(), SelfEvaluationUndefinedRateRule(), SelfEvaluationSubtotalRule(),
        SelfEvaluationSequenceRule(),
    ]

    /// Seed 002 with a 合计 row after its last group: 局本级小计 + the 国库支付中心 rows +
    /// 评审中心小计 + the 物业管理中心 rows.
    static func withTotal(budget: String = "3391.02") throws -> String {
        try Audit.seed(2) + "合计\t\t\t\(budget)\t\(budget)\t0\t0\t3331.41\t3331.41\t0\t0\t98.24%\n"
    }

    @Test func theRulesAreCatalogued() {
        for id in ["selfeval.execution-rate", "selfeval.undefined-rate", "selfeval.subtotal", "selfeval.sequence"] {
            #expect(RuleCatalogue.rule(id) != nil, "\(id)")
        }
    }

    // MARK: selfeval.execution-rate

    @Test func executionRatesOfTheSeedHoldAtTheirPrecision() throws {
        // 30.8 / 37.18 = 82.84% at face value, printed 82.86%: 30.8 stands for 30.75–30.85,
        // so the ratio is 82.69%–82.99% and 82.86% is honest. So are 100% (198.5 / 198.5),
        // 92.45% (36.34 / 39.32 = 92.42%) and the 小计 rates.
        #expect(Audit.findings(try Audit.seed(2), rule: SelfEvaluationExecutionRateRule()) == [])
    }

    @Test func aMisprintedRateFires() throws {
        let text = try Audit.seed(2, replacing: "30.8\t30.8\t0\t0\t82.86%", with: "30.8\t30.8\t0\t0\t92.86%")
        let findings = Audit.findings(text, rule: SelfEvaluationExecutionRateRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "selfeval.execution-rate")
        #expect(finding.severity == .error)
        #expect(finding.location.row == "办公楼修缮")
        #expect(finding.location.rowIndex == 0)
        #expect(finding.location.column == "executionRate")
        #expect(finding.location.line == 14)
        #expect(finding.found == "92.86%")
        #expect(finding.expected == "82.694%–82.986%")
        #expect(finding.message.zh.contains("实际支出 30.8 ÷ 预算 37.18 = 82.84%"))
        #expect(finding.related.map(\.column) == ["budget.total", "actual.total"])
    }

    @Test func aMisprintedSubtotalRateFires() throws {
        // 1995.68 / 2041.62 = 97.749%–97.751%.
        let text = try Audit.seed(2, replacing: "97.75%", with: "97.85%")
        let findings = Audit.findings(text, rule: SelfEvaluationExecutionRateRule())
        #expect(findings.map(\.location.row) == ["局本级小计"])
        #expect(findings.first?.expected == "97.749%–97.751%")
    }

    @Test func aRateOfATotalIsChecked() throws {
        #expect(Audit.findings(try Self.withTotal(), rule: SelfEvaluationExecutionRateRule()) == [])
        let text = try Self.withTotal().replacingOccurrences(of: "\t98.24%\n", with: "\t96.24%\n")
        #expect(Audit.findings(text, rule: SelfEvaluationExecutionRateRule()).map(\.location.row) == ["合计"])
    }

    // MARK: selfeval.undefined-rate

    @Test func aRatePrintedOverAZeroBudgetIsUndefined() throws {
        let findings = Audit.findings(try Audit.seed(2), rule: SelfEvaluationUndefinedRateRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "selfeval.undefined-rate")
        #expect(finding.severity == .warning)
        #expect(finding.location.row?.hasPrefix("公园大地社区配套和公共服务用房有偿项目接收") == true)
        #expect(finding.location.rowIndex == 23)
        #expect(finding.location.column == "executionRate")
        #expect(finding.found == "0%")
        #expect(finding.expected == nil)
        #expect(finding.message.zh.contains("执行率 0 ÷ 0 没有定义"))
        #expect(finding.message.zh.contains("表中印为 0%，这是一种约定写法（也有印 100% 或“—”的）"))
        #expect(finding.message.zh.contains("深圳市龙岗区政府物业管理中心，序号 6"))
    }

    @Test func spendingWithoutABudgetIsSaidSo() throws {
        let text = try Audit.seed(2, replacing: "\t0\t0\t\t\t0\t0\t\t\t0%", with: "\t0\t0\t\t\t5\t5\t\t\t100%")
        let findings = Audit.findings(text, rule: SelfEvaluationUndefinedRateRule())
        #expect(findings.map(\.found) == ["100%"])
        #expect(findings.first?.message.zh.contains("实际支出却为 5：执行率 5 ÷ 0 没有定义（没有预算而有支出）") == true)
        // The execution-rate rule says nothing of a rate with nothing to divide by.
        #expect(Audit.findings(text, rule: SelfEvaluationExecutionRateRule()) == [])
    }

    @Test func aRateOverABudgetIsDefined() throws {
        // 0 / 12 is 0%: defined, and right.
        let text = try Audit.seed(2, replacing: "\t0\t0\t\t\t0\t0\t\t\t0%", with: "\t12\t12\t\t\t0\t0\t\t\t0%")
        #expect(Audit.findings(text, rule: SelfEvaluationUndefinedRateRule()) == [])
        #expect(Audit.findings(text, rule: SelfEvaluationExecutionRateRule()) == [])
    }

    // MARK: selfeval.subtotal

    @Test func theReviewCentreSubtotalSumsRowsTheDocumentDoesNotPrint() throws {
        let findings = Audit.findings(try Audit.seed(2), rule: SelfEvaluationSubtotalRule())
        // Budget and actual spending, in total and from the 一般公共预算; the 0 columns agree.
        #expect(findings.map(\.location.column) == ["budget.total", "budget.generalPublic", "actual.total", "actual.generalPublic"])
        #expect(findings.allSatisfy { $0.location.row == "评审中心小计" && $0.location.rowIndex == 17 && $0.location.line == 39 })
        #expect(findings.map(\.found) == ["851.03", "851.03", "850.24", "850.24"])
        #expect(findings.map(\.expected) == ["48.705–48.735", "48.705–48.735", "48.655–48.685", "48.655–48.685"])
        let budget = try #require(findings.first)
        #expect(budget.rule == "selfeval.subtotal")
        #expect(budget.severity == .error)
        #expect(budget.location.columnIndex == 3)
        #expect(budget.message.zh.hasPrefix("评审中心小计 的预算合计印为 851.03，而本组（深圳市龙岗区财政投资评审中心）印出的 3 行之和为 48.72"))
        #expect(budget.message.zh.contains("本组序号 1–2 的行没有印出"))
        #expect(budget.related.map(\.rowIndex) == [14, 15, 16])
        #expect(budget.related.allSatisfy { $0.column == "budget.total" })
        #expect(findings[2].message.zh.contains("实际支出合计印为 850.24"))
    }

    @Test func theBureauSubtotalHolds() throws {
        // 局本级小计 2041.62 / 1995.68 over rows 1–9.
        let findings = Audit.findings(try Audit.seed(2), rule: SelfEvaluationSubtotalRule())
        #expect(!findings.contains { $0.location.row == "局本级小计" })
    }

    @Test func aMisprintedBureauSubtotalFires() throws {
        let text = try Audit.seed(2, replacing: "局本级小计\t\t\t2041.62", with: "局本级小计\t\t\t2042.62")
        let findings = Audit.findings(text, rule: SelfEvaluationSubtotalRule()).filter { $0.location.row == "局本级小计" }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.location.column == "budget.total")
        #expect(finding.found == "2042.62")
        // Five of the nine rows print one decimal (130.1, 198.5 …): ±0.05 each.
        #expect(finding.expected == "2041.350–2041.890")
        #expect(finding.message.zh.contains("印出的 9 行之和为 2041.62"))
        #expect(!finding.message.zh.contains("没有印出"), "the group's numbering is complete")
        #expect(finding.related.count == 9)
    }

    @Test func aSubtotalOfTheRowsPrintedKeepsQuiet() throws {
        let text = try Audit.seed(2, replacing: "评审中心小计\t\t\t851.03\t851.03\t0\t0\t850.24\t850.24",
                                  with: "评审中心小计\t\t\t48.72\t48.72\t0\t0\t48.67\t48.67")
        #expect(Audit.findings(text, rule: SelfEvaluationSubtotalRule()) == [])
    }

    @Test func aTotalIsTheSumOfTheSubtotalsAndTheRowsWithoutOne() throws {
        // 2041.62 + (215.00 + 19.45 + 29.66 + 23.49) + 851.03 + (33.91 + 5.72 + 17.5 + 89.37 + 64.27 + 0) = 3391.02
        #expect(!Audit.findings(try Self.withTotal(), rule: SelfEvaluationSubtotalRule()).contains { $0.location.row == "合计" })
        let findings = Audit.findings(try Self.withTotal(budget: "3392.02"), rule: SelfEvaluationSubtotalRule())
            .filter { $0.location.row == "合计" }
        #expect(findings.map(\.location.column) == ["budget.total", "budget.generalPublic"])
        let finding = try #require(findings.first)
        #expect(finding.found == "3392.02")
        // The 0 of the last row prints no decimals: ±0.5.
        #expect(finding.expected == "3390.420–3391.620")
        #expect(finding.message.zh.contains("2 个小计（局本级小计、评审中心小计）及未列小计的 10 行之和为 3391.02"))
        #expect(finding.related.count == 12)
    }

    // MARK: selfeval.sequence

    @Test func theReviewCentreGroupStartsAtThree() throws {
        let findings = Audit.findings(try Audit.seed(2), rule: SelfEvaluationSequenceRule())
        #expect(findings.count == 1, "the other three groups are numbered 1… without gaps")
        let finding = try #require(findings.first)
        #expect(finding.rule == "selfeval.sequence")
        #expect(finding.severity == .warning)
        #expect(finding.location.row == "其他一般管理事务")
        #expect(finding.location.rowIndex == 14)
        #expect(finding.location.column == "sequence")
        #expect(finding.expected == "1")
        #expect(finding.found == "3")
        #expect(finding.message.zh == "深圳市龙岗区财政投资评审中心 一组的序号从 3（其他一般管理事务）起，序号 1–2 的行没有印出")
    }

    @Test func aGapInAGroupFires() throws {
        let text = try Audit.seed(2, replacing: "4\t\t会计档案管理", with: "5\t\t会计档案管理")
        let findings = Audit.findings(text, rule: SelfEvaluationSequenceRule())
        #expect(findings.map(\.location.row) == ["会计档案管理", "其他一般管理事务"])
        let gap = try #require(findings.first)
        #expect(gap.expected == "4")
        #expect(gap.found == "5")
        #expect(gap.message.zh.contains("深圳市龙岗区财政国库支付中心 一组的序号从 3 跳到 5（会计档案管理），序号 4 的行没有印出"))
        #expect(gap.related.map(\.row) == ["办公设备购置"])
    }

    @Test func aNumberPrintedTwiceFires() throws {
        let text = try Audit.seed(2, replacing: "4\t\t会计档案管理", with: "3\t\t会计档案管理")
        let findings = Audit.findings(text, rule: SelfEvaluationSequenceRule())
        #expect(findings.map(\.location.row) == ["会计档案管理", "其他一般管理事务"])
        let repeated = try #require(findings.first)
        #expect(repeated.message.zh == "深圳市龙岗区财政国库支付中心 一组有两行序号都是 3：办公设备购置 和 会计档案管理")
        #expect(repeated.expected == "4")
        #expect(repeated.found == "3")
        #expect(repeated.related.map(\.row) == ["办公设备购置"])
    }

    @Test func aCompleteGroupKeepsQuiet() throws {
        // Renumber 评审中心's rows 1–3: every group is complete; its 小计 still disagrees,
        // but no longer blames rows missing from the numbering.
        var text = try Audit.seed(2, replacing: "3\t\t其他一般管理事务\t27.56", with: "1\t\t其他一般管理事务\t27.56")
        text = text.replacingOccurrences(of: "4\t深圳市龙岗区财政投资评审中心", with: "2\t深圳市龙岗区财政投资评审中心")
        text = text.replacingOccurrences(of: "5\t\t评审业务信息化建设", with: "3\t\t评审业务信息化建设")
        #expect(Audit.findings(text, rule: SelfEvaluationSequenceRule()) == [])
        let subtotal = Audit.findings(text, rule: SelfEvaluationSubtotalRule())
        #expect(subtotal.count == 4)
        #expect(subtotal.allSatisfy { !$0.message.zh.contains("没有印出") })
    }

    @Test func numberingCarriedOnFromTheGroupBeforeKeepsQuiet() throws {
        // 国库支付中心 ends at 4; 评审中心 numbered 5–7 carries on.
        var text = try Audit.seed(2, replacing: "3\t\t其他一般管理事务\t27.56", with: "5\t\t其他一般管理事务\t27.56")
        text = text.replacingOccurrences(of: "4\t深圳市龙岗区财政投资评审中心", with: "6\t深圳市龙岗区财政投资评审中心")
        text = text.replacingOccurrences(of: "5\t\t评审业务信息化建设", with: "7\t\t评审业务信息化建设")
        #expect(Audit.findings(text, rule: SelfEvaluationSequenceRule()) == [])
    }

    // MARK: other documents

    @Test func documentsWithoutASelfEvaluationFindNothing() throws {
        for seed in [0, 3, 4] {
            for rule in Self.rules {
                #expect(Audit.findings(try Audit.seed(seed), rule: rule) == [], "seed \(seed) \(rule.descriptor.id)")
            }
        }
    }
}
