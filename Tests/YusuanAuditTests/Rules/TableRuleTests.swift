import Testing
import YusuanAudit
import YusuanCore

/// Each table rule fires on a planted error and keeps quiet on the document as published.
@Suite struct TableRuleTests {
    @Test func subtotalKeepsQuietForHonestRounding() throws {
        // 工资福利支出 231.45 over ten rows that add up to 231.46.
        #expect(Audit.findings(try Audit.seed(3), rule: TableSubtotalRule()) == [])
        #expect(Audit.findings(try Audit.seed(4), rule: TableSubtotalRule()) == [])
    }

    @Test func subtotalFiresWhenAClassRowDisagreesWithItsRows() throws {
        let text = try Audit.seed(3, replacing: "301\t\t工资福利支出\t231.45\t231.45", with: "301\t\t工资福利支出\t232.45\t232.45")
        let findings = Audit.findings(text, rule: TableSubtotalRule())
        #expect(findings.count == 2, "合计 and 人员经费 columns")
        let finding = try #require(findings.first)
        #expect(finding.rule == "table.subtotal")
        #expect(finding.severity == .error)
        #expect(finding.location.row == "301 工资福利支出")
        #expect(finding.location.table == "表六 一般公共预算基本支出情况表")
        #expect(finding.found == "232.45")
        #expect(finding.expected == "231.410–231.510")
        #expect(finding.message.zh.contains("10 个组成部分"))
        #expect(finding.related.count == 10)
    }

    @Test func totalKeepsQuietForHonestRounding() throws {
        // 收入总计 461.83 over 251.53 + 210.31; seed 004's 1205.56 over 1205.55.
        #expect(Audit.findings(try Audit.seed(3), rule: TableTotalRule()) == [])
        let seed4 = Audit.findings(try Audit.seed(4), rule: TableTotalRule())
        #expect(seed4.allSatisfy { $0.location.table == "附表-2 收入总表" }, "only the blank 合计 of the department row")
    }

    @Test func totalFiresWhenATotalDisagreesWithItsRows() throws {
        let text = try Audit.seed(3, replacing: "收 入 总 计\t461.83", with: "收 入 总 计\t471.83")
        let findings = Audit.findings(text, rule: TableTotalRule())
        #expect(findings.map(\.location.row) == ["收 入 总 计"])
        #expect(findings.first?.expected == "461.830–461.850", "251.53 + 210.31 at their precision")
    }

    @Test func rowPartsFireWhenBasicAndProjectDoNotMakeTheTotal() throws {
        #expect(Audit.findings(try Audit.seed(3), rule: TableRowPartsRule()) == [])
        let text = try Audit.seed(3, replacing: "212\t06\t01\t建设市场管理与监督\t215.85\t192.35\t23.50",
                                  with: "212\t06\t01\t建设市场管理与监督\t215.85\t192.35\t24.50")
        let findings = Audit.findings(text, rule: TableRowPartsRule())
        #expect(findings.map(\.location.row) == ["2120601 建设市场管理与监督"])
        #expect(findings.first?.message.zh.contains("基本支出、项目支出") == true)
    }

    @Test func balanceFiresWhenRevenueAndExpenditureDiffer() throws {
        #expect(Audit.findings(try Audit.seed(3), rule: TableBalanceRule()) == [])
        #expect(Audit.findings(try Audit.seed(4), rule: TableBalanceRule()) == [])
        let text = try Audit.seed(4, replacing: "收 入 总 计\t1205.56\t支 出 总 计\t1205.56", with: "收 入 总 计\t1205.56\t支 出 总 计\t1215.56")
        let findings = Audit.findings(text, rule: TableBalanceRule())
        #expect(findings.count == 1)
        #expect(findings.first?.location.table == "附表-4 财政拨款收支总表")
    }

    @Test func threePublicItemsMakeTheTotal() {
        let table = """
        一般公共预算“三公”经费支出表
        单位：万元
        年度\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费
        \t\t\t小计\t公务用车购置费\t公务用车运行费\t
        2021年\t%@\t0.00\t8.00\t0.00\t8.00\t0.10
        """
        let quiet = table.replacingOccurrences(of: "%@", with: "8.10")
        #expect(Audit.findings(quiet, rule: ThreePublicRule()) == [])
        let findings = Audit.findings(table.replacingOccurrences(of: "%@", with: "8.20"), rule: ThreePublicRule())
        #expect(findings.count == 1)
        #expect(findings.first?.expected == "8.085–8.115", "three items at ±0.005")
    }
}
