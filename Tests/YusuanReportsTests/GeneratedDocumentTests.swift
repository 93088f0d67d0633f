import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanTestSupport

/// A disclosure generated from consistent facts — every figure a view of them, every share
/// computed once — must audit without a finding: the rules raise nothing for honest rounding.
@Suite struct GeneratedDocumentTests {
    static let catalogues = try! CatalogueSet.bundled()

    static func generated(_ facts: BudgetFacts) -> String {
        let views = DisclosureViews(facts: facts, catalogues: catalogues)
        let writer = DisclosureText(agency: facts.agency.name)
        let precision = DisplayPrecision.tenThousandYuan
        let kinds: [(String, TableKind)] = [
            ("表一", .revenueExpenditureSummary), ("表二", .revenueSummary), ("表三", .expenditureSummary),
            ("表四", .fiscalAppropriationSummary), ("表五", .generalPublicExpenditure), ("表六", .generalPublicBasicExpenditure),
        ]
        var text = ["# \(facts.agency.name)\(facts.fiscalYear)年部门预算公开", ""]
        text += kinds.map { number, kind in writer.table(views.table(kind)!, number: number) + "\n" }

        // The narrative's revenue paragraph, its shares computed from the exact amounts.
        let total = facts.value(of: .lines(FactSelector(origins: [.currentYear])))
        func share(_ part: Money) -> String {
            "\((part.yuan * DecimalNumber(100)).divided(by: total.yuan, decimals: 2)!)%"
        }
        text.append("### 二、关于\(facts.agency.name)\(facts.fiscalYear)年收入预算情况说明\n")
        text.append("\(facts.agency.name)收入预算 \(total.formatted(precision, grouping: false)) 万元，其中：\n")
        for source in [FundSource.generalPublicBudget, .otherRevenue] {
            let part = facts.value(of: .lines(FactSelector(sources: [source], origins: [.currentYear])))
            text.append("\(source == .otherRevenue ? "其他收入" : source.chineseName) \(part.formatted(precision, grouping: false)) 万元，占 \(share(part))。\n")
        }
        return text.joined(separator: "\n")
    }

    @Test func aGeneratedDisclosureHasNoFindings() throws {
        let text = Self.generated(Seed003.facts)
        let document = DocumentReader(catalogues: Self.catalogues).read(text: text, file: "generated.txt")
        #expect(document.tables.map(\.kind) == [.revenueExpenditureSummary, .revenueSummary, .expenditureSummary,
                                                .fiscalAppropriationSummary, .generalPublicExpenditure, .generalPublicBasicExpenditure])
        #expect(document.statements.contains { $0.kind == .share })
        let findings = Auditor(catalogues: Self.catalogues).audit(document)
        #expect(findings == [], "\(findings.map { "\($0.rule) \($0.location.line ?? 0) \($0.message.zh)" })")
        // 工资福利支出 231.45 over rows that print to 231.46 is still there, and still quiet.
        #expect(text.contains("231.45"))
    }

    @Test func aGeneratedDisclosureWithOneFigureChangedFires() throws {
        var text = Self.generated(Seed003.facts)
        text = text.replacingOccurrences(of: "占 54.46%", with: "占 54.00%")
        let findings = Auditor(catalogues: Self.catalogues).audit(DocumentReader(catalogues: Self.catalogues).read(text: text, file: "g.txt"))
        #expect(findings.map(\.rule) == ["narrative.share"])
    }
}

extension GeneratedDocumentTests {
    /// `WRITE_GENERATED=FILE swift test --filter writeGenerated` writes the document, to look at.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WRITE_GENERATED"] != nil)) func writeGenerated() throws {
        try Self.generated(Seed003.facts).write(toFile: ProcessInfo.processInfo.environment["WRITE_GENERATED"]!, atomically: true, encoding: .utf8)
    }
}
