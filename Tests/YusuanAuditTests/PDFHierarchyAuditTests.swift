import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Subtotals a PDF shows only by indentation are checked: 类 = Σ 款 = Σ 项.
@Suite struct PDFHierarchyAuditTests {
    @Test func shenzhenSummaryChecksEachLevelOfItsIndentedNames() throws {
        let document = try Audit.excerpt("shenzhen-2026-p16-18")
        let index = try #require(document.tables.firstIndex { $0.kind == .revenueExpenditureSummary })
        let table = document.tables[index]
        let graph = CellGraph(document: document)
        func sum(_ parent: String) -> SumIdentity? {
            graph.sums.first { $0.parent.table == index && table.rows[$0.parent.row].code == parent && $0.children.allSatisfy { $0.table == index } }
        }
        // 20805 行政事业单位养老支出 (p. 1) over its three 项, two of them on p. 2.
        let pension = try #require(sum("20805"))
        #expect(pension.children.compactMap { table.rows[$0.row].code }.sorted() == ["2080501", "2080505", "2080506"])
        #expect(pension.holds)
        #expect(try #require(sum("201")).children.compactMap { table.rows[$0.row].code } == ["20105"])
        #expect(try #require(sum("20105")).children.count == 4)
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(!findings.contains { $0.severity == .error || $0.rule == UncertainLayoutRule.descriptor.id })
    }

    @Test func aWrong项UnderAnIndented款IsFound() throws {
        // 专项统计业务 701.80 printed as 711.80: 统计信息事务 3,478.72 no longer adds up.
        let document = try Audit.excerpt("shenzhen-2026-p16-18", replacing: "701.80", with: "711.80")
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        let errors = findings.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { finding in
            let row = finding.location.row ?? ""
            return row.contains("统计信息事务") || row.contains("专项统计业务") || row.contains("一般公共服务支出")
        })
        #expect(errors.contains { ($0.location.row ?? "").contains("统计信息事务") })
        #expect(!findings.contains { $0.rule == UncertainLayoutRule.descriptor.id })
    }

    @Test func carriedOverMoneyIsNotComparedAcrossTablesThatDoNotSayWhetherTheyCountIt() throws {
        // Zhuhai carries 19,904.01 over. Its 表5 一般公共预算支出 (basic 7,517.32) reports this
        // year's appropriation; its 表11 by fund source (一般公共预算 7,519.44) counts the
        // carried-over money too, and neither prints a 上年结转 column. The two are not
        // compared; each table's own sums are, 20113 商贸事务 over its four 项 among them.
        let document = try Audit.excerpt("zhuhai-2026-p6-7-13-14-21")
        let spending = try #require(document.tables.firstIndex { $0.kind == .generalPublicExpenditure })
        let basic = try #require(document.tables.firstIndex { $0.kind == .basicExpenditure })
        let graph = CellGraph(document: document)
        #expect(!graph.equalities.contains { Set([$0.first.table, $0.second.table]) == [spending, basic] })
        let trade = try #require(graph.sums.first { $0.parent.table == spending && document.tables[spending].rows[$0.parent.row].code == "20113" })
        #expect(trade.children.count == 4 && trade.holds)
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(!findings.contains { $0.severity == .error || $0.rule == UncertainLayoutRule.descriptor.id })
    }
}
