import Testing
import YusuanAudit
import YusuanCore

/// The code.* rules: printed codes against the catalogue of the document's year.
@Suite struct ClassificationRuleTests {
    // MARK: code.unknown

    @Test func everyCodeOfTheSeedsIsVerifiedAndInPlace() throws {
        // 003 (2021) and 004 (2024) print only codes the catalogue has, each under its own
        // 类 and 款; 004's agency rows (`222006`) are not classification codes.
        #expect(Audit.findings(try Audit.seed(3), rule: CodeUnknownRule()) == [])
        #expect(Audit.findings(try Audit.seed(4), rule: CodeUnknownRule()) == [])
    }

    @Test func aCodeMissingFromTheCatalogueIsUnverifiedNotInvalid() throws {
        // 表二's 项 2120601 becomes 2120698, which no observed document printed.
        let text = try Audit.seed(3, replacing: "212\t06\t01\t建设市场管理与监督\t215.85\t20.99",
                                   with: "212\t06\t98\t建设市场管理与监督\t215.85\t20.99")
        let findings = Audit.findings(text, rule: CodeUnknownRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "code.unknown")
        #expect(finding.severity == .info)
        #expect(finding.location.table == "表二 部门收入总体情况表")
        #expect(finding.location.row == "2120698 建设市场管理与监督")
        #expect(finding.location.line == 140)
        #expect(finding.found == "2120698 建设市场管理与监督")
        #expect(finding.message.zh.contains("未能核实"))
        #expect(finding.message.zh.contains("不能据此认定编码无效"))
        #expect(finding.message.en.contains("unverified"))
        #expect(finding.message.en.contains("does not make the code invalid"))
        // An unverified code has no catalogue name to disagree with.
        #expect(Audit.findings(text, rule: CodeNameRule()) == [])
    }

    @Test func aCodeUnderAnotherClassIsMisplaced() throws {
        // 附表-3's 项 2140112 公路运输管理 becomes 2120101: a known code, printed under the 款
        // 21401 公路水路运输 although its digits put it under 21201.
        let text = try Audit.seed(4, replacing: "2140112\t公路运输管理\t1056.11", with: "2120101\t公路运输管理\t1056.11")
        let findings = Audit.findings(text, rule: CodeUnknownRule())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.location.table == "附表-3 支出总表")
        #expect(finding.location.row == "2120101 公路运输管理")
        #expect(finding.location.line == 161)
        #expect(finding.expected == "21201")
        #expect(finding.found == "21401")
        #expect(finding.related.map(\.row) == ["21401 公路水路运输"])
        #expect(finding.message.zh.contains("列在款 21401“公路水路运输”之下"))
        // The name no longer fits the code either (beside 30112, see below).
        let names = Audit.findings(text, rule: CodeNameRule())
        #expect(names.map(\.location.row) == ["2120101 公路运输管理", "30112 其他社会保险缴费"])
        #expect(names.first?.expected == Audit.catalogues.function.name(of: "2120101"))
    }

    // MARK: code.name

    @Test func seed4Prints30112WithTheWrongName() throws {
        let findings = Audit.findings(try Audit.seed(4), rule: CodeNameRule())
        // The only one. Quiet on purpose: 附表-5-1's `2080505 机关事业单位基本养老保险缴费` is the
        // catalogue name without its final `支出` (an accepted shortening).
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "code.name")
        #expect(finding.severity == .warning)
        #expect(finding.location.table == "附表-6 一般公共预算基本支出表")
        #expect(finding.location.row == "30112 其他社会保险缴费")
        #expect(finding.location.line == 269)
        #expect(finding.expected == "其他社会保障缴费")
        #expect(finding.found == "其他社会保险缴费")
        #expect(finding.message.zh.contains("其他社会保障缴费"))
        #expect(finding.message.en.contains("\"其他社会保障缴费\""))
    }

    @Test func seed3NamesEveryCodeAsTheCatalogueDoes() throws {
        // Its 30112 is 其他社会保障缴费; `行政运行（城乡社区管理事务）` is the name with its
        // parent's appended.
        #expect(Audit.findings(try Audit.seed(3), rule: CodeNameRule()) == [])
    }

    @Test func aFormerNameIsAccepted() throws {
        // 207's name until 2018.
        let text = try Audit.seed(3, replacing: "\t\t207 文化旅游体育与传媒支出\t\n", with: "\t\t207 文化体育与传媒支出\t\n")
        #expect(Audit.findings(text, rule: CodeNameRule()) == [])
    }

    @Test func aWrongNameInASummaryTableFires() throws {
        let text = try Audit.seed(3, replacing: "\t\t207 文化旅游体育与传媒支出\t\n", with: "\t\t207 教育支出\t\n")
        let findings = Audit.findings(text, rule: CodeNameRule())
        #expect(findings.map(\.location.row) == ["207 教育支出"])
        #expect(findings.first?.location.table == "表一 部门收支总体情况表")
        #expect(findings.first?.expected == "文化旅游体育与传媒支出")
    }
}
