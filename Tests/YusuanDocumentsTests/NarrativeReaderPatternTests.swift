import Foundation
import Testing
import YusuanCore
@testable import YusuanDocuments

/// The narrative reader on single sentences: units, changes, subjects, and sentences copied
/// from the sample documents' layout text.
@Suite struct NarrativeReaderPatternTests {
    func read(_ text: String, agencies: [String] = [], line: Int = 1) -> [Statement] {
        NarrativeReader.statements(in: [NarrativeParagraph(text: text, location: SourceLocation(line: line))],
                                   agencyNames: agencies)
    }

    @Test func moneyUnitsGiveTheFigureItsScale() throws {
        let statements = read("项目总投资1.14亿元，其中：本年安排20,000,000.00元，上级专项资金 825 万元。")
        #expect(statements.map(\.kind) == [.amount, .amount, .amount], "\(statements.listing)")
        #expect(statements.map(\.unit) == ["亿元", "元", "万元"])
        #expect(statements[0].figure?.scale == .hundredMillionYuan && statements[0].figure?.yuan == 114_000_000)
        #expect(statements[1].value == 20_000_000 && statements[1].figure?.decimals == 2 && statements[1].text == "20,000,000.00元")
        #expect(statements[1].subject == "本年安排" || statements[1].subject == "本年", "\(statements[1].subject)")
        #expect(statements[2].subject == "上级专项资金")
    }

    @Test func fullWidthDigitsAndSpacedLayoutText() throws {
        let statements = read("其中 ：一般 公 共预 算 拨 款收 入 91,495.48 万 元 ， 占 92.2%；其他收入 ７，３８７．６６ 万元，占 ７.４％。")
        #expect(statements.map(\.kind) == [.amount, .share, .amount, .share], "\(statements.listing)")
        #expect(statements[0].subject == "一般公共预算拨款收入")
        #expect(statements[0].value == DecimalNumber("91495.48"))
        #expect(statements[0].text == "91,495.48 万 元")
        #expect(statements[1].subject == "一般公共预算拨款收入" && statements[1].percentage?.value == DecimalNumber("92.2"))
        #expect(statements[2].subject == "其他收入" && statements[2].value == DecimalNumber("7387.66"))
        #expect(statements[3].percentage?.value == DecimalNumber("7.4"))
    }

    @Test(arguments: [
        ("比上年预算增加 5.44 万元", StatementKind.change, ChangeDirection.increase, "上年预算" as String?),
        ("比上年减少 1686.52 万元", .change, .decrease, "上年"),
        ("比去年减少34.34万元", .change, .decrease, "去年"),
        ("比上年减少了 56.41 万元", .change, .decrease, "上年"),
        ("比 2025 年增加 6,276.54 万元", .change, .increase, "2025年"),
        ("比上年执行数增加 2,017.17 万元", .change, .increase, "上年执行数"),
        ("与上年相比增加 3 万元", .change, .increase, "上年"),
        ("增加 0 万元", .change, .increase, nil),
        ("增长 2.21%", .changeRate, .increase, nil),
        ("下降了 68.81%", .changeRate, .decrease, nil),
        ("减少 58.32%", .changeRate, .decrease, nil),
        ("上升 3.82%", .changeRate, .increase, nil),
        ("同比下降 1.5%", .changeRate, .decrease, nil),
        ("较上年增长100%", .changeRate, .increase, "上年"),
    ])
    func changes(_ clause: String, _ kind: StatementKind, _ direction: ChangeDirection, _ basis: String?) throws {
        let statements = read("基本支出 251.53 万元，" + clause + "。")
        let change = try #require(statements.last, "\(statements.listing)")
        #expect(statements.count == 2 + (clause.contains("2025") ? 1 : 0), "\(statements.listing)")
        #expect(change.kind == kind)
        #expect(change.direction == direction)
        #expect(change.basis == basis)
        #expect(change.subject == "基本支出")
        #expect((change.percentage != nil) == (kind == .changeRate))
        #expect((change.figure != nil) == (kind == .change))
    }

