import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

@Suite("Project library: application, review scoring, self-evaluation, ranking")
struct ProjectTests {
    /// Seed 000 uploaded as the editor's unit's project application; the new project's id.
    static func addSeed000(_ app: TestApp, browser: Browser) async throws -> String {
        let unit = try await app.agencies().unit
        let boundary = "p"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"agency\"\r\n\r\n\(unit.id)\r\n".utf8)
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"申报.txt\"\r\n\r\n".utf8))
        body.append(try Data(contentsOf: Fixtures.url("seeds/000_9bf916aa446f0126.txt")))
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await app.client.execute(
            uri: "/projects?_csrf=\(browser.csrf)", method: .post,
            headers: [.cookie: browser.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(bytes: body)
        ) { response in
            #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(500))")
            return String(try #require(response.headers[.location]).dropFirst("/projects/".count))
        }
    }

    @Test("the ranking lists seed 002's projects by score with their execution rates; the bureau sees them")
    func ranking() async throws {
        try await TestApp.run { app in
            let bureau = try await app.token("bureau")
            try await app.client.execute(uri: "/api/projects", method: .get, headers: .bearer(bureau)) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let projects = try #require(json?["projects"] as? [[String: Any]])
                // Seed 002 prints no indicator values, so its projects have no total score (the
                // rule gives a range): they rank by execution rate, 办公楼修缮 at 82.84%.
                let rates = projects.compactMap { ($0["executionRate"] as? String).flatMap { Decimal(string: $0) } }
                #expect(rates.count >= 5)
                #expect(rates == rates.sorted(by: >))
                #expect(projects.contains { $0["name"] as? String == "办公楼修缮" && $0["executionRate"] as? String == "82.84" })
                // Seed 000's application is in the library too, not yet scored.
                #expect(projects.contains { ($0["name"] as? String)?.isEmpty == false && $0["score"] == nil })
            }
            let browser = try await app.browser("bureau")
            try await app.client.execute(uri: "/projects", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("自评得分"))
            }
        }
    }

    @Test("the 编审表: a self-score above its item's weight is refused and nothing stored; the bureau's score and the totals follow")
    func review() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await Self.addSeed000(app, browser: editor)
            let page = try await app.client.execute(uri: "/projects/\(id)/review", method: .get, headers: editor.headers) { String(buffer: $0.body) }
            let first = try #require(page.firstMatch(of: /name="self_([0-9_x]+)" value="[^"]*"/)?.1)
            let before = try #require(try await app.store.project(id: id))
            // Seed 000's first item weighs 3 (政策依据): 9 is refused.
            let (h1, b1) = editor.form("self_\(first)=9")
            try await app.client.execute(uri: "/projects/\(id)/review", method: .post, headers: h1, body: b1) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("未保存"))
            }
            #expect(try await app.store.project(id: id) == before)
            let (h2, b2) = editor.form("self_\(first)=1.5&bureau_\(first)=1")  // the editor cannot give the bureau's score
            try await app.client.execute(uri: "/projects/\(id)/review", method: .post, headers: h2, body: b2) { #expect($0.status == .seeOther) }
            let bureau = try await app.browser("bureau")
            let (h3, b3) = bureau.form("bureau_\(first)=1&comment_\(first)=依据不足")
            try await app.client.execute(uri: "/projects/\(id)/review", method: .post, headers: h3, body: b3) { #expect($0.status == .seeOther) }
            let saved = try #require(try await app.store.project(id: id))
            let sheet = try #require(try ProjectParts(saved).application.reviewSheets.first)
            let item = try #require(sheet.leafPaths.first.map { sheet[$0] })
            #expect(item.selfScore?.description == "1.5")
            #expect(item.bureauScore?.description == "1")
            #expect(item.comment == "依据不足")
        }
    }

    @Test("the self-evaluation form scores by 财预〔2020〕10号 and stores score, grade and execution rate; 单位审核 may not edit it")
    func selfEvaluation() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await Self.addSeed000(app, browser: editor)
            let page = try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .get, headers: editor.headers) { String(buffer: $0.body) }
            let indicators = page.matches(of: /name="actual"/).count
            #expect(indicators > 0)
            // Everything spent, every indicator met as targeted (the target text repeated).
            let targets = page.matches(of: /<td>([^<]*)<\/td>\s*<td><input name="actual"/).map { String($0.1) }
            let actuals = targets.map { "actual=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }.joined(separator: "&")
            let (headers, body) = editor.form("budgetTotal=1000000&actualTotal=950000&" + actuals)
            try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(800))")
            }
            let stored = try #require(try await app.store.project(id: id))
            #expect(stored.executionRate == "95.00")
            let evaluation = try #require(try ProjectParts(stored).selfEvaluation)
            #expect(evaluation.actual.total == Money(yuan: 950_000))
            #expect(stored.score == ProjectParts.figures(evaluation).score)
            let reviewer = try await app.browser("reviewer")
            let (h2, b2) = reviewer.form("actualTotal=1")
            try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .post, headers: h2, body: b2) { #expect($0.status == .forbidden) }
            let (h3, b3) = editor.form("actualTotal=12,3x")
            try await app.client.execute(uri: "/projects/\(id)/self-evaluation", method: .post, headers: h3, body: b3) {
                #expect($0.status == .unprocessableContent)
            }
            #expect(try await app.store.project(id: id) == stored)
        }
    }

    @Test("the department's 绩效自评表 gathers its units' self-evaluations in groups with 小计 and a 合计, scored, as HTML and XLSX")
    func selfEvaluationTable() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await RegionRulesTests.scoredProject(app, editor: editor)
            let (department, unit, outside) = try await app.agencies()
            let project = try #require(try await app.store.project(id: id))
            let html = try await app.client.execute(uri: "/agencies/\(department.id)/self-evaluation/html", method: .get, headers: editor.headers) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            #expect(html.contains("\(project.fiscalYear)年度\(department.name)预算项目绩效自评表"))
            #expect(html.contains(unit.name) && html.contains("权重示例项目"))
            #expect(html.contains("950,000.00"), "amounts print in 元 as typed")
            let score = try #require(project.score.flatMap(DecimalNumber.init)).rounded(toDecimals: 2)
            #expect(html.contains("<td class=\"number\">\(score)</td><td class=\"label\">优</td>"))
            #expect(html.contains("合计"))
            try await app.client.execute(uri: "/agencies/\(department.id)/self-evaluation/xlsx", method: .get, headers: editor.headers) { response in
                #expect(response.status == .ok)
                #expect(Data(buffer: response.body).starts(with: Array("PK".utf8)))
            }
            let page = try await app.client.execute(uri: "/agencies/\(department.id)", method: .get, headers: editor.headers) { String(buffer: $0.body) }
            #expect(page.contains("/agencies/\(department.id)/self-evaluation/xlsx?year=\(project.fiscalYear)"))
            try await app.client.execute(uri: "/agencies/\(outside.id)/self-evaluation/html", method: .get, headers: editor.headers) {
                #expect($0.status == .notFound, "an agency outside the editor's reach")
            }
        }
    }
}
