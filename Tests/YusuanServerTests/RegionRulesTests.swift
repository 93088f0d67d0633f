import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

@Suite("A region's own rules: self-evaluation weights and 编审表")
struct RegionRulesTests {
    static let region = DemoData.region

    /// A project written on the form with one indicator per tier, self-evaluated with each met
    /// and 95% spent, so that it has a total score; its id.
    static func scoredProject(_ app: TestApp, editor: Browser) async throws -> String {
        let unit = try await app.agencies().unit
        let indicators: [(String, String, String, String)] = [
            ("quantity", "养护里程", "120", "公里"), ("socialBenefit", "受益人数", "1000", "人"), ("serviceSatisfaction", "群众满意度", "90", "%"),
        ]
        let fields = [("agency", unit.id), ("name", "权重示例项目"), ("implementationYear", "2026"),
                      ("fundYear", "2026"), ("fundSource", "本级财政安排"), ("fundAmount", "1000000")]
            + indicators.flatMap { [("indCategory", $0.0), ("indName", $0.1), ("indComparator", "≥"), ("indValue", $0.2), ("indUnit", $0.3)] }
        let (h1, b1) = editor.form(ApplicationFormTests.encoded(fields))
        let location = try await app.client.execute(uri: "/projects/new", method: .post, headers: h1, body: b1) { response in
            #expect(response.status == .seeOther)
            return response.headers[.location] ?? ""
        }
        let id = String(location.dropFirst("/projects/".count))
        let actuals = indicators.map { "actual=\($0.2)" }.joined(separator: "&")
        let (h2, b2) = editor.form("budgetTotal=1000000&actualTotal=950000&" + actuals)
        try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .post, headers: h2, body: b2) {
            #expect($0.status == .seeOther)
        }
        return id
    }

    @Test("the bureau's weights score the region's projects again in the same save, and the self-evaluation form scores by them")
    func weights() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await Self.scoredProject(app, editor: editor)
            let before = try #require(try await app.store.project(id: id))
            let evaluation = try #require(try ProjectParts(before).selfEvaluation)
            let own = SelfEvaluationWeights(id: Self.region, region: Self.region, executionRate: 40, output: 30, outcome: 20, satisfaction: 10)
            let expected = ProjectParts.figures(evaluation, weights: own)
            #expect(before.score != nil)
            #expect(expected.score != before.score, "the test needs weights that change the score")

            let bureau = try await app.browser("bureau")
            let region = Self.region.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            // Weights that add up to 99 are refused, and nothing is stored.
            let (h1, b1) = bureau.form("region=\(region)&executionRate=40&output=30&outcome=20&satisfaction=9")
            try await app.client.execute(uri: "/rules", method: .post, headers: h1, body: b1) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("各项权重之和应为 100，实为 99"))
            }
            #expect(try await app.store.regionRules(region: Self.region) == nil)
            #expect(try await app.store.project(id: id) == before)

            let source = "某市绩效自评办法".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (h2, b2) = bureau.form("region=\(region)&seen=0&executionRate=40&output=30&outcome=20&satisfaction=10&source=\(source)")
            try await app.client.execute(uri: "/rules", method: .post, headers: h2, body: b2) { response in
                #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(600))")
                #expect(response.headers[.location]?.contains("rescored=1") == true)
            }
            let after = try #require(try await app.store.project(id: id))
            #expect(after.score == expected.score && after.grade == expected.grade)
            #expect(after.updatedAt == before.updatedAt, "a rescore is not an edit of the project")
            let page = try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .get, headers: editor.headers) { String(buffer: $0.body) }
            #expect(page.contains("某市绩效自评办法"))
            #expect(page.contains("预算执行率 40、产出 30、效益 20、满意度 10"))
            // A stale form (seen before this save) is refused.
            let (h3, b3) = bureau.form("region=\(region)&seen=0&executionRate=10&output=50&outcome=30&satisfaction=10")
            try await app.client.execute(uri: "/rules", method: .post, headers: h3, body: b3) { #expect($0.status == .conflict) }
        }
    }

    @Test("a region's own 编审表 is checked before it is stored, and new applications in the region are reviewed on it")
    func reviewTemplate() async throws {
        try await TestApp.run { app in
            let bureau = try await app.browser("bureau")
            let region = Self.region.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
            let unbalanced = ["一、项目目标(60分)", "(1)依据是否充分(50分)", "二、项目管理(40分)", "(1)制度是否健全(40分)"].joined(separator: "\n")
            let (h1, b1) = bureau.form("region=\(region)&templateTitle=\(encoded("某市编审表"))&outline=\(encoded(unbalanced))")
            try await app.client.execute(uri: "/rules", method: .post, headers: h1, body: b1) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("其下各项之和为 50"))
            }
            #expect(try await app.store.regionRules(region: Self.region) == nil)
            let outline = ["一、项目目标(60分)", "(1)依据是否充分(60分)", "二、项目管理(40分)", "(1)制度是否健全(40分)"].joined(separator: "\n")
            let (h2, b2) = bureau.form("region=\(region)&templateTitle=\(encoded("某市编审表"))&outline=\(encoded(outline))")
            try await app.client.execute(uri: "/rules", method: .post, headers: h2, body: b2) { #expect($0.status == .seeOther) }
            let rules = try await RegionRules.load(region: Self.region, from: app.store)
            #expect(rules.reviewSheet.title == "某市编审表")
            #expect(rules.weights == .national, "weights left blank stay national")

            let editor = try await app.browser("editor")
            let unit = try await app.agencies().unit
            let (h3, b3) = editor.form("agency=\(unit.id)&name=\(encoded("编审表示例"))&implementationYear=2027")
            let location = try await app.client.execute(uri: "/projects/new", method: .post, headers: h3, body: b3) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let project = try #require(try await app.store.project(id: String(location.dropFirst("/projects/".count))))
            let sheet = try #require(try ProjectParts(project).application.reviewSheets.first)
            #expect(sheet.title == "某市编审表" && sheet.totalWeight == DecimalNumber(100))
        }
    }
}