    @Test(arguments: [
        ("与上年预算相比无变化", "上年预算"), ("与上年持平", "上年"), ("与2025年预算持平", "2025年预算"),
        ("与 2025 年持平", "2025年"), ("与上年一致", "上年"), ("与上年无变化", "上年"), ("较上年持平", "上年"),
    ])
    func unchangedWithoutANumber(_ phrase: String, _ basis: String) throws {
        let statements = read("公务接待费 8.12 万元，" + phrase + "。")
        let change = try #require(statements.first { $0.kind == .change }, "\(statements.listing)")
        #expect(change.direction == .unchanged && change.value.isZero && change.figure == nil)
        #expect(change.basis == basis)
        #expect(change.subject == "公务接待费")
        #expect(change.text == phrase)
    }

    @Test func sharesNameTheirBasisWhenPrinted() throws {
        let statements = read("公交车 222 台，占比100%；机关运行经费 25.58 万元，占预算总额的 2.12%；工资 3 万元，占 54.00%。")
        let shares = statements.filter { $0.kind == .share }
        #expect(shares.map(\.subject) == ["公交车", "机关运行经费", "工资"], "\(statements.listing)")
        #expect(shares.map(\.basis) == [nil, "预算总额", nil])
        #expect(shares.map { $0.percentage?.decimals } == [0, 2, 2])
    }

    @Test func countsAndQuantities() throws {
        let statements = read("下设 4 个处室，本级及下属 0 家行政单位，大型设备 0 台（套），项目 0 个，房屋 9996.10m2，林地 3.5 公顷，道路 12 公里。")
        let counts = statements.filter { $0.kind == .count }
        #expect(counts.map(\.subject) == ["处室", "行政单位", "大型设备", "项目"], "\(statements.listing)")
        #expect(counts.map(\.unit) == ["个", "家", "台（套）", "个"])
        let quantities = statements.filter { $0.kind == .quantity }
        #expect(quantities.map(\.subject) == ["房屋", "林地", "道路"])
        #expect(quantities.map(\.unit) == ["m2", "公顷", "公里"])
        #expect(quantities.first?.value == DecimalNumber("9996.10"))
    }

    @Test func datesAreYearMentionsOnly() throws {
        let statements = read("截至2021年2月8日，车辆 2 辆；截至 2020 年底，房屋 0 平方米。")
        #expect(statements.map(\.kind) == [.year, .count, .year, .quantity], "\(statements.listing)")
        #expect(statements.filter { $0.kind == .year }.map(\.value) == [2021, 2020])
        #expect(statements[1].subject == "车辆" && statements[3].subject == "房屋")
    }

