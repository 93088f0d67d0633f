import Testing
@testable import YusuanCore
import YusuanTestSupport

@Suite struct DisclosureViewsTests {
    let catalogues = try! CatalogueSet.bundled()

    @Test func seed003TablesComeOutOfTheFacts() {
        let views = DisclosureViews(facts: Seed003.facts, catalogues: catalogues)
        let differences = Seed003.tables.flatMap { $0.differences(from: views) }
        #expect(differences == [])
    }

    @Test func seed004TablesComeOutOfTheFacts() {
        let views = DisclosureViews(facts: Seed004.facts, catalogues: catalogues)
        let differences = Seed004.tables.flatMap { $0.differences(from: views) }
        #expect(differences == [])
    }

    /// The computed tables list the rows each document prints, with the same amounts.
    @Test func theViewsListTheRowsTheSeedsPrint() {
        let seed003 = DisclosureViews(facts: Seed003.facts, catalogues: catalogues)
        let views003: [String: TableView] = [
            "表一 收入": seed003.revenueExpenditureSummary(), "表一 支出": seed003.revenueExpenditureSummary(),
            "表二": seed003.revenueSummary(grouping: .agenciesWithFunctions),
            "表三": seed003.expenditureSummary(grouping: .agenciesWithFunctions),
            "表四 收入": seed003.fiscalAppropriationSummary(), "表四 支出": seed003.fiscalAppropriationSummary(),
            "表五": seed003.generalPublicExpenditure(grouping: .agenciesWithFunctions),
            "表六": seed003.generalPublicBasicExpenditure(),
            "表七": seed003.projectExpenditure(.generalPublicProjectExpenditure),
            "表八": seed003.threePublicExpenses(),
        ]
        // Seed 003's summaries print no 本年收入合计 / 本年支出合计 rows.
        let layout003: Set<RowSubject> = [.currentYearTotal]
        for table in Seed003.tables {
            #expect(table.rowDifferences(from: views003[table.name]!, facts: Seed003.facts, layoutOnly: layout003) == [],
                    "\(table.name)")
        }
        let seed004 = DisclosureViews(facts: Seed004.facts, catalogues: catalogues)
        let views004: [String: TableView] = [
            "附表-1 收入": seed004.revenueExpenditureSummary(), "附表-1 支出": seed004.revenueExpenditureSummary(),
            "附表-2": seed004.revenueSummary(grouping: .agencies),
            "附表-3": seed004.expenditureSummary(), "附表-4 收入": seed004.fiscalAppropriationSummary(),
            "附表-4 支出": seed004.fiscalAppropriationSummary(), "附表-5-1": seed004.generalPublicExpenditure(),
            "附表-5-2": seed004.generalPublicExpenditure(grouping: .agencies), "附表-6": seed004.generalPublicBasicExpenditure(),
        ]
        // Seed 004's 收支总表 lists its sources without a 财政拨款（补助） subtotal.
        for table in Seed004.tables {
            guard let view = views004[table.name] else { continue }
            #expect(table.rowDifferences(from: view, facts: Seed004.facts, layoutOnly: [.fiscalAppropriation]) == [],
                    "\(table.name)")
        }
    }

    @Test func rollupsFollowTheHierarchy() {
        let views = DisclosureViews(facts: Seed004.facts, catalogues: catalogues)
        let table = views.generalPublicExpenditure()
        #expect(table.rows.first?.subject == .grandTotal)
        let labels = table.rows.map(\.label)
        #expect(labels.prefix(4) == ["合计", "社会保障和就业支出", "行政事业单位养老支出", "事业单位离退休"])
        #expect(table.row(.function(FunctionCode("2080505")!))?.label == "机关事业单位基本养老保险缴费", "the document's own wording")
        #expect(table.row(.function(FunctionCode("21401")!))?.role == .subtotal)
        #expect(table.row(.function(FunctionCode("2140112")!))?.depth == 2)
        // Every 类 row is the sum of its 款 rows, and 合计 the sum of the 类 rows.
        for row in table.rows {
            guard case .function(let code) = row.subject, code.level != .item else { continue }
            let children = table.rows.filter { if case .function(let child) = $0.subject { child.parent == code } else { false } }
            #expect(children.map { $0.cells[.total]!.value }.sum() == row.cells[.total]!.value)
        }
        let categories = table.rows.filter { if case .function(let code) = $0.subject { code.level == .category } else { false } }
        #expect(categories.map { $0.cells[.total]!.value }.sum() == table.rows[0].cells[.total]!.value)
        #expect(table.rows[0].cells[.basic]!.value == table.rows[0].cells[.personnel]!.value + table.rows[0].cells[.operating]!.value)
    }

    @Test func anEmptyTableIsEmpty() {
        let views = DisclosureViews(facts: Seed003.facts, catalogues: catalogues)
        #expect(views.threePublicExpenses().isEmpty)
        #expect(views.fundExpenditure(.governmentFund).isEmpty)
        #expect(views.projectExpenditure(.generalPublicProjectExpenditure).isEmpty)
        #expect(!views.projectExpenditure().isEmpty, "the unit's own funds pay for one project")
    }

    @Test func lastYearsThreePublicFiguresGetTheirOwnRow() {
        var facts = Seed004.facts
        facts.priorYearThreePublic = ThreePublicExpenses(vehicleOperation: wan("8"), reception: wan("0.1"))
        let table = DisclosureViews(facts: facts, catalogues: catalogues).threePublicExpenses()
        #expect(table.rows.map(\.subject) == [.year(2023), .year(2024)])
        #expect(table.value(.year(2023), .threePublic(.total)) == wan("8.1"))
        #expect(table.value(.year(2024), .threePublic(.total)) == .zero)
    }

    @Test func sameSelectorSameAmountAcrossTables() {
        // The identity 表五 基本支出 = 表六 合计 follows from the definitions: both cells add
        // up the same lines.
        let views = DisclosureViews(facts: Seed004.facts, catalogues: catalogues)
        let table5 = views.measure(.generalPublicExpenditure, row: .grandTotal, column: .basic)
        let table6 = views.measure(.generalPublicBasicExpenditure, row: .grandTotal, column: .total)
        #expect(table5 == table6)
        let summary = views.measure(.revenueExpenditureSummary, side: .expenditure, row: .function(FunctionCode("214")!), column: .amount)
        let expenditure = views.measure(.expenditureSummary, row: .function(FunctionCode("214")!), column: .total)
        #expect(summary == expenditure)
    }
}
