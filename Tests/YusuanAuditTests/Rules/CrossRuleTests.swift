import Testing
import YusuanAudit
import YusuanCore

/// The same money printed in two tables must agree.
@Suite struct CrossRuleTests {
    @Test func theSeedsAgreeAcrossTables() throws {
        for rule in [CrossRevenueBySourceRule(), CrossExpenditureByFunctionRule(), CrossBasicByEconomicRule(), CrossTotalsRule()] as [any AuditRule] {
            #expect(Audit.findings(try Audit.seed(3), rule: rule) == [], "\(rule.descriptor.id)")
            #expect(Audit.findings(try Audit.seed(4), rule: rule) == [], "\(rule.descriptor.id)")
        }
    }

    @Test func aFunctionClassPrintedDifferentlyInTwoTablesFires() throws {
        // 表一 prints 212 城乡社区支出 423.74; 表三 and 表二 say the same. Change 表一's.
        let text = try Audit.seed(3, replacing: "\t\t212 城乡社区支出\t423.74", with: "\t\t212 城乡社区支出\t433.74")
        let findings = Audit.findings(text, rule: CrossExpenditureByFunctionRule())
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.message.zh.contains("同一笔钱") })
        #expect(findings.contains { $0.location.table == "表一 部门收支总体情况表" || $0.related.contains { $0.table == "表一 部门收支总体情况表" } })
    }

    @Test func aSourcePrintedDifferentlyFires() throws {
        let text = try Audit.seed(3, replacing: "一般公共预算\t251.53\t202 外交支出\t\n", with: "一般公共预算\t252.53\t202 外交支出\t\n")
        #expect(!Audit.findings(text, rule: CrossRevenueBySourceRule()).isEmpty)
    }

    @Test func basicSpendingByEconomicClassAgrees() throws {
        // 表五's 基本支出 合计 is 表六's 合计.
        let text = try Audit.seed(4, replacing: "\t合计\t380.56\t354.99\t25.57\n", with: "\t合计\t381.56\t355.99\t25.57\n")
        #expect(!Audit.findings(text, rule: CrossTotalsRule()).isEmpty)
    }

    @Test func aHeaderNamingAnotherAgencyFires() throws {
        let findings = Audit.findings(try Audit.seed(4), rule: AgencyNameRule())
        #expect(findings.count == 1)
        #expect(findings.first?.found == "济宁市交通运输局城市客运管理处")
        #expect(findings.first?.expected == "咸宁市交通运输局城市客运管理处")
        #expect(findings.first?.location.table == "附表-4 财政拨款收支总表")
        #expect(Audit.findings(try Audit.seed(3), rule: AgencyNameRule()) == [])
    }

    @Test func aTableTitledForAnotherYearFires() throws {
        #expect(Audit.findings(try Audit.seed(3), rule: FiscalYearRule()) == [])
        let text = try Audit.seed(3, replacing: "### 一般公共预算项目支出情况表", with: "### 2020年一般公共预算项目支出情况表")
        let findings = Audit.findings(text, rule: FiscalYearRule())
        #expect(findings.map(\.found) == ["2020"])
    }
}