    @Test func agencyAndYearAreContextNotSubject() throws {
        let agency = "喀什市建设工程质量安全监督站"
        let statements = read("喀什市建设工程质量安全监督站 2021 年一般公共预算基本支出251.53万元。"
            + "喀什市建设工程 质量安全监督站收入预算 461.83 万元。2021 年财政拨款收支总预算 251.53 万元。", agencies: [agency])
        #expect(statements.filter { $0.kind == .amount }.map(\.subject) == ["一般公共预算基本支出", "收入预算", "财政拨款收支总预算"],
                "\(statements.listing)")
        #expect(statements.filter { $0.kind == .agencyName }.count == 2, "also found with a space inside")
        #expect(statements.filter { $0.kind == .agencyName }.allSatisfy { $0.subject == agency })
    }

    @Test func numbersThatSayNothingAreSkipped() throws {
        let statements = read("1. 依据第3条，按附件2执行，详见表1（2）；（一）2080501-行政单位离退休 178.51 万元；5G网络建设。")
        #expect(statements.map(\.kind) == [.amount], "\(statements.listing)")
        #expect(statements.first?.subject == "行政单位离退休")
    }

    @Test func titlesAndHeadingsNameSubjectsForNumbersThatNameNone() throws {
        // budget-2026-shenzhen-tongjiju.txt, lines 291-293: a numbered title sentence.
        let titled = read("1.因公出国（境）费用。2026 年预算数 16.80 万元，较 2025 年年初预算减少 27.07 万元，主要是根据主管部门审核情况安排。")
        #expect(titled.filter { $0.kind != .year }.map(\.subject) == ["因公出国（境）费用", "因公出国（境）费用"], "\(titled.listing)")
        #expect(titled.first { $0.kind == .change }?.basis == "2025年年初预算")

        // budget-2026-fuzhou-yibaoju.txt, lines 638-639: the heading is a paragraph of its own.
        let paragraph = NarrativeParagraph(text: "2026 年预算安排 0.00 万元，与上年持平。", section: "（一）因公出国（境）经费",
                                           location: SourceLocation(line: 639))
        let headed = NarrativeReader.statements(in: [paragraph])
        #expect(headed.filter { $0.kind != .year }.map(\.subject) == ["因公出国（境）经费", "因公出国（境）经费"], "\(headed.listing)")
        #expect(headed.allSatisfy { $0.section == "（一）因公出国（境）经费" })

        // A heading that describes a part of the document names nothing.
        let described = NarrativeParagraph(text: "2026 年预算安排 0.00 万元。", section: "五、关于2021年一般公共预算当年拨款情况说明",
                                           location: SourceLocation(line: 1))
        #expect(NarrativeReader.statements(in: [described]).first { $0.kind == .amount }?.subject == "")
    }

    /// A paragraph joined from layout lines: each number points at the line it was printed on.
    @Test func multiLineParagraphPointsAtTheNumbersLine() throws {
        // budget-2026-zhuhai-shangwuju.txt, lines 912-914 (blank lines between dropped).
        let paragraph = NarrativeFixture.paragraph([
            "  2026年本部门收入预算66,307.98万元，比上年增加",
            "12,616.73万元，增长23.5%，主要原因是增加了港珠澳大桥旅游",
        ], firstLine: 912)
        let statements = NarrativeReader.statements(in: [paragraph])
        #expect(statements.map(\.kind) == [.year, .amount, .change, .changeRate], "\(statements.listing)")
        #expect(statements.map(\.location.line) == [912, 912, 913, 913])
        #expect(statements[1].subject == "收入预算" && statements[1].value == DecimalNumber("66307.98"))
        #expect(statements[2].subject == "收入预算" && statements[2].basis == "上年" && statements[2].direction == .increase)
        #expect(statements[3].percentage?.value == DecimalNumber("23.5"))

        // Seed 004 breaks `825 万` / `元` across lines: the amount sits on the first.
        let split = NarrativeFixture.paragraph(["2024 年咸宁市交通运输局我单位项目资金 825 万", "元，财政补助项目资金 25 万元。"], firstLine: 40)
        let amounts = NarrativeReader.statements(in: [split]).filter { $0.kind == .amount }
        #expect(amounts.map(\.subject) == ["项目资金", "财政补助项目资金"], "\(amounts.listing)")
        #expect(amounts.map(\.unit) == ["万元", "万元"])
        #expect(amounts.map(\.location.line) == [40, 41])
    }

    @Test func shanghaiThreePublicExpenses() throws {
        // budget-2026-shanghai-shenjiju.txt, lines 325-328.
        let paragraphs = [
            NarrativeFixture.paragraph(["     2026年“三公”经费预算数为237.92万元，与2025年预算持平。其中："], firstLine: 325),
            NarrativeFixture.paragraph(["     （一）因公出国（境）费201.80万元，与2025年预算持平。"], firstLine: 326),
            NarrativeFixture.paragraph([
                "     （二）公务用车购置及运行费28.00万元，与2025年预算持平。其中：公务用车购置费0.00万元，与2025年预算持平；公务用车运行费",
                "28.00万元，与2025年预算持平。",
            ], firstLine: 327),
        ]
        let statements = NarrativeReader.statements(in: paragraphs)
        let amounts = statements.filter { $0.kind == .amount }
        #expect(amounts.map(\.subject) == ["“三公”经费", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费"],
                "\(statements.listing)")
        #expect(amounts.last?.location.line == 328)
        let unchanged = statements.filter { $0.kind == .change }
        #expect(unchanged.count == 5 && unchanged.allSatisfy { $0.direction == .unchanged && $0.basis == "2025年预算" })
        #expect(unchanged.map(\.subject) == amounts.map(\.subject))
        #expect(statements.filter { $0.kind == .year }.map(\.value) == [2026, 2025, 2025, 2025, 2025, 2025])
    }

    @Test func shanghaiIncomeAndAssets() throws {
        // budget-2026-shanghai-shenjiju.txt, lines 81-82 and 338.
        let income = NarrativeFixture.paragraph([
            "  2026年，上海市审计局收入预算19,577万元，其中：财政拨款收入19,577万元，比2025年预算减少290万元；事业收入0万元；事业单",
            "位经营收入0万元；其他收入0万元。",
        ], firstLine: 81)
        let assets = NarrativeFixture.paragraph(["     截至2025年8月31日，上海市审计局共有车辆0辆，单价100万元（含）以上设备（不含车辆）0台（套）。"],
                                                firstLine: 338)
        let statements = NarrativeReader.statements(in: [income, assets], agencyNames: ["上海市审计局"])
        let amounts = statements.filter { $0.kind == .amount }
        #expect(amounts.map(\.subject) == ["收入预算", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入", "单价"], "\(statements.listing)")
        #expect(amounts.first?.value == 19_577 && amounts.first?.text == "19,577万元")
        #expect(amounts[3].location.line == 82)
        let change = try #require(statements.first { $0.kind == .change })
        #expect(change.subject == "财政拨款收入" && change.basis == "2025年预算" && change.value == 290 && change.direction == .decrease)
        let counts = statements.filter { $0.kind == .count }
        #expect(counts.map(\.subject) == ["车辆", "设备（不含车辆）"])
        #expect(counts.map(\.unit) == ["辆", "台（套）"])
        #expect(statements.filter { $0.kind == .year }.map(\.value) == [2026, 2025, 2025], "8月31日 is no count")
        #expect(statements.filter { $0.kind == .agencyName }.count == 2)
    }

    @Test func zhuhaiParentheticalKeepsItsSubjectsToItself() throws {
        // budget-2026-zhuhai-shangwuju.txt, lines 942-950.
        let paragraph = NarrativeFixture.paragraph([
            "步压减“三公”经费支出；公务用车购置及运行维护费0万元（公",
            "务用车购置费0万元，比上年增加0万元；公务用车运行维护费0万",
            "元，比上年增加0万元。）比上年增加0万元，增长0%，主要原因",
            "是与上年持平，无增减变化；公务接待费6.64万元，比上年增加",
            "0.84万元，增长14.5%，主要原因是预计公务接待人次有所增加。",
        ], firstLine: 942)
        let statements = NarrativeReader.statements(in: [paragraph])
        let outer = "公务用车购置及运行维护费"
        #expect(statements.map(\.subject) == [outer, "公务用车购置费", "公务用车购置费", "公务用车运行维护费", "公务用车运行维护费",
                                             outer, outer, outer, "公务接待费", "公务接待费", "公务接待费"], "\(statements.listing)")
        #expect(statements.map(\.kind) == [.amount, .amount, .change, .amount, .change, .change, .changeRate, .change,
                                          .amount, .change, .changeRate])
        #expect(statements[7].direction == .unchanged && statements[7].basis == "上年")
        #expect(statements[10].percentage?.value == DecimalNumber("14.5") && statements[10].location.line == 946)
    }

    @Test func zhuhaiAssets() throws {
        // budget-2026-zhuhai-shangwuju.txt, lines 985-990.
        let paragraph = NarrativeFixture.paragraph([
            "  截至2025年12月24日，本部门固定资产金额522,897.93万",
            "元，分布构成情况为：房屋457,664.41平方米，车辆0辆，单价在",
            "100万元以上的设备39台等。本年度拟购置固定资产7.56万元，主",
        ], firstLine: 985)
        let statements = NarrativeReader.statements(in: [paragraph]).filter { $0.kind != .year }
        #expect(statements.map(\.subject) == ["固定资产金额", "房屋", "车辆", "单价", "设备", "拟购置固定资产"], "\(statements.listing)")
        #expect(statements.map(\.kind) == [.amount, .quantity, .count, .amount, .count, .amount])
        #expect(statements[0].value == DecimalNumber("522897.93") && statements[0].unit == "万元")
        #expect(statements[1].value == DecimalNumber("457664.41") && statements[1].location.line == 986)
        #expect(statements[4].value == 39 && statements[4].location.line == 987)
    }
}
