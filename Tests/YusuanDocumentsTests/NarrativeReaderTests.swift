import Foundation
import Testing
import YusuanCore
@testable import YusuanDocuments

/// The narrative reader on the seed documents' 情况说明: what each number is, what it is
/// about, and where it was printed.
@Suite struct NarrativeReaderSeedTests {
    static let agency003 = "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站"

    /// Seed 003: 机构设置及人员情况 and the whole 第三部分.
    static func seed003() throws -> (text: String, statements: [Statement]) {
        let text = try NarrativeFixture.seedText("003_")
        let paragraphs = NarrativeFixture.paragraphs(of: text, from: "二、机构设置及人员情况", to: "第二部分")
            + NarrativeFixture.paragraphs(of: text, from: "第三部分", to: "项目支出绩效目标表")
        return (text, NarrativeReader.statements(in: paragraphs, agencyNames: [agency003]))
    }

    /// Seed 004: 机构设置 and 第三部分 up to 名词解释; no agency names (the text says `市客管处`).
    static func seed004() throws -> [Statement] {
        let text = try NarrativeFixture.seedText("004_")
        let paragraphs = NarrativeFixture.paragraphs(of: text, from: "（二）机构设置", to: "（三）")
            + NarrativeFixture.paragraphs(of: text, from: "第三部分", to: "第四部分")
        return NarrativeReader.statements(in: paragraphs)
    }

    @Test func incomeAmountsCarryTheirShareAndChange() throws {
        let (text, statements) = try Self.seed003()
        let general = try #require(statements.select(.amount, "一般公共预算").first, "\(statements.listing)")
        #expect(general.figure?.value == DecimalNumber("251.53") && general.figure?.scale == .tenThousandYuan)
        #expect(general.figure?.decimals == 2)
        #expect(general.unit == "万元")
        #expect(general.text == "251.53 万元")
        #expect(general.location.line == NarrativeFixture.line(of: "一般公共预算 251.53 万元，占 54.00%", in: text))
        #expect(general.section?.contains("收入预算情况说明") == true)
        #expect(general.sentence.hasPrefix("一般公共预算 251.53 万元，占 54.00%，比上年预算增加 5.44 万元"))

        let share = try #require(statements.next(after: general))
        #expect(share.kind == .share)
        #expect(share.subject == "一般公共预算")
        #expect(share.percentage?.value == DecimalNumber("54.00"))
        #expect(share.percentage?.decimals == 2)
        #expect(share.basis == nil)

        let change = try #require(statements.next(after: share))
        #expect(change.kind == .change)
        #expect(change.subject == "一般公共预算")
        #expect(change.direction == .increase)
        #expect(change.basis == "上年预算")
        #expect(change.figure?.value == DecimalNumber("5.44") && change.figure?.scale == .tenThousandYuan)

        let other = try #require(statements.select(.amount, "单位其他资金收入").first)
        #expect(other.value == DecimalNumber("210.31"))
        let otherShare = try #require(statements.next(after: other))
        #expect(otherShare.kind == .share && otherShare.value == DecimalNumber("46.00"))
        let otherChange = try #require(statements.next(after: otherShare))
        #expect(otherChange.kind == .change && otherChange.direction == .decrease)
        #expect(otherChange.value == DecimalNumber("21.84") && otherChange.subject == "单位其他资金收入")

        let basic = try #require(statements.select(.amount, "基本支出").first { $0.value == DecimalNumber("438.33") })
        let basicShare = try #require(statements.next(after: basic))
        #expect(basicShare.kind == .share && basicShare.subject == "基本支出" && basicShare.value == DecimalNumber("94.91"))

        #expect(statements.select(.amount, "收支总预算").first?.value == DecimalNumber("461.83"))
        #expect(statements.select(.amount, "收入预算").first?.value == DecimalNumber("461.83"))
        #expect(statements.select(.amount, "财政拨款收支总预算").first?.value == DecimalNumber("251.53"))
    }

    @Test func structureSharesNameTheirClass() throws {
        let (_, statements) = try Self.seed003()
        for (subject, amount, percent) in [("社会保障和就业支出（类）", "20.18", "8.00"),
                                           ("城乡社区支出（类）", "213.43", "85.00"),
                                           ("住房保障支出（类）", "17.92", "7.00")] {
            #expect(statements.select(.amount, subject).first?.value == DecimalNumber(amount), "\(subject)")
            let share = statements.select(.share, subject).first
            #expect(share?.percentage?.value == DecimalNumber(percent), "\(subject)")
            #expect(share?.percentage?.decimals == 2)
        }
    }

