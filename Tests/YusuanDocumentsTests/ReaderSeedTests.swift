import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// The four seed documents, read whole.
@Suite struct ReaderSeedTests {
    static let catalogues = try! CatalogueSet.bundled()
    let reader = DocumentReader(catalogues: ReaderSeedTests.catalogues)

    func read(_ number: Int) throws -> Document {
        reader.read(text: try Fixtures.seed(number), file: try Fixtures.seedPath(number))
    }

    @Test func seed003ReadsKindAgencyYearAndEveryTable() throws {
        let document = try read(3)
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency == "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站")
        #expect(document.fiscalYear == 2021)
        #expect(document.moneyScale == .tenThousandYuan)
        #expect(document.tables.map(\.kind) == [
            .revenueExpenditureSummary, .revenueSummary, .expenditureSummary, .fiscalAppropriationSummary,
            .generalPublicExpenditure, .generalPublicBasicExpenditure, .generalPublicProjectExpenditure, .threePublicExpenses,
            .performanceTargets,
        ])
        #expect(document.tables.map(\.number) == ["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", nil])
        #expect(document.unrecognized == [])
        let summary = document.tables[0]
        let total = try #require(summary.rows(.grandTotal, side: .revenue).first)
        #expect(summary.cell(total, .amount)?.amount?.value == DecimalNumber("461.83"))
        #expect(summary.rows(.grandTotal, side: .expenditure).first.flatMap { summary.cell($0, .amount) }?.text == "461.83")
        #expect(summary.rows(.fundSource(.otherRevenue)).first.flatMap { summary.cell($0, .amount) }?.text == "210.31")
        // Empty tables keep the 备注 that explains them.
        #expect(document.tables[6].isEmpty && document.tables[6].note?.contains("未安排项目支出预算") == true)
        #expect(document.tables[7].isEmpty && document.tables[7].note?.contains("三公") == true)
    }

    @Test func seed003SplitCodesAndTheAgencyRow() throws {
        let table = try read(3).tables[1]
        #expect(table.columns.prefix(4).map(\.meaning) == [
            .codePart(.functionCode, .category), .codePart(.functionCode, .section), .codePart(.functionCode, .item), .name,
        ])
        #expect(table.rows.map(\.code) == [nil, "208", "20805", "2080505", "212", "21201", "2120101", "21206", "2120601",
                                          "221", "22102", "2210201", nil])
        #expect(table.rows.first?.subject == .agency(code: "", name: "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站"))
        #expect(table.rows.map(\.role) == [.subtotal] + [.subtotal, .subtotal, .detail, .subtotal, .subtotal, .detail,
                                                         .subtotal, .detail, .subtotal, .subtotal, .detail] + [.total])
        let row = table.rows[6]
        #expect(row.label == "行政运行（城乡社区管理事务）")
        #expect(table.cell(row, .source(.otherRevenue))?.text == "15.45")
        #expect(table.cell(row, .source(.otherRevenue))?.location.line == row.location.line)
    }

    @Test func seed004ReadsItsTablesAndTheMisnamedHeader() throws {
        let document = try read(4)
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency == "咸宁市交通运输局城市客运管理处")
        #expect(document.fiscalYear == 2024)
        #expect(document.tables.map(\.kind) == [
            .revenueExpenditureSummary, .revenueSummary, .expenditureSummary, .fiscalAppropriationSummary,
            .generalPublicExpenditure, .generalPublicExpenditure, .generalPublicBasicExpenditure,
        ])
        #expect(document.tables[3].agency == "济宁市交通运输局城市客运管理处")
        #expect(document.tables.filter { $0.agency == "咸宁市交通运输局城市客运管理处" }.count == 5)
        #expect(document.unrecognized == [])
        let basic = document.tables[6]
        let goods = try #require(basic.rows(.economic(EconomicCode("302")!)).first)
        #expect(goods.label == "商品和服务支出")
        #expect(goods.role == .subtotal)
        #expect(basic.cell(goods, .basic)?.amount?.value == DecimalNumber("25.57"))
        #expect(basic.cell(goods, .operating)?.text == "25.57")
        // The revenue table by agency: its department's 合计 cell is blank.
        let revenue = document.tables[1]
        #expect(revenue.rows.map(\.subject) == [.grandTotal, .agency(code: "222", name: "咸宁市交通运输局"),
                                                 .agency(code: "222006", name: "咸宁市交通运输局城市客运管理处")])
        #expect(revenue.cell(revenue.rows[1], .total) == nil)
        #expect(revenue.cell(revenue.rows[1], .currentYear(.generalPublicBudget))?.text == "1205.56")
        // 财政拨款收支总表: the sources under 上年结转 are carried over.
        let fiscal = document.tables[3]
        #expect(fiscal.rows(.carriedOver(.generalPublicBudget), side: .revenue).count == 1)
        #expect(fiscal.rows(.function(FunctionCode("214")!), side: .expenditure).first.flatMap { fiscal.cell($0, .amount) }?.text == "1056.11")
    }

    /// Every figure the reader finds in seeds 003 and 004 is the one the views of their
    /// facts compute for the same row and column: rows and columns got their meanings.
    @Test(arguments: [3, 4])
    func everyFigureReadMeansWhatTheFactsSay(_ number: Int) throws {
        let document = try read(number)
        let facts = number == 3 ? Seed003.facts : Seed004.facts
        let views = DisclosureViews(facts: facts, catalogues: Self.catalogues)
        var compared = 0
        var differences: [String] = []
        for table in document.tables {
            for row in table.rows {
                guard var subject = row.subject else { continue }
                if case .agency(let code, let name) = subject, code.isEmpty, name == facts.agency.name {
                    subject = .agency(code: facts.agency.code, name: name)
                }
                for cell in row.cells {
                    guard let figure = cell.amount, let meaning = table.columns[cell.column].meaning,
                          let measure = views.measure(table.kind, side: row.side, row: subject, column: meaning)
                    else { continue }
                    compared += 1
                    let computed = facts.value(of: measure).displayValue(in: figure.scale, decimals: figure.decimals)
                    if computed != figure.value {
                        differences.append("\(table.title) \(row.label) \(meaning): printed \(figure.value), facts \(computed)")
                    }
                }
            }
        }
        #expect(differences == [])
        #expect(compared > (number == 3 ? 140 : 250), "compared \(compared) figures")
    }

    @Test func seed002EveryRowGetsItsAgency() throws {
        let document = try read(2)
        #expect(document.kind == .selfEvaluation)
        #expect(document.fiscalYear == 2021)
        #expect(document.agency == "深圳市龙岗区财政局")
        #expect(document.tables.count == 1)
        #expect(document.unrecognized == [])
        let table = document.tables[0]
        #expect(table.kind == .selfEvaluation)
        #expect(table.moneyScale == .tenThousandYuan)
        let treasury = try #require(table.rows.first { $0.label == "国库集中支付" })
        #expect(treasury.agency == "深圳市龙岗区财政局(本级)")
        #expect(treasury.sequence == 5)
        #expect(table.cell(treasury, .budget("total"))?.amount?.value == DecimalNumber("1183.67"))
        #expect(table.cell(treasury, .actual("total"))?.text == "1171.32")
        #expect(table.cell(treasury, .executionRate)?.percentage?.value == DecimalNumber("98.96"))
        #expect(table.cell(treasury, .indicator("quantity", "target"))?.text == "国库集中支付覆盖率")
        // 22 projects and two 小计 rows; the header printed again after each page break is not a row.
        #expect(table.rows.filter { $0.role == .detail }.count == 22)
        #expect(table.rows.filter { $0.role == .subtotal }.map(\.label) == ["局本级小计", "评审中心小计"])
        #expect(table.rows.allSatisfy { $0.agency != nil })
        let review = table.rows.filter { $0.agency == "深圳市龙岗区财政投资评审中心" }
        #expect(review.map(\.sequence) == [3, 4, 5, nil], "rows 1–2 of the group are missing from the document")
        #expect(Set(table.rows.compactMap(\.agency)).count == 4)
    }

    @Test func seed000ReadsAsAProjectApplication() throws {
        let document = try read(0)
        #expect(document.kind == .projectApplication)
        #expect(document.tables.map(\.kind) == [
            .projectInformation, .performanceTargets, .performanceTargets, .transferPayments, .procurement,
            .purchasedServices, .reviewSheet, .reviewSheet,
        ])
        #expect(document.unrecognized == [])
        #expect(document.agency == "玉溪市商务局")
        #expect(document.fiscalYear == 2020)
        let application = try #require(document.project)
        #expect(application.project.name == "玉溪海关综合业务用房项目补助资金")
        let quantitative = application.target.indicators.filter { $0.isQuantitative == true }
        #expect(quantitative.map(\.name) == ["综合业务用房面积", "生活配套用房面积", "地下停车库等人防工程面积", "工程验收合格率",
                                             "通过验收并移交使用时间", "项目投入使用后服务企业户数", "服务企业满意程度"])
        let totals = application.reviewSheets.compactMap { $0.statedTotal(.sheet) }
        #expect(totals.map(\.selfScore) == [DecimalNumber("100.00")])
        #expect(totals.map(\.bureauScore) == [DecimalNumber("76.00")])
        #expect(application.reviewSheets.last?.computedBureauScore() == DecimalNumber("76.00"))
    }
}
