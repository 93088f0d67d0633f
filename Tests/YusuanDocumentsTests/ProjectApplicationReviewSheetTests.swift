import Testing
import YusuanCore
@testable import YusuanDocuments

/// The two 编审表 of seed 000, with the department's and the finance bureau's scores.
@Suite struct ProjectApplicationReviewSheetTests {
    static func number(_ text: String) -> DecimalNumber { DecimalNumber(text)! }

    static func sheets() throws -> (capital: ReviewSheet, standard: ReviewSheet) {
        let application = try ProjectApplicationReaderTests.seed().application
        #expect(application.reviewSheets.count == 2)
        return (try #require(application.reviewSheet(.capitalConstruction)), try #require(application.reviewSheet(.standardProject)))
    }

    @Test func readsTheCapitalConstructionSheet() throws {
        let sheet = try Self.sheets().capital
        #expect(sheet.title == "基本建设项目支出预算补充编审表")
        #expect(sheet.sections.map(\.title) == ["建设立项要素", "项目开工建设条件", "项目年度预算"])
        #expect(sheet.sections.map(\.weight) == [25, 50, 25])
        #expect(sheet.sections.map { $0.criteria.compactMap(\.weight) } == [[5, 10, 10], [6, 8, 10, 10, 8, 8], [10, 10, 5]])
        #expect(sheet.sections.allSatisfy { $0.criteriaWeight == $0.weight })
        #expect(sheet.totalWeight == 100)
        #expect(!sheet.isScored)
        let obstacle = try #require(sheet.criterion(containing: "重大障碍"))
        #expect(obstacle.code == "(6)")
        #expect(obstacle.weight == 8, "the weight printed on the 简述 row")
        #expect(sheet.sections[2].criteria[0].summary == "预计项目总工期为2年。")
        #expect(sheet.sections[1].criteria[1].summary == nil)
    }

    @Test func readsTheStandardSheetStructure() throws {
        let sheet = try Self.sheets().standard
        #expect(sheet.title == "项目支出预算编审表")
        #expect(sheet.sections.map(\.title) == ["项目目标", "项目计划", "项目管理"])
        #expect(sheet.sections.map(\.weight) == [23, 57, 20])
        #expect(sheet.sections.map { $0.criteria.map(\.code) } == [["1.1", "1.2"], ["2.1", "2.2", "2.3"], ["3.1", "3.2"]])
        #expect(sheet.sections.map { $0.criteria.compactMap(\.weight) } == [[8, 15], [10, 27, 20], [15, 5]])
        #expect(sheet.leaves.compactMap(\.weight) == [8, 6, 6, 3, 10, 8, 6, 8, 5, 10, 10, 4, 4, 2, 5, 5])
        for section in sheet.sections {
            #expect(section.criteriaWeight == section.weight)
            for group in section.criteria { #expect(group.itemsWeight == group.weight, "\(group.title)") }
        }
    }

    @Test func readsEachCriterionsScores() throws {
        let sheet = try Self.sheets().standard
        let scores: [(String?, String?)] = sheet.leaves.map { ($0.selfScore?.description, $0.bureauScore?.description) }
        let expected: [(String?, String?)] = [
            ("8.00", "7.00"), ("6.00", "6.00"), ("6.00", "5.00"), ("3.00", "3.00"), ("10.00", "9.00"),
            ("8.00", "4.00"), ("6.00", "4.00"), ("8.00", "6.00"), ("5.00", "3.00"), ("10.00", "10.00"),
            ("10.00", "10.00"), ("4.00", "4.00"), ("4.00", "4.00"), ("2.00", "1.00"), ("5.00", nil), ("5.00", nil),
        ]
        #expect(scores.count == expected.count)
        for (index, (found, wanted)) in zip(scores, expected).enumerated() {
            #expect(found.0 == wanted.0 && found.1 == wanted.1, "item \(index): \(found) vs \(wanted)")
        }
        let basis = try #require(sheet.criterion(containing: "会议纪要、领导批示等依据"))
        #expect(basis.selfScore == Self.number("8.00"))
        #expect(basis.bureauScore == Self.number("7.00"))
        #expect(basis.comment == "简述部分说明")
        #expect(basis.summary?.hasPrefix("经玉溪市人民政府申请") == true)
        let control = try #require(sheet.criterion(containing: "内控机制"))
        #expect(control.selfScore == 5)
        #expect(control.bureauScore == nil)
        #expect(control.comment == "简述与项目无关，依据不支撑")
        let comprehensive = try #require(sheet.criterion(containing: "项目绩效目标是否全面"))
        #expect(comprehensive.comment == "绩效指标部分反映项目的预期产出和预期效果", "the comment on the criterion row")
        #expect(sheet.criterion(containing: "项目资金是否合理")?.comment == "按会议纪要执行", "a group's own comment")
    }

    @Test func computedTotalsMatchTheStatedOnes() throws {
        let sheet = try Self.sheets().standard
        #expect(sheet.statedTotals.map(\.label) == ["本表得分", "基建项目补充表得分", "总分"])
        let own = try #require(sheet.statedTotal(.sheet))
        #expect(own.selfScore?.description == "100.00")
        #expect(own.bureauScore?.description == "76.00")
        let supplement = try #require(sheet.statedTotal(.capitalConstructionSupplement))
        #expect(supplement.selfScore == nil && supplement.bureauScore == nil)
        let overall = try #require(sheet.statedTotal(.overall))
        #expect(overall.selfScore == Self.number("100.00"))
        #expect(overall.bureauScore == Self.number("76.00"))
        #expect(sheet.computedSelfScore() == Self.number("100.00"))
        #expect(sheet.computedBureauScore() == Self.number("76.00"))
        #expect(sheet.computedSelfScore() == own.selfScore)
        #expect(sheet.computedBureauScore() == own.bureauScore)
        #expect(sheet.sections.map { $0.computedBureauScore } == [21, 46, 9])
    }

    @Test func matchesTheTemplatesShape() throws {
        let (capital, standard) = try Self.sheets()
        for (read, template) in [(capital, ReviewSheet.capitalConstructionTemplate), (standard, .standardProjectTemplate)] {
            #expect(read.sections.map(\.title) == template.sections.map(\.title))
            #expect(read.leaves.map(\.title) == template.leaves.map(\.title))
            #expect(read.leaves.map(\.weight) == template.leaves.map(\.weight))
        }
    }
}