    @Test func currentYearAllocationChangesAndUnchangedProjects() throws {
        let (_, statements) = try Self.seed003()
        let sentence = try #require(statements.first { $0.kind == .amount && $0.subject == "一般公共预算拨款" && $0.section?.contains("当年拨款") == true })
        #expect(sentence.value == DecimalNumber("251.53"))
        let basic = try #require(statements.next(after: sentence))
        #expect(basic.kind == .amount && basic.subject == "基本支出" && basic.value == DecimalNumber("251.53"))
        let change = try #require(statements.next(after: basic))
        #expect(change.kind == .change && change.direction == .increase && change.value == DecimalNumber("5.44"))
        let rate = try #require(statements.next(after: change))
        #expect(rate.kind == .changeRate && rate.subject == "基本支出" && rate.direction == .increase)
        #expect(rate.percentage?.value == DecimalNumber("2.21"))
        #expect(rate.basis == "上年预算", "a rate continues the basis of the change before it")

        let projects = try #require(statements.next(after: rate))
        #expect(projects.kind == .amount && projects.subject == "项目支出" && projects.value.isZero)
        let unchanged = try #require(statements.next(after: projects))
        #expect(unchanged.kind == .change)
        #expect(unchanged.direction == .unchanged)
        #expect(unchanged.subject == "项目支出")
        #expect(unchanged.basis == "上年预算")
        #expect(unchanged.value.isZero && unchanged.figure == nil)
        #expect(unchanged.text == "与上年预算相比无变化")
    }

