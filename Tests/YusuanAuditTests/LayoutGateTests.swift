import Foundation
import Testing
import YusuanAudit
import YusuanCore
@testable import YusuanDocuments
import YusuanTestSupport

/// Tables read from inferred columns are audited only as far as the reading can be trusted.
@Suite struct LayoutGateTests {
    /// Seed 004's 一般公共预算支出表(分单位): its 合计 sums one agency, 222 咸宁市交通运输局.
    static let planted = ("\t合计\t1205.56\t380.56\t354.99", "\t合计\t1305.56\t380.56\t354.99")
    static let title = "一般公共预算支出表(分单位)"

    @Test func aTextTableKeepsTheErrorOfItsLoneMember() throws {
        let document = Audit.read(try Audit.seed(4, replacing: Self.planted.0, with: Self.planted.1))
        let index = try #require(document.tables.firstIndex { $0.title.contains(Self.title) })
        #expect(document.tables[index].layout == .grid)
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(findings.contains { $0.severity == .error && $0.location.tableIndex == index })
        #expect(!findings.contains { $0.rule == UncertainLayoutRule.descriptor.id })
    }

    @Test func aWordTableWhoseLoneMemberFallsShortIsSetAside() throws {
        // Read from a PDF's word positions, a 合计 over one row it does not equal is a
        // sibling row the reading missed (a unit taken for a project): not the document's error.
        var document = Audit.read(try Audit.seed(4, replacing: Self.planted.0, with: Self.planted.1))
        let index = try #require(document.tables.firstIndex { $0.title.contains(Self.title) })
        document.tables[index].layout = .geometric
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(!findings.contains { $0.severity == .error && $0.location.tableIndex == index })
        let notice = try #require(findings.first { $0.rule == UncertainLayoutRule.descriptor.id && $0.location.tableIndex == index })
        #expect(notice.severity == .info)
    }

    @Test func aWellReadSmallWordTableKeepsItsOneWrongFigure() throws {
        // Read as printed, the table's few identities hold and nothing is set aside.
        let document = try Audit.excerpt("fuzhou-2026-p10")
        let index = try #require(document.tables.firstIndex { $0.kind == .revenueExpenditureSummary })
        #expect(document.tables[index].layout == .geometric)
        let clean = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(!clean.contains { $0.severity == .error || $0.rule == UncertainLayoutRule.descriptor.id })
        // One figure misprinted breaks one of its handful of identities: a document error
        // that one correction explains, reported as such, not hidden as a misreading.
        let altered = try Audit.excerpt("fuzhou-2026-p10", replacing: "1073.21", with: "1083.21")
        let findings = Auditor(catalogues: Audit.catalogues).audit(altered)
        #expect(!findings.contains { $0.rule == UncertainLayoutRule.descriptor.id })
        let error = try #require(findings.first { $0.severity == .error && $0.location.tableIndex == index })
        #expect(error.location.page == 1)
        #expect(error.message.zh.contains("351904.90"))
    }

    @Test func aWordTableWithTwoRowsReadAsOneSubjectIsSetAside() throws {
        // Beijing's 预算03表 prints a row per 功能分类 × 经济分类 pair: read by the 功能 code
        // alone, 行政运行 is fifteen rows of one meaning with fifteen figures. That says the
        // reading lost what tells them apart, whatever the arithmetic: the table is set aside.
        let document = try Audit.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let index = try #require(document.tables.firstIndex { $0.kind == .expenditureSummary })
        let findings = Auditor(catalogues: Audit.catalogues).audit(document)
        #expect(!findings.contains { $0.severity == .error })
        let notice = try #require(findings.first { $0.rule == UncertainLayoutRule.descriptor.id && $0.location.tableIndex == index })
        #expect(notice.message.en.contains("read with the same meaning"))
    }
}
