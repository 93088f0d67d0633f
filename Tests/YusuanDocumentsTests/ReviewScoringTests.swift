import Foundation
import Testing
import YusuanCore
@testable import YusuanDocuments

/// Scoring an 编审表: seed 000's scores entered on the shipped template give its totals
/// 100.00 / 76.00; scores beyond an item's weight are refused; a bureau's own template loads.
@Suite struct ReviewScoringTests {
    static func d(_ text: String) -> DecimalNumber { DecimalNumber(text)! }

    @Test func seed000sScoresOnTheShippedTemplateReproduceItsTotals() throws {
        let read = try #require(try ProjectApplicationReaderTests.seed().application.reviewSheet(.standardProject))
        var sheet = ReviewSheet.standardProjectTemplate
        #expect(sheet.leafPaths == read.leafPaths)
        for path in read.leafPaths {
            let item = read[path]
            try sheet.score(path, selfScore: item.selfScore, bureauScore: item.bureauScore, comment: item.comment)
        }
        let summary = sheet.scoreSummary
        #expect(summary.selfScore.formatted(decimals: 2) == "100.00")
        #expect(summary.bureauScore.formatted(decimals: 2) == "76.00")
        #expect(summary.sections.map(\.bureauScore) == [21, 46, 9])
        #expect(summary.sections.map(\.weight) == [23, 57, 20])
        #expect(summary.bureauScore == read.statedTotal(.sheet)?.bureauScore)
        let control = try #require(sheet.path(section: "三", "3.1", "(4)"))
        #expect(sheet[control].comment == "简述与项目无关，依据不支撑")
    }

    @Test func scoresAreBoundedByTheirWeights() throws {
        var sheet = ReviewSheet.standardProjectTemplate
        let basis = try #require(sheet.path(section: "一", "1.1", "(1)"))
        try sheet.score(basis, selfScore: 8, bureauScore: Self.d("7.5"), comment: "依据基本充分")
        #expect(sheet.scoreSummary.bureauScore == Self.d("7.5"))
        #expect(throws: ReviewScoreError(kind: .exceedsWeight, criterion: sheet[basis].title, score: 9, weight: 8)) {
            try sheet.score(basis, selfScore: 9, bureauScore: 7)
        }
        #expect(throws: ReviewScoreError.self) { try sheet.score(basis, selfScore: -1, bureauScore: nil) }
        #expect(sheet[basis].selfScore == 8, "a refused score leaves the sheet as it was")
        let group = ReviewCriterionPath(section: 0, criterion: 0)
        #expect(throws: ReviewScoreError.self) { try sheet.score(group, selfScore: 8, bureauScore: 8) }
        // The 基本建设 sheet has items directly under its sections.
        var capital = ReviewSheet.capitalConstructionTemplate
        let decision = try #require(capital.path(section: "一", "(1)"))
        try capital.score(decision, selfScore: 5, bureauScore: 5)
        #expect(capital.scoreSummary.selfScore == 5)
    }

    @Test func aBureauDefinesItsOwnTemplate() throws {
        let json = """
        {"title": "示例区项目支出预算评审表", "kind": "standardProject", "outline": [
          "一、立项依据(40分)", "(1)政策依据是否充分(20分)", "(2)是否经过集体决策(20分)",
          "二、绩效目标(60分)", "2.1目标是否明确(30分)", "(1)目标是否量化(15分)", "(2)目标是否可考核(15分)",
          "2.2资金是否合理(30分)", "(1)测算依据(30分)"]}
        """
        let sheet = try ReviewTemplate(json: Data(json.utf8)).sheet()
        #expect(sheet.title == "示例区项目支出预算评审表")
        #expect(sheet.sections.map(\.weight) == [40, 60])
        #expect(sheet.leaves.count == 5)
        var scored = sheet
        try scored.score(try #require(scored.path(section: "二", "2.2", "(1)")), selfScore: 30, bureauScore: 24)
        #expect(scored.scoreSummary.bureauScore == 24)

        let unbalanced = ReviewTemplate(title: "x", outline: ["一、立项(40分)", "(1)依据(30分)", "二、目标(60分)", "(1)目标(60分)"])
        #expect(throws: ReviewTemplateError.self) { try unbalanced.sheet() }
        let unnumbered = ReviewTemplate(title: "x", outline: ["立项依据(100分)"])
        #expect(throws: ReviewTemplateError.self) { try unnumbered.sheet() }
        #expect(throws: ReviewTemplateError.self) { try ReviewTemplate(json: Data("{}".utf8)) }
        // The shipped templates pass the same checks.
        for template in [ReviewSheet.standardProjectTemplate, .capitalConstructionTemplate] {
            #expect(template.totalWeight == 100 && template.leaves.allSatisfy { $0.weight != nil })
        }
    }
}
