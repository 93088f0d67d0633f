import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments

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
}