    @Test func specificUseItemsTakeTheirSubjectFromTheClauseHead() throws {
        let (_, statements) = try Self.seed003()
        let items: [(subject: String, amount: String, rate: String, direction: ChangeDirection)] = [
            ("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "20.18", "1.37", .decrease),
            ("城乡社区支出（类）城乡社区管理事务（款）行政运行（城乡社区管理事务）（项）", "192.44", "2.39", .increase),
            // The seed prints this head over two paragraphs; the tests' one-line paragraphs keep its second half.
            ("市场管理与监督（项）", "20.99", "2.14", .increase),
            ("住房保障支出（类）住房改革支出（款）住房公积金（项）", "17.92", "3", .increase),
        ]
        for item in items {
            let found = statements.filter { $0.subject == item.subject }
            #expect(found.map(\.kind) == [.amount, .change, .changeRate], "\(item.subject)\n\(found.listing)")
            #expect(found.first?.value == DecimalNumber(item.amount))
            let rate = found.last
            #expect(rate?.percentage?.value == DecimalNumber(item.rate))
            #expect(rate?.percentage?.decimals == DecimalNumber(item.rate)?.scale)
            #expect(rate?.direction == item.direction)
        }
    }

    @Test func countsOfStaffVehiclesAndOffices() throws {
        let (_, statements) = try Self.seed003()
        let established = try #require(statements.select(.count, "编制数").first, "\(statements.listing)")
        #expect(established.value == 18 && established.unit == nil)
        #expect(statements.select(.count, "实有人数").first?.value == 24)
        #expect(statements.select(.count, "实有人数").first?.unit == "人")
        let serving = try #require(statements.select(.count, "在职").first)
        #expect(serving.value == 18)
        let fewer = try #require(statements.next(after: serving))
        #expect(fewer.kind == .change && fewer.subject == "在职" && fewer.direction == .decrease)
        #expect(fewer.value == 1 && fewer.unit == "人" && fewer.figure == nil)
        #expect(statements.select(.count, "车辆").first?.value == 2)
        #expect(statements.select(.count, "车辆").first?.unit == "辆")
        #expect(statements.select(.count, "处室").first?.value == 4)
        #expect(statements.select(.count, "行政单位").first?.unit == "家")
        #expect(statements.select(.count, "大型设备").first?.unit == "台（套）")
        #expect(statements.select(.quantity, "房屋").first?.unit == "平方米")
        #expect(statements.select(.count, "实行绩效管理的一般公共预算项目").first?.unit == "个")
    }

    @Test func yearsAreMentionsAndNeverAmounts() throws {
        let (_, statements) = try Self.seed003()
        let years = statements.filter { $0.kind == .year }
        #expect(years.count > 20)
        #expect(Set(years.map(\.value)) == [2020, 2021])
        #expect(years.allSatisfy { $0.unit == "年" })
        #expect(years.contains { $0.text == "2021 年度" })
        #expect(!statements.contains { $0.kind != .year && ($0.value == 2021 || $0.value == 2020) })
    }

    @Test func operatingCostsDoubled() throws {
        let (_, statements) = try Self.seed003()
        let amount = try #require(statements.first { $0.kind == .amount && $0.subject.contains("机关运行经费") })
        #expect(amount.value == DecimalNumber("2.99"))
        #expect(amount.subject == "机关运行经费财政拨款预算")
        let change = try #require(statements.next(after: amount))
        #expect(change.kind == .change && change.value == DecimalNumber("2.99") && change.direction == .increase)
        let rate = try #require(statements.next(after: change))
        #expect(rate.kind == .changeRate && rate.subject == amount.subject)
        #expect(rate.percentage?.value == 100 && rate.percentage?.decimals == 0)
    }

    @Test func agencyMentionsAreReportedAndNeverSubjects() throws {
        let (_, statements) = try Self.seed003()
        let mentions = statements.filter { $0.kind == .agencyName }
        #expect(mentions.count > 10)
        #expect(mentions.allSatisfy { $0.subject == Self.agency003 && $0.value.isZero })
        #expect(!statements.contains { $0.kind != .agencyName && $0.subject.contains("监督站") })
    }

    @Test func seed004TotalsAndOperatingCosts() throws {
        let statements = try Self.seed004()
        let total = try #require(statements.select(.amount, "部门收入预算总额").first, "\(statements.listing)")
        #expect(total.value == DecimalNumber("1205.56"))
        let change = try #require(statements.next(after: total))
        #expect(change.kind == .change && change.direction == .decrease && change.basis == "上年")
        #expect(change.value == DecimalNumber("1686.52") && change.subject == "部门收入预算总额")
        let rate = try #require(statements.next(after: change))
        #expect(rate.kind == .changeRate && rate.direction == .decrease && rate.value == DecimalNumber("58.32"))

        let operating = try #require(statements.select(.amount, "机关运行经费预算").first)
        #expect(operating.value == DecimalNumber("25.58"))
        #expect(statements.select(.amount, "办公费").first?.value == DecimalNumber("3.09"))
        let water = try #require(statements.select(.amount, "水费").first?.figure)
        #expect(water.value == DecimalNumber("0.4") && water.decimals == 1 && water.yuan == 4_000)
        #expect(statements.select(.amount, "其他商品和服务支出").first?.value == DecimalNumber("10.3"))
        // `占预算总额的 2.12%` opens the next sentence: it is about the total, not the last item.
        let share = try #require(statements.first { $0.kind == .share && $0.value == DecimalNumber("2.12") })
        #expect(share.subject == "机关运行经费预算")
        #expect(share.basis == "预算总额")
        let drop = try #require(statements.next(after: share))
        #expect(drop.kind == .change && drop.value == DecimalNumber("56.41") && drop.direction == .decrease)
        let dropRate = try #require(statements.next(after: drop))
        #expect(dropRate.kind == .changeRate && dropRate.value == DecimalNumber("68.81") && dropRate.direction == .decrease)
        #expect(dropRate.subject == "机关运行经费预算")
    }

    @Test func seed004ThreePublicExpensesAssetsAndScores() throws {
        let statements = try Self.seed004()
        let threePublic = try #require(statements.select(.amount, "“三公”经费预算").first, "\(statements.listing)")
        #expect(threePublic.value.isZero)
        let rates = statements.select(.changeRate, "“三公”经费预算")
        #expect(rates.first?.value == 100 && rates.first?.direction == .decrease)
        let assets = try #require(statements.first { $0.kind == .change && $0.basis == "去年" })
        #expect(assets.value == DecimalNumber("34.34") && assets.direction == .decrease)
        let same = statements.filter { $0.kind == .change && $0.direction == .unchanged }
        #expect(same.contains { $0.subject == "政府购买服务预算" && $0.basis == "上年" })
        #expect(same.contains { $0.subject == "公务用车购置费" && $0.text == "与上年无变化" })
        let score = try #require(statements.first { $0.value == 98 })
        #expect(score.kind == .quantity && score.unit == "分" && score.subject.hasSuffix("综合评分结果"))
        let fund = try #require(statements.select(.amount, "政府性基金预算支出").first)
        #expect(fund.value.isZero && fund.unit == nil && fund.figure == nil, "`支出为 0。` has no unit and so no figure")
        #expect(statements.select(.count, "编制").first?.value == 19)
        #expect(statements.select(.count, "在职").first?.value == 17)
    }
}
