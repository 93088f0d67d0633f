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
}
