import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Documents audited together: a department and its units, two years, a 预算 and its 决算.
@Suite struct DocumentSetTests {
    static func audit(_ texts: [(String, String)]) -> [Finding] {
        let documents = texts.map { Audit.reader.read(text: $1, file: $0) }
        return DocumentSetAuditor().audit(DocumentSet(documents: documents, catalogues: Audit.catalogues))
    }

    static func revenueTable(_ agency: String, rows: [String]) -> String {
        """
        # \(agency)2024年部门预算公开

        ## 收入总表

        部门/单位：\(agency)

        单位：万元

        部门(单位)代码\t部门(单位)名称\t合计\t一般公共预算\t其他收入
        \(rows.joined(separator: "\n"))
        """
    }

    static let department = revenueTable("咸宁市交通运输局", rows: [
        "\t合计\t300.00\t250.00\t50.00",
        "222\t咸宁市交通运输局\t300.00\t250.00\t50.00",
        "222001\t咸宁市交通运输局(本级)\t100.00\t100.00\t0.00",
        "222006\t咸宁市交通运输局城市客运管理处\t200.00\t150.00\t50.00",
    ])
    static let own = revenueTable("咸宁市交通运输局(本级)", rows: [
        "\t合计\t100.00\t100.00\t0.00", "222001\t咸宁市交通运输局(本级)\t100.00\t100.00\t0.00",
    ])
    static func unit(_ total: String, _ general: String) -> String {
        revenueTable("咸宁市交通运输局城市客运管理处", rows: [
            "\t合计\t\(total)\t\(general)\t50.00", "222006\t咸宁市交通运输局城市客运管理处\t\(total)\t\(general)\t50.00",
        ])
    }

    @Test func aDepartmentAgreesWithItsTwoUnits() {
        #expect(Self.audit([("dept.txt", Self.department), ("own.txt", Self.own), ("unit.txt", Self.unit("200.00", "150.00"))]) == [])
    }

    @Test func aUnitWhoseOwnDisclosureDiffersFires() {
        let findings = Self.audit([("dept.txt", Self.department), ("own.txt", Self.own), ("unit.txt", Self.unit("210.00", "160.00"))])
        #expect(findings.map(\.rule) == ["documents.units", "documents.units"])
        #expect(findings.allSatisfy { $0.file == "dept.txt" && $0.location.row == "222006 咸宁市交通运输局城市客运管理处" })
        #expect(findings.map(\.location.column) == ["total", "source.generalPublicBudget"])
        #expect(findings.map(\.expected) == ["210.00", "160.00"])
        #expect(findings.first?.related.first?.file == "unit.txt")
    }

    static let agency = "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站"

    /// Last year's 收入 paragraph: seed 003 says 一般公共预算 251.53, 比上年预算增加 5.44
    /// (so 246.09), 单位其他资金收入 210.31, 减少 21.84 (so 232.15).
    static func lastYear(general: String = "246.09") -> String {
        """
        # \(agency) 2020 年部门预算公开

        ### 二、关于\(agency) 2020 年收入预算情况说明

        \(agency)收入预算 478.24 万元，其中：

        一般公共预算 \(general) 万元，占 51.46%。

        单位其他资金收入 232.15 万元，占 48.54%。
        """
    }

    @Test func twoConsistentYearsAreQuiet() throws {
        #expect(Self.audit([("2020.txt", Self.lastYear()), ("2021.txt", try Audit.seed(3))]) == [])
    }

    @Test func aChangeThatDoesNotMatchLastYearsDocumentFires() throws {
        let findings = Self.audit([("2020.txt", Self.lastYear(general: "240.09")), ("2021.txt", try Audit.seed(3))])
        #expect(findings.map(\.rule) == ["documents.prior-year"])
        #expect(findings.first?.file == "2021.txt")
        #expect(findings.first?.location.line == 318)
        #expect(findings.first?.expected == "240.09 万元")
        #expect(findings.first?.related.first?.file == "2020.txt")
    }

    static func finalAccounts(change: String) -> String {
        """
        # \(agency) 2021 年部门决算公开

        ### 二、关于\(agency) 2021 年收入决算情况说明

        \(agency)收入决算 470.00 万元，其中：

        一般公共预算 256.53 万元，比年初预算增加 \(change) 万元，主要原因是：追加人员经费。
        """
    }

    @Test func aFinalAccountsDocumentRestsOnTheSameYearsBudget() throws {
        // 256.53 − 5.00 = 251.53, what seed 003 budgeted.
        #expect(Self.audit([("budget.txt", try Audit.seed(3)), ("final.txt", Self.finalAccounts(change: "5.00"))]) == [])
        let findings = Self.audit([("budget.txt", try Audit.seed(3)), ("final.txt", Self.finalAccounts(change: "15.00"))])
        #expect(findings.map(\.rule) == ["documents.prior-year"])
        #expect(findings.first?.file == "final.txt")
        #expect(findings.first?.expected == "251.53 万元")
    }

    @Test func aCodeRenamedWithoutTheCatalogueFires() throws {
        // Seed 003 prints 2080505 机关事业单位基本养老保险缴费支出; a year earlier the same code
        // under another name is a finding, the catalogue's own name is not.
        func table(_ name: String) -> String {
            """
            # \(Self.agency) 2020 年部门预算公开

            ### 表三 部门支出总体情况表

            单位：万元

            项目\t合计\t基本支出\t项目支出
            合计\t20.00\t20.00\t0.00
            2080505 \(name)\t20.00\t20.00\t0.00
            """
        }
        #expect(Self.audit([("2020.txt", table("机关事业单位基本养老保险缴费支出")), ("2021.txt", try Audit.seed(3))]) == [])
        let findings = Self.audit([("2020.txt", table("职业年金缴费支出")), ("2021.txt", try Audit.seed(3))])
        #expect(findings.map(\.rule).contains("documents.code-names"))
        #expect(findings.first { $0.rule == "documents.code-names" }?.expected == "职业年金缴费支出")
    }
}

extension DocumentSetTests {
    static func agencyTargets(project: String) -> String {
        """
        # \(agency)2021年部门整体支出绩效目标

        ### 部门整体支出绩效目标表

        单位：万元

        部门名称\t\(agency)
        总体资金情况\t预算支出总额\t基本支出\t项目支出
        \t461.83\t438.33\t\(project)
        整体绩效目标\t保障工程质量安全监督工作正常开展
        """
    }

    @Test func anAgencyTargetStatesTheDisclosuresSpending() throws {
        // Seed 003's 表三 prints 基本支出 438.33 and 项目支出 23.50.
        #expect(Self.audit([("targets.txt", Self.agencyTargets(project: "23.50")), ("003.txt", try Audit.seed(3))]) == [])
        let findings = Self.audit([("targets.txt", Self.agencyTargets(project: "33.50")), ("003.txt", try Audit.seed(3))])
        #expect(findings.map(\.rule) == ["documents.performance-targets"])
        #expect(findings.first?.file == "targets.txt")
        #expect(findings.first?.location.column == "project")
        #expect(findings.first?.expected == "23.50")
        #expect(findings.first?.related.first?.file == "003.txt")
    }

    @Test func aTargetTableInsideTheDisclosureIsCheckedToo() throws {
        let table = Self.agencyTargets(project: "33.50").components(separatedBy: "\n").dropFirst(2).joined(separator: "\n")
        let findings = Self.audit([("003.txt", try Audit.seed(3) + "\n\n" + table)])
        #expect(findings.map(\.rule) == ["documents.performance-targets"])
        #expect(findings.first?.related.first?.file == nil, "the same document")
    }
}
