import Foundation
import Testing
@testable import YusuanCore

/// 编审表 headings, the two shipped templates, and score totals.
@Suite struct PerformanceReviewSheetTests {
    @Test func readsHeadings() throws {
        let section = try #require(ReviewHeading(text: "一、项目目标(23分)"))
        #expect(section.level == .section && section.code == "一" && section.title == "项目目标" && section.weight == 23)
        let fullWidth = try #require(ReviewHeading(text: "二、项目开工建设条件（50分）"))
        #expect(fullWidth.title == "项目开工建设条件" && fullWidth.weight == 50)
        let group = try #require(ReviewHeading(text: "1.1项目依据是否充分(8分)"))
        #expect(group.level == .group && group.code == "1.1" && group.title == "项目依据是否充分" && group.weight == 8)
        let item = try #require(ReviewHeading(text: "(1) 项目是否具备政府决定"))
        #expect(item.level == .item && item.code == "(1)" && item.title == "项目是否具备政府决定" && item.weight == nil)
        #expect(ReviewHeading(text: "（2）项目目标是否明确（6分）")?.code == "(2)")
        #expect(ReviewHeading(text: "简述") == nil)
        #expect(ReviewHeading(text: "2020年12月") == nil)
        #expect(ReviewHeading(text: "(1)") == nil)
        #expect(ReviewHeading.weight(in: "(8分)") == 8)
        #expect(ReviewHeading.weight(in: "（ 10 分）") == 10)
        #expect(ReviewHeading.weight(in: "8.00") == nil)
    }

    @Test func standardTemplateWeighs100() {
        let sheet = ReviewSheet.standardProjectTemplate
        #expect(sheet.kind == .standardProject)
        #expect(sheet.sections.map(\.weight) == [23, 57, 20])
        #expect(sheet.totalWeight == 100)
        #expect(sheet.leaves.compactMap(\.weight).sum() == 100)
        #expect(sheet.leaves.count == 16)
        for section in sheet.sections {
            #expect(section.criteriaWeight == section.weight, "\(section.title)")
            for group in section.criteria { #expect(group.itemsWeight == group.weight, "\(group.title)") }
        }
        #expect(!sheet.isScored)
    }

    @Test func capitalConstructionTemplateWeighs100() {
        let sheet = ReviewSheet.capitalConstructionTemplate
        #expect(sheet.kind == .capitalConstruction)
        #expect(sheet.sections.map(\.weight) == [25, 50, 25])
        #expect(sheet.sections.map { $0.criteria.compactMap(\.weight) } == [[5, 10, 10], [6, 8, 10, 10, 8, 8], [10, 10, 5]])
        #expect(sheet.totalWeight == 100)
        #expect(sheet.leaves.compactMap(\.weight).sum() == 100)
        #expect(sheet.sections.allSatisfy { $0.criteria.allSatisfy { !$0.isGroup } })
    }

    @Test func sumsScoresOverItems() {
        var sheet = ReviewSheet.standardProjectTemplate
        let item = ReviewCriterionPath(section: 0, criterion: 0, item: 0)
        sheet[item].selfScore = DecimalNumber("8.00")
        sheet[item].bureauScore = DecimalNumber("7.00")
        let other = ReviewCriterionPath(section: 2, criterion: 1, item: 0)
        sheet[other].selfScore = 5
        #expect(sheet.isScored)
        #expect(sheet.computedSelfScore() == 13)
        #expect(sheet.computedBureauScore() == 7)
        #expect(sheet.sections[0].computedSelfScore == 8)
        #expect(sheet.criterion(containing: "财务管理制度")?.selfScore == 5)
        #expect(sheet.section("一")?.title == "项目目标")
        #expect(sheet.section("项目管理")?.weight == 20)
    }

    @Test func recognisesStatedTotals() {
        #expect(ReviewTotal(label: "本表得分").kind == .sheet)
        #expect(ReviewTotal(label: "基建项目补充表得分").kind == .capitalConstructionSupplement)
        #expect(ReviewTotal(label: "总分").kind == .overall)
        #expect(ReviewTotal(label: "备注").kind == nil)
        #expect(ReviewSheet.Kind(title: "基本建设项目支出预算补充编审表") == .capitalConstruction)
        #expect(ReviewSheet.Kind(title: "项目支出预算编审表") == .standardProject)
    }

    @Test func roundTripsThroughJSON() throws {
        let sheet = ReviewSheet.standardProjectTemplate
        let decoded = try JSONDecoder().decode(ReviewSheet.self, from: JSONEncoder().encode(sheet))
        #expect(decoded == sheet)
    }
}
