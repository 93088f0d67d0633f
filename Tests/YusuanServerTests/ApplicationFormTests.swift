import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

@Suite("Project application form: written field by field, edited, refused when it cannot be read")
struct ApplicationFormTests {
    static func encoded(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// What a browser sends for a form on `html` left as shown: every named input (a checkbox
    /// only when checked), each select's chosen option, each textarea's text.
    static func submission(of html: String) -> [(String, String)] {
        func unescaped(_ text: Substring) -> String {
            text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        guard let start = html.range(of: "<form method=\"post\" action=\"/projects"),
              let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex) else { return [] }
        let form = html[start.lowerBound..<end.upperBound]
        var fields: [(String.Index, String, String)] = []
        for match in form.matches(of: /<input([^>]*)>/) {
            let attributes = match.1
            guard let name = attributes.firstMatch(of: /name="([^"]*)"/)?.1 else { continue }
            if attributes.contains("type=\"checkbox\"") {
                if attributes.contains(" checked") { fields.append((match.range.lowerBound, String(name), "on")) }
                continue
            }
            let value = attributes.firstMatch(of: /value="([^"]*)"/)?.1 ?? ""
            fields.append((match.range.lowerBound, String(name), unescaped(value)))
        }
        for match in form.matches(of: /<select name="([^"]*)"[^>]*>(.*?)<\/select>/.dotMatchesNewlines()) {
            let chosen = match.2.firstMatch(of: /<option value="([^"]*)" selected>/)?.1 ?? match.2.firstMatch(of: /<option value="([^"]*)"/)?.1 ?? ""
            fields.append((match.range.lowerBound, String(match.1), unescaped(chosen)))
        }
        for match in form.matches(of: /<textarea name="([^"]*)"[^>]*>(.*?)<\/textarea>/.dotMatchesNewlines()) {
            fields.append((match.range.lowerBound, String(match.1), unescaped(match.2)))
        }
        return fields.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    @Test("a new application typed field by field is stored with its totals computed and the library's help; the checks show on the project page")
    func create() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let unit = try await app.agencies().unit
            let page = try await app.client.execute(uri: "/projects/new", method: .get, headers: editor.headers) { String(buffer: $0.body) }
            #expect(page.contains("name=\"fundAmount\""))
            #expect(page.contains("<datalist id=\"indicator-library\">"))
            #expect(page.contains("项目的可行性论证"), "the 简述 questions are asked")
            let fields: [(String, String)] = [
                ("agency", unit.id), ("name", "农村公路养护示范工程"), ("category", "特定目标类"), ("attribute", "经常性项目"),
                ("implementationYear", "2027"), ("periodYears", "2"), ("functionCode", "2140106"), ("functionName", ""),
                ("flagLabel", "是否政府采购"), ("flagValue", "是"),
                ("fundYear", "2027"), ("fundSource", "本级财政安排"), ("fundAmount", "1,200,000.50"),
                ("fundYear", "2027"), ("fundSource", "上级补助"), ("fundAmount", "300000"),
                ("fundYear", "2028"), ("fundSource", "本级财政安排"), ("fundAmount", "800000"),
                ("fundYear", ""), ("fundSource", ""), ("fundAmount", ""),  // a blank row is no row
                ("narrGroup", "项目目标"), ("narrTitle", "项目的可行性论证"), ("narrText", "已完成路况调查。"),
                ("goalYear", "2027"), ("goalText", "完成 120 公里农村公路养护"), ("goalNote", ""),
                // Picked from the library by name alone: category, comparator and unit follow.
                ("indTier", ""), ("indCategory", ""), ("indName", "验收合格率"), ("indComparator", ""), ("indValue", "100"),
                ("indUnit", ""), ("indType", ""), ("indCore", ""), ("indBasis", ""), ("indNote", ""),
                ("indTier", ""), ("indCategory", "quantity"), ("indName", "养护里程"), ("indComparator", "≥"), ("indValue", "120"),
                ("indUnit", "公里"), ("indType", "定量"), ("indCore", "是"), ("indBasis", "养护计划"), ("indNote", ""),
                ("procName", "沥青"), ("procCatalogue", "A0901"), ("procMethod", "公开招标"), ("procUnit", "吨"),
                ("procQuantity", "300"), ("procRequiredBy", "2027年4月"), ("procAmount", "450000"),
                ("procName", "标志牌"), ("procCatalogue", ""), ("procMethod", "询价"), ("procUnit", "块"),
                ("procQuantity", "40"), ("procRequiredBy", ""), ("procAmount", "20000.40"),
            ]
            let (headers, body) = editor.form(Self.encoded(fields))
            let location = try await app.client.execute(uri: "/projects/new", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(1500))")
                return response.headers[.location] ?? ""
            }
            let id = String(location.dropFirst("/projects/".count))
            let record = try #require(try await app.store.project(id: id))
            #expect(record.agencyID == unit.id && record.fiscalYear == 2027 && record.name == "农村公路养护示范工程")
            let application = try ProjectParts(record).application
            let project = application.project
            #expect(project.category == .specificPurpose)
            #expect(project.functionCode?.digits == "2140106")
            #expect(project.functionName == "公路养护", "a blank name takes the catalogue's")
            #expect(project.flag(.governmentProcurement) == true)
            #expect(project.statedTotal(year: 2027) == Money(fen: 150_000_050))
            #expect(project.statedTotal(year: 2028) == Money(yuan: 800_000))
            #expect(project.funding.filter { !$0.isTotal }.count == 3)
            #expect(project.narrative(.feasibility)?.text == "已完成路况调查。")
            let picked = try #require(application.target.indicators.first)
            #expect(picked.category == .quality && picked.tier == .output && picked.comparator == .atLeast && picked.unit?.text == "%")
            let typed = try #require(application.target.indicators.last)
            #expect(typed.isCore == true && typed.isQuantitative == true && typed.targetValue.number == DecimalNumber(120))
            #expect(application.procurement.first?.isTotal == true)
            #expect(application.procurement.first?.amount == Money(fen: 47_000_040))
            #expect(application.reviewSheets.map(\.kind) == [.standardProject])
            #expect(application.libraryProblems.isEmpty)
            // No 效益 or 满意度 indicator: saved, and said on the project page.
            let shown = try await app.client.execute(uri: location, method: .get, headers: editor.headers) { String(buffer: $0.body) }
            #expect(shown.contains("绩效目标没有效益指标"))
            #expect(shown.contains("绩效目标没有满意度指标"))
            #expect(shown.contains("/projects/\(id)/application"))
        }
    }

    @Test("a form that cannot be read stores nothing and comes back as typed, each place named")
    func refused() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let unit = try await app.agencies().unit
            let before = try await app.store.projects(agencyIDs: nil).count
            let (headers, body) = editor.form(Self.encoded([
                ("agency", unit.id), ("name", "表单错误示例"), ("implementationYear", "20x7"), ("functionCode", "9999"),
                ("fundYear", "2027"), ("fundSource", "本级财政安排"), ("fundAmount", "12,3x"),
                ("indTier", ""), ("indCategory", ""), ("indName", "自拟指标"), ("indComparator", ""), ("indValue", "1"),
            ]))
            try await app.client.execute(uri: "/projects/new", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let page = String(buffer: response.body)
                #expect(page.contains("有 4 处错误，未保存"), "\(page.prefix(3000))")
                #expect(page.contains("value=\"12,3x\""), "the amount comes back as typed")
                #expect(page.contains("value=\"20x7\""))
                #expect(page.contains("value=\"自拟指标\""))
                #expect(page.contains("申请金额（元）第 1 行金额：金额“12,3x”不是精确到分的元数"))
                #expect(page.contains("绩效指标第 1 行二级指标：请选择二级指标"))
                #expect(page.contains("“20x7”不是年度"))
                #expect(page.contains("“9999”不是功能分类编码"))
            }
            #expect(try await app.store.projects(agencyIDs: nil).count == before)
        }
    }

    @Test("seed 000 read from its upload, then saved through its form unchanged, keeps everything it was read with")
    func roundTrip() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await ProjectTests.addSeed000(app, browser: editor)
            let original = try ProjectParts(try #require(try await app.store.project(id: id))).application
            let page = try await app.client.execute(uri: "/projects/\(id)/application", method: .get, headers: editor.headers) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            #expect(page.contains("value=\"13205.02\""))
            let fields = Self.submission(of: page)
            #expect(fields.count > 150, "every field of the form is sent")
            #expect(fields.contains { $0 == ("capitalSheet", "on") })
            let (headers, body) = editor.form(Self.encoded(fields.filter { $0.0 != "_csrf" }))
            try await app.client.execute(uri: "/projects/\(id)/application", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(2000))")
            }
            let saved = try ProjectParts(try #require(try await app.store.project(id: id))).application
            var project = saved.project, expected = original.project
            // The form states each year's 合计 before that year's sources.
            project.funding.sort { ($0.fiscalYear, $0.source) < ($1.fiscalYear, $1.source) }
            expected.funding.sort { ($0.fiscalYear, $0.source) < ($1.fiscalYear, $1.source) }
            #expect(project == expected)
            #expect(saved.target == original.target)
            #expect(saved.transfers == original.transfers)
            #expect(saved.reviewSheets == original.reviewSheets)
            #expect(saved.notes == original.notes)
            // The seed prints its empty 采购 and 购买服务 tables as a bare 合计; the form keeps no rows.
            #expect(saved.procurement.filter { !$0.isTotal } == original.procurement.filter { !$0.isTotal })
            #expect(saved.services.filter { !$0.isTotal } == original.services.filter { !$0.isTotal })
        }
    }

    @Test("a save over someone else's newer edit is refused; only the unit's editors may edit its application")
    func permissionsAndConflict() async throws {
        try await TestApp.run { app in
            let editor = try await app.browser("editor")
            let id = try await ProjectTests.addSeed000(app, browser: editor)
            let stored = try #require(try await app.store.project(id: id))
            let (headers, body) = editor.form(Self.encoded([("seen", String(stored.updatedAt - 1)), ("name", "改名"), ("implementationYear", "2020")]))
            try await app.client.execute(uri: "/projects/\(id)/application", method: .post, headers: headers, body: body) {
                #expect($0.status == .conflict)
            }
            #expect(try await app.store.project(id: id) == stored)
            for person in ["reviewer", "bureau"] {
                let browser = try await app.browser(person)
                try await app.client.execute(uri: "/projects/\(id)/application", method: .get, headers: browser.headers) {
                    #expect($0.status == .forbidden, "\(person)")
                }
            }
        }
    }
}
