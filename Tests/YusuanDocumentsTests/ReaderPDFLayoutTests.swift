import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// PDF tables of three provinces' layouts, from committed excerpts (Tests/Fixtures/pdf/README.md):
/// a table continued on the next page joined into one, side-by-side 收入 and 支出 halves, a
/// split 类/款/项 code, rotated pages, and each table's rows and columns as the document shows
/// them.
@Suite struct ReaderPDFLayoutTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    /// An excerpt committed as poppler's output (`-tsv` words of the pages), read as `yusuan
    /// read` reads the PDF: the layout text rebuilt from the words.
    static func excerpt(_ name: String) throws -> Document {
        let (text, words) = try PDFText.textAndWords(tsv: try Data(contentsOf: Fixtures.url("pdf/\(name)-words.tsv")))
        return reader.read(text: text, words: words, file: name)
    }

    static func amount(_ table: Table, _ label: String, side: TableSide? = nil, _ meaning: ColumnMeaning) -> String? {
        guard let row = table.rows.first(where: { $0.label == label && (side == nil || $0.side == side) }) else { return nil }
        return table.cell(row, meaning)?.amount?.text
    }

    // MARK: 深圳 (Guangdong): 收支总表 over two pages, 收入 and 支出 side by side

    @Test func shenzhenSummaryRunsOverTwoPagesWithBothHalves() throws {
        let document = try Self.excerpt("shenzhen-2026-p16-18")
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency.map(TextNormalization.halfWidth) == "深圳市统计局(本级)")
        // One table, though its title and header print again on the second page.
        let summaries = document.tables.filter { $0.kind == .revenueExpenditureSummary }
        #expect(summaries.count == 1)
        let table = try #require(summaries.first)
        #expect(table.layout == .geometric)
        #expect(Set(table.rows.compactMap(\.location.page)) == [1, 2])
        // 收入: 项目 | 2026年预算数, then 支出: 项目 | 2026年预算数. The spaced-out group titles
        // (收　入, 支　出) head their halves and are no columns of their own.
        #expect(table.columns.map(\.header) == [["收入", "项目"], ["收入", "2026年预算数"], ["支出", "项目"], ["支出", "2026年预算数"]])
        #expect(table.columns.map(\.side) == [.revenue, .revenue, .expenditure, .expenditure])
        #expect(table.columns.map(\.meaning) == [.item, .amount, .item, .amount])
        // 16 lines of 收入 and 24 of 支出, as printed.
        #expect(table.rows.filter { $0.side == .revenue }.count == 16)
        #expect(table.rows.filter { $0.side == .expenditure }.count == 24)
        // Both halves' figures, each in its own half (the revenue figure, far right of its
        // centred header, once ran into the expenditure name beside it).
        #expect(Self.amount(table, "一、财政拨款", side: .revenue, .amount) == "5,417.80")
        #expect(Self.amount(table, "1.一般公共预算拨款", side: .revenue, .amount) == "5,417.80")
        #expect(Self.amount(table, "一、一般公共服务支出", side: .expenditure, .amount) == "3,478.72")
        #expect(Self.amount(table, "统计信息事务", side: .expenditure, .amount) == "3,478.72")
        #expect(table.rows.first { $0.label == "一、一般公共服务支出" }?.subject == .function(FunctionCode("201")!))
        // On the second page.
        let housing = try #require(table.rows.first { $0.label == "购房补贴" })
        #expect(housing.location.page == 2)
        #expect(table.cell(housing, .amount)?.amount?.text == "882.72")
        #expect(Self.amount(table, "收入总计", side: .revenue, .amount) == "5,417.80")
        #expect(Self.amount(table, "支出总计", side: .expenditure, .amount) == "5,417.80")
        // 财政拨款结余、结转 is last year's money, not this year's 财政拨款.
        #expect(table.rows.filter { $0.subject == .fiscalAppropriation }.map(\.label) == ["一、财政拨款"])
    }

    @Test func shenzhenRevenueSummaryHasOneAgencyRow() throws {
        let document = try Self.excerpt("shenzhen-2026-p16-18")
        let table = try #require(document.tables.first { $0.kind == .revenueSummary })
        #expect(table.columns.count == 12)
        #expect(table.rows.count == 1)
        #expect(table.cell(table.rows[0], .source(.generalPublicBudget))?.amount?.text == "5,417.80")
        #expect(table.rows[0].cells.allSatisfy { $0.location.page == 3 && $0.location.box != nil })
    }

    // MARK: 上海 (Shanghai): 类/款/项 codes in three columns, amounts in 元

    @Test func shanghaiTablesAsPrinted() throws {
        let document = try Self.excerpt("shanghai-2026-p7-8-10")
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency == "上海市审计局")
        #expect(document.fiscalYear == 2026)
        #expect(document.tables.map(\.kind) == [.revenueExpenditureSummary, .revenueSummary, .expenditureSummary])
        #expect(document.tables.map(\.columns.count) == [8, 9, 5])
        #expect(document.tables.map(\.rows.count) == [13, 12, 12])

        // 收支总表: 收入 项目 | 预算数 beside 支出 项目 | 合计 | 人员经费 | 基本支出 | 公用经费 | 项目支出.
        let summary = document.tables[0]
        #expect(summary.columns.map(\.side) == [.revenue, .revenue] + Array(repeating: .expenditure, count: 6))
        #expect(Self.amount(summary, "一、财政拨款收入", side: .revenue, .amount) == "195,774,300")
        let general = try #require(summary.rows.first { $0.subject == .function(FunctionCode("201")!) })
        #expect(summary.cell(general, .personnel)?.amount?.text == "93,654,340")
        #expect(summary.cell(general, .project)?.amount?.text == "19,860,000")
        // The document prints no figure beside 收入总计 (支出总计 has 195,774,300): read as printed.
        #expect(summary.rows.first { $0.label == "收入总计" }?.cells.allSatisfy { $0.amount == nil } == true)

        // 收入预算总表: 类 | 款 | 项 under 功能分类科目编码, each level in its own column.
        let revenue = document.tables[1]
        #expect(revenue.columns.prefix(3).map(\.meaning) == [.codePart(.functionCode, .category), .codePart(.functionCode, .section), .codePart(.functionCode, .item)])
        let operation = try #require(revenue.rows.first { $0.code == "2010801" })
        #expect(operation.label == "行政运行")
        #expect(revenue.cell(operation, .total)?.amount?.text == "114,479,860")
        #expect(operation.cells.first?.location.page == 2)

        let expenditure = document.tables[2]
        let management = try #require(expenditure.rows.first { $0.code == "2010802" })
        #expect(expenditure.cell(management, .project)?.amount?.text == "1,583,000")
        #expect(expenditure.cell(management, .basic) == nil)
    }

    // MARK: 烟台 (Shandong): /Rotate 90 pages, a table over two of them

    @Test func yantaiRotatedTableOverTwoPages() throws {
        let document = try Self.reader.read(contentsOf: Fixtures.url("pdf/yantai-2026-p7-8-rotated.pdf"))
        #expect(document.kind == .budgetDisclosure)
        #expect(document.agency == "烟台市大数据局")
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.kind == .revenueSummary)
        #expect(table.layout == .geometric)
        // 类 | 款 | 项 | 科目名称 | 合计 | 财政拨款收入 (小计 + 3) | 8 more sources and 上年结转.
        #expect(table.columns.count == 17)
        #expect(table.rows.count == 22)
        #expect(Set(table.rows.compactMap(\.location.page)) == [1, 2])
        // The words are measured on the page as displayed, landscape (842 × 595 pt), though
        // the page is stored portrait (595 × 842) and turned.
        let words = try PDFText.words(of: Fixtures.url("pdf/yantai-2026-p7-8-rotated.pdf"))
        #expect(words.allSatisfy { $0.box.x1 <= 842 && $0.box.y1 <= 595 })
        #expect(words.contains { $0.box.x0 > 595 })
        #expect(table.rows.flatMap(\.cells).allSatisfy { $0.location.box.map { $0.y1 <= 595 } ?? false })
        // A 款 and a 项 printed in their own columns under the 类 above them.
        let training = try #require(table.rows.first { $0.label == "培训支出" })
        #expect(training.code == "2050803")
        #expect(table.cell(training, .total)?.amount?.text == "5.50")
        let total = try #require(table.rows.first { $0.role == .total })
        #expect(table.cell(total, .total)?.amount?.text == "7,503.31")
        #expect(table.cell(total, .source(.generalPublicBudget))?.amount?.text == "7,503.31")
        let housing = try #require(table.rows.first { $0.label == "住房公积金" })
        #expect(housing.location.page == 2)
        #expect(housing.code == "2210201")
        #expect(table.cell(housing, .total)?.amount?.text == "110.44")
        // 使用非财政拨款结余 is no 财政拨款 column.
        #expect(table.columns.filter { $0.meaning == .fiscalAppropriation }.map(\.header) == [["财政拨款收入", "小计"]])
    }

    // MARK: 北京: a group's 小计 between two groups side by side

    @Test func beijingRevenueSummaryGroupsItsColumnsAsPrinted() throws {
        let document = try Self.reader.read(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf"))
        let table = try #require(document.tables.first { $0.kind == .revenueSummary })
        // 合计 | 本年收入: 小计 and 9 sources | 上年结转结余: 小计 and 5 sources. The second 小计
        // sits as well centred under 本年收入's run as under 上年结转结余's: its title is nearer.
        #expect(table.columns.count == 17)
        #expect(table.columns.filter { $0.header.first == "本年收入" }.count == 10)
        #expect(table.columns.filter { $0.header.first == "上年结转结余" }.map { $0.header.last } == ["小计", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "财政专户管理资金", "单位资金"])
        #expect(table.rows.count == 1)
        let row = try #require(table.rows.first)
        #expect(table.cell(row, .total)?.amount?.text == "9,626.777589")
        #expect(table.cell(row, .carryover(nil))?.amount?.text == "10.439275")
        #expect(table.cell(row, .carryover(.generalPublicBudget))?.amount?.text == "10.439275")
    }

    // MARK: 福州 (Fujian): rows printed closer than 1.8 lines apart

    @Test func fuzhouSummaryKeepsEachNumberedLineItsOwnRow() throws {
        // The 支出 half lists 26 类, one a line 16 pt apart in 9 pt type, most of them without
        // a figure: each numbered line is a row, not a wrapped line of the row beside it.
        let document = try Self.excerpt("fuzhou-2026-p10")
        let table = try #require(document.tables.first { $0.kind == .revenueExpenditureSummary })
        #expect(table.columns.map(\.side) == [.revenue, .revenue, .expenditure, .expenditure])
        #expect(table.rows.filter { $0.side == .revenue }.count == 12)
        #expect(table.rows.filter { $0.side == .expenditure }.count == 29)
        #expect(Self.amount(table, "八、社会保障和就业支出", side: .expenditure, .amount) == "1073.21")
        #expect(Self.amount(table, "九、卫生健康支出", side: .expenditure, .amount) == "349680.44")
        #expect(Self.amount(table, "十九、住房保障支出", side: .expenditure, .amount) == "1151.25")
        #expect(Self.amount(table, "七、文化旅游体育与传媒支出", side: .expenditure, .amount) == nil)
        #expect(table.rows.first { $0.label == "九、卫生健康支出" }?.subject == .function(FunctionCode("210")!))
        #expect(Self.amount(table, "一、一般公共预算拨款收入", side: .revenue, .amount) == "351904.90")
    }

    // MARK: 杭州 (Zhejiang): a group title over three columns, touching two

    @Test func hangzhouBasicTableGroupsItsThreeColumns() throws {
        // 本年一般公共预算基本支出 over 合计 | 人员经费 | 日常公用支出: the title reaches over
        // 人员经费 and into 日常公用支出, so it is their group, not a first line of 人员经费.
        let document = try Self.excerpt("hangzhou-2026-p32")
        let table = try #require(document.tables.first { $0.kind == .generalPublicBasicExpenditure })
        #expect(table.columns.map(\.header) == [["经济分类科目名称"], ["本年一般公共预算基本支出", "合计"],
                                                ["本年一般公共预算基本支出", "人员经费"], ["本年一般公共预算基本支出", "日常公用支出"]])
        // The 合计 of 基本支出 is the basic spending itself.
        #expect(table.columns.map(\.meaning) == [.name, .basic, .personnel, .operating])
        // 40 lines on this page, as printed (the table runs on to the next).
        #expect(table.rows.count == 40)
        #expect(Self.amount(table, "办公费", .operating) == "362.57")
        #expect(Self.amount(table, "对个人和家庭的补助", .operating) == "535.03")
        #expect(Self.amount(table, "合计", .basic) == "70,724.29")
    }

    // MARK: 珠海 (Guangdong): units by name, their rows indented under them

    @Test func zhuhaiUnitsAreReadFromIndentation() throws {
        // 表11 and 表12 list 珠海市商务局, 珠海市贸易服务中心 and 珠海市会议展览局 by name, each
        // over its indented rows; only the first is the document's own name.
        let document = try Self.excerpt("zhuhai-2026-p21-22-28")
        let basic = try #require(document.tables.first { $0.kind == .basicExpenditure })
        #expect(basic.rows.count == 15)
        let units = ["珠海市商务局", "珠海市贸易服务中心", "珠海市会议展览局"]
        #expect(basic.rows.filter { if case .agency = $0.subject { true } else { false } }.map(\.label) == units)
        #expect(basic.rows.filter { $0.agency == "珠海市贸易服务中心" }.map(\.label)
                == ["工资和福利支出", "商品和服务支出", "对个人和家庭的补助", "其他资本性等支出"])
        let centre = try #require(basic.rows.first { $0.label == "珠海市贸易服务中心" })
        #expect(basic.cell(centre, .total)?.amount?.text == "1,069.53")
        #expect(basic.rows.last?.agency == "珠海市会议展览局")
        #expect(basic.cell(basic.rows.last!, .total)?.amount?.text == "0.55")

        let projects = try #require(document.tables.first { $0.kind == .projectExpenditure })
        #expect(projects.rows.filter { if case .agency = $0.subject { true } else { false } }.map(\.label) == units)
        let service = try #require(projects.rows.first { $0.label == "业务专项经费" })
        #expect(service.agency == "珠海市贸易服务中心")
        #expect(projects.cell(service, .total)?.amount?.text == "11.00")
        #expect(projects.rows.first { $0.label == "会展购买服务经费" }?.agency == "珠海市会议展览局")
        // A project on the first page belongs to 珠海市商务局, however its name wraps.
        #expect(projects.rows.first { $0.label == "口岸现场水电费" }?.agency == "珠海市商务局")
    }

    // MARK: 深圳: hierarchy by indentation, a title printed again over the next page

    @Test func shenzhenSummaryNamesItsCodesByIndentation() throws {
        // The 支出 half prints no codes: 类 names at the margin, 款 one step in, 项 two. Each
        // is read as the child of the row it is indented under that the catalogue names so,
        // across the page break too (the title prints again over p. 2, one table still).
        let document = try Self.excerpt("shenzhen-2026-p16-18")
        let table = try #require(document.tables.first { $0.kind == .revenueExpenditureSummary })
        func code(_ label: String) -> String? { table.rows.first { $0.label == label && $0.side == .expenditure }?.code }
        #expect(code("一、一般公共服务支出") == "201")
        #expect(code("统计信息事务") == "20105")
        #expect(code("行政运行") == "2010501")
        #expect(code("进修及培训") == "20508")
        #expect(code("行政事业单位养老支出") == "20805")
        let pension = try #require(table.rows.first { $0.label == "机关事业单位基本养老保险缴费支出" })
        #expect(pension.location.page == 2)
        #expect(pension.code == "2080505")
        #expect(pension.subject == .function(FunctionCode("2080505")!))
        #expect(code("购房补贴") == "2210203")
        #expect(table.rows.first { $0.label == "统计信息事务" }?.role == .subtotal)
        // Revenue lines keep their own meaning: 上年结余、结转 is last year's money.
        #expect(table.rows.first { $0.label == "上年结余、结转" }?.subject == .carryover)
    }

    @Test func shenzhenExpenditureAndFiscalTablesAsPrinted() throws {
        let document = try Self.excerpt("shenzhen-2026-p19-25-26")
        // 支出总表: 支出总计 is the row's total; the 政府采购 figures beside it (小计, of which
        // for small firms) are a measure of procurement, not spending by kind.
        let expenditure = try #require(document.tables.first { $0.kind == .expenditureSummary })
        #expect(expenditure.columns.count == 12)
        #expect(expenditure.columns[3].header == ["支出总计"] && expenditure.columns[3].meaning == .total)
        #expect(expenditure.columns[9...].allSatisfy { $0.meaning == nil && $0.header.first == "2026年政府采购项目" })
        let operation = try #require(expenditure.rows.first { $0.code == "2010501" })
        #expect(expenditure.cell(operation, .total)?.amount?.text == "2,357.92")
        #expect(expenditure.cell(operation, .basic)?.amount?.text == "2,357.92")
        // 财政拨款收支总表 over two pages: 上年结余、结转 heads last year's money by source.
        let fiscal = try #require(document.tables.first { $0.kind == .fiscalAppropriationSummary })
        #expect(Set(fiscal.rows.compactMap(\.location.page)) == [2, 3])
        #expect(fiscal.rows.first { $0.label == "1.一般公共预算拨款" }?.subject == .fundSource(.generalPublicBudget))
        #expect(fiscal.rows.first { $0.label == "1.一般公共预算拨款结余、结转" }?.subject == .carriedOver(.generalPublicBudget))
        #expect(fiscal.rows.first { $0.label == "住房公积金" }?.code == "2210201")
    }

    // MARK: 杭州: a figure too wide for its cell

    @Test func hangzhouWrappedFigureIsOneFigure() throws {
        // 项目支出 prints `21,118.5` with its last digit `1` on the line below, flush right:
        // one figure, on the 合计 line between them.
        let document = try Self.excerpt("hangzhou-2026-p30")
        let table = try #require(document.tables.first { $0.kind == .generalPublicExpenditure })
        #expect(Self.amount(table, "合计", .project) == "21,118.51")
        #expect(Self.amount(table, "一般公共服务支出", .project) == "12,868.19")
        #expect(table.rows.filter { $0.label == "其他一般公共服务支出" }.map { table.cell($0, .project)?.amount?.text } == ["12,868.00", "12,868.00"])
        // No row is left holding a piece of a figure alone.
        #expect(table.rows.allSatisfy { !$0.label.isEmpty })
        #expect(table.rows.first { $0.label == "一般公共服务支出" }?.code == "201")
    }

    // MARK: 珠海 表5 and 烟台 公开表5/6: bracketed codes, 人员支出, a 科目's 名称

    @Test func zhuhaiBracketedCodesBeforeNamesOpeningWith一() throws {
        // `[201]一般公共服务支出`: 一 is a numeral to Unicode, yet no digit of the code.
        let document = try Self.excerpt("zhuhai-2026-p6-7-13-14-21")
        let table = try #require(document.tables.first { $0.kind == .generalPublicExpenditure })
        #expect(table.rows.first { $0.label == "一般公共服务支出" }?.code == "201")
        let management = try #require(table.rows.first { $0.label == "一般行政管理事务" })
        #expect(management.code == "2011302")
        #expect(table.cell(management, .project)?.amount?.text == "3.00")
        #expect(table.rows.filter { $0.code?.hasPrefix("20113") == true }.count == 5)
    }

    @Test func yantaiStaffSpendingAndTwoClassificationsNames() throws {
        let document = try Self.excerpt("yantai-2026-p13-15")
        // 基本支出 over 小计 | 人员支出 | 日常公用支出: Shandong's 人员支出 is 人员经费.
        let spending = try #require(document.tables.first { $0.kind == .generalPublicExpenditure })
        #expect(spending.columns.map(\.meaning)[4...] == [.total, .basic, .personnel, .operating, .project])
        let pension = try #require(spending.rows.first { $0.code == "2080505" })
        #expect(spending.cell(pension, .personnel)?.amount?.text == "129.26")
        // 部门预算支出经济分类科目名称 names a 科目, not a 部门: its rows are no agencies.
        let basic = try #require(document.tables.first { $0.kind == .generalPublicBasicExpenditure })
        #expect(basic.columns[2].meaning == .name)
        #expect(!basic.rows.contains { if case .agency = $0.subject { true } else { false } })
        #expect(basic.columns.map(\.meaning)[6...] == [.basic, .personnel, .operating])
    }
}
