import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

@Suite("Workflow, uploads, budget facts, overview and history")
struct WorkflowTests {
    @Test("a disclosure goes 草稿 → 已提交 → 退回 (with the comment) → 已提交 → 财政审核通过 → 已公开; a published one only gets new versions")
    func workflow() async throws {
        try await TestApp.run { app in
            let (reviewer, bureau, editor) = (try await app.token("reviewer"), try await app.token("bureau"), try await app.token("editor"))
            let unit = try await app.agencies().unit
            let document = try await app.document(unit.id)
            func step(_ name: String, _ token: String, body: String? = nil) async throws -> (HTTPResponse.Status, String) {
                try await app.client.execute(uri: "/api/documents/\(document.id)/\(name)", method: .post, headers: .bearer(token),
                                             body: body.map { ByteBuffer(string: $0) }) { ($0.status, String(buffer: $0.body)) }
            }
            #expect(try await step("submit", reviewer).0 == .ok)
            #expect(try await step("return", bureau).0 == .badRequest)  // a return says why
            let returned = try await step("return", bureau, body: #"{"comment":"表三合计与表一不符"}"#)
            #expect(returned.0 == .ok)
            #expect(returned.1.contains("表三合计与表一不符"))
            #expect(try await step("approve", bureau).0 == .conflict)  // not submitted any more
            #expect(try await step("submit", reviewer).0 == .ok)
            #expect(try await step("approve", bureau).0 == .ok)
            #expect(try await step("publish", reviewer).0 == .ok)
            #expect(try await step("submit", reviewer).0 == .conflict)  // published is final
            // Anonymous visitors now read it.
            try await app.client.execute(uri: "/api/documents/\(document.id)", method: .get) { #expect($0.status == .ok) }

            // A correction is a new version in the same series; the published one stays as it was.
            let seed = try String(contentsOf: Fixtures.url("seeds/004_3523649cff0ce22a.txt"), encoding: .utf8)
            let job = try await app.upload(seed, name: "更正.txt", query: "replaces=\(document.id)", token: editor)
            #expect(job.status == "succeeded", "\(job.message ?? "")")
            let correctedID = try #require(job.documentIDs.first)
            let corrected = try #require(try await app.store.documentHeader(id: correctedID))
            #expect(corrected.seriesID == document.seriesID)
            #expect(corrected.version == 2)
            #expect(corrected.status == .draft)
            #expect(try await app.store.documentHeader(id: document.id)?.status == .published)

            // Every step is in the agency's history, with who took it.
            try await app.client.execute(uri: "/api/agencies/\(unit.id)/history", method: .get, headers: .bearer(bureau)) { response in
                let body = String(buffer: response.body)
                for action in ["submitted", "returned", "approved", "published"] { #expect(body.contains(#""action":"\#(action)""#)) }
                #expect(body.contains("财政审核演示"))
                #expect(body.contains("单位审核演示"))
            }
        }
    }

    @Test("an upload of several files is stored all at once; one unreadable file stores none and names itself")
    func uploads() async throws {
        try await TestApp.run { app in
            let editor = try await app.token("editor")
            let before = try await app.store.documentCount()
            let unit = try await app.agencies().unit
            let good = try Data(contentsOf: Fixtures.url("seeds/003_939434c505286c46.txt"))
            let broken = try Data(contentsOf: Fixtures.url("pdf/broken.pdf"))
            let failed = try await app.uploadForm([("ok.txt", good), ("坏文件.pdf", broken)], agency: unit.id, token: editor)
            #expect(failed.status == "failed")
            #expect(failed.message?.contains("坏文件.pdf") == true)
            #expect(try await app.store.documentCount() == before)

            let stored = try await app.uploadForm([("a.txt", good), ("b.txt", try Data(contentsOf: Fixtures.url("seeds/004_3523649cff0ce22a.txt")))],
                                                  agency: unit.id, token: editor)
            #expect(stored.status == "succeeded")
            #expect(stored.done == 2)
            #expect(try await app.store.documentCount() == before + 2)
            for id in stored.documentIDs {
                let header = try #require(try await app.store.documentHeader(id: id))
                #expect(header.agencyID == unit.id)
                #expect(header.status == .draft)
            }
            // The PDF reader is the CLI's: a PDF upload reads as the text does.
            let pdf = try await app.uploadForm([("北京.pdf", try Data(contentsOf: Fixtures.url("pdf/budget-2026-beijing-xinfangban-tables.pdf")))],
                                               agency: unit.id, token: editor)
            #expect(pdf.status == "succeeded", "\(pdf.message ?? "")")
            let pdfID = try #require(pdf.documentIDs.first)
            let header = try #require(try await app.store.documentHeader(id: pdfID))
            #expect(header.fiscalYear == 2026)
            #expect(header.fileName == "北京.pdf")
        }
    }

    @Test("the facts form saves a valid edit with its history, and refuses a bad amount without storing anything")
    func budgetForm() async throws {
        try await TestApp.run { app in
            let unit = try await app.agencies().unit
            let id = try await app.budgetID(of: unit)
            let browser = try await app.browser("editor")
            let before = try #require(try await app.store.budget(id: id))
            let page = try await app.client.execute(uri: "/budgets/\(id)", method: .get, headers: browser.headers) { String(buffer: $0.body) }
            var fields = Self.formFields(page)
            fields.append(("seen", String(try #require(page.firstMatch(of: /name="seen" value="([0-9]+)"/)?.1))))
            #expect(fields.count > 20)
            // A typo in the first amount: refused, shown, nothing stored.
            let amountIndex = try #require(fields.firstIndex { $0.0 == "amount" })
            let original = fields[amountIndex].1
            fields[amountIndex].1 = "12,3x"
            var typo = fields
            let receptionIndex = try #require(fields.firstIndex { $0.0 == "reception" })
            typo[receptionIndex].1 = "1.234"
            let (headers, body) = browser.form(Self.encode(typo))
            try await app.client.execute(uri: "/budgets/\(id)", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let page = String(buffer: response.body)
                #expect(page.contains("未保存"))
                // The inputs hold what was typed, not the 0.00 or the old figure the input holds in their place.
                #expect(page.contains("name=\"amount\" value=\"12,3x\""))
                #expect(page.contains("name=\"reception\" value=\"1.234\""))
            }
            #expect(try await app.store.budget(id: id) == before)
            // One 分 more on the 三公 reception figure: saved, and the history holds before and after.
            fields[amountIndex].1 = original
            let reception = try #require(fields.firstIndex { $0.0 == "reception" })
            let old = Decimal(string: fields[reception].1) ?? 0
            fields[reception].1 = "\(old + Decimal(string: "0.01")!)"
            let (headers2, body2) = browser.form(Self.encode(fields))
            try await app.client.execute(uri: "/budgets/\(id)", method: .post, headers: headers2, body: body2) { response in
                #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(2000))")
            }
            let after = try #require(try await app.store.budget(id: id))
            #expect(after.threePublicFen == before.threePublicFen + 1)
            #expect(after.totalFen == before.totalFen)
            let entry = try #require(try await app.store.history(agencyID: unit.id, limit: 5).first { $0.entity == "budget" && $0.action == "update" })
            #expect(entry.before == before.inputJSON)
            #expect(entry.after == after.inputJSON)
            // The same form sent again was shown before that save: refused, not overwriting it.
            try await app.client.execute(uri: "/budgets/\(id)", method: .post, headers: headers2, body: body2) { response in
                #expect(response.status == .conflict)
            }
            #expect(try await app.store.budget(id: id) == after)
        }
    }

    @Test("the API's PUT of a budget takes the version GET gave it (If-Match): a replacement of an older version is refused with 412")
    func budgetVersions() async throws {
        try await TestApp.run { app in
            let editor = try await app.token("editor")
            let id = try await app.budgetID(of: try await app.agencies().unit)
            let (tag, input) = try await app.client.execute(uri: "/api/budgets/\(id)", method: .get, headers: .bearer(editor)) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let input = try JSONSerialization.data(withJSONObject: try #require(json?["input"]))
                return (try #require(response.headers[.eTag]), input)
            }
            let before = try #require(try await app.store.budget(id: id))
            #expect(tag == "\"\(before.updatedAt)\"")
            var headers: HTTPFields = .bearer(editor)
            headers[.contentType] = "application/json"
            headers[.ifMatch] = tag
            let newTag = try await app.client.execute(uri: "/api/budgets/\(id)", method: .put, headers: headers, body: ByteBuffer(bytes: input)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body).prefix(500))")
                return try #require(response.headers[.eTag])
            }
            #expect(newTag != tag)
            let saved = try #require(try await app.store.budget(id: id))
            // The same replacement, still naming the version it was read at: someone saved since.
            try await app.client.execute(uri: "/api/budgets/\(id)", method: .put, headers: headers, body: ByteBuffer(bytes: input)) { response in
                #expect(response.status == .preconditionFailed)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
            #expect(try await app.store.budget(id: id) == saved)
        }
    }

    @Test("the package downloads as HTML, XLSX and Markdown, and compiles into a draft that audits clean")
    func package() async throws {
        try await TestApp.run { app in
            let editor = try await app.token("editor")
            let id = try await app.budgetID(of: try await app.agencies().unit)
            for (format, start) in [("html", "<!DOCTYPE html>"), ("md", "#"), ("xlsx", "PK")] {
                try await app.client.execute(uri: "/api/budgets/\(id)/download/\(format)", method: .get, headers: .bearer(editor)) { response in
                    #expect(response.status == .ok)
                    #expect(String(decoding: Data(buffer: response.body).prefix(start.utf8.count), as: UTF8.self) == start)
                }
            }
            try await app.client.execute(uri: "/api/budgets/\(id)/compile", method: .post, headers: .bearer(editor)) { response in
                #expect(response.status == .created)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(json?["status"] as? String == "draft")
                #expect(json?["errors"] as? Int == 0)
                #expect(json?["fiscalYear"] as? Int == 2024)
            }
        }
    }

    @Test("the overview sums the budgets it shows, draws its charts as SVG, and the bureau sees the regions")
    func overview() async throws {
        try await TestApp.run { app in
            let bureau = try await app.token("bureau")
            try await app.client.execute(uri: "/api/overview?year=2024", method: .get, headers: .bearer(bureau)) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let rows = try #require(json?["agencies"] as? [[String: Any]])
                let totals = rows.compactMap { $0["total"] as? String }
                #expect(totals.count == 1)
                #expect(json?["total"] as? String == totals.first)
                #expect((json?["regions"] as? [[String: Any]])?.first?["region"] as? String == DemoData.region)
            }
            let browser = try await app.browser("bureau")
            try await app.client.execute(uri: "/overview?year=2024", method: .get, headers: browser.headers) { response in
                let page = String(buffer: response.body)
                #expect(page.components(separatedBy: "<svg class=\"chart\"").count == 3)
                #expect(page.contains("交通运输"))
                #expect(!page.contains("<script"))
            }
        }
    }

    /// The named inputs of a page's forms, in order, with their values (selects: the selected option).
    static func formFields(_ page: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for match in page.matches(of: /<input name="([a-zA-Z]+)" value="([^"]*)"|<select name="([a-zA-Z]+)"[^>]*>(.*?)<\/select>/) {
            if let name = match.1 {
                fields.append((String(name), String(match.2 ?? "")))
            } else if let name = match.3, let options = match.4 {
                let selected = options.firstMatch(of: /<option value="([^"]*)" selected>/)?.1 ?? options.firstMatch(of: /<option value="([^"]*)"/)?.1 ?? ""
                fields.append((String(name), String(selected)))
            }
        }
        return fields
    }

    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }
}

extension TestApp {
    struct Job: Decodable {
        var id: String
        var status: String
        var done: Int
        var message: String?
        var documentIDs: [String]
    }

    /// Uploads one file as the raw body and waits for the import to finish.
    func upload(_ text: String, name: String, query: String, token: String) async throws -> Job {
        let path = "/api/imports?file=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&\(query)"
        let job = try await client.execute(uri: path, method: .post, headers: .bearer(token), body: ByteBuffer(string: text)) { response in
            #expect(response.status == .accepted, "\(String(buffer: response.body))")
            return try JSONDecoder().decode(Job.self, from: Data(buffer: response.body))
        }
        return try await finished(job.id, token: token)
    }

    /// Uploads files as a browser form does (multipart) and waits for the import to finish.
    func uploadForm(_ files: [(String, Data)], agency: String, token: String) async throws -> Job {
        let boundary = "yusuan-test-boundary"
        var body = Data()
        func add(_ text: String) { body.append(Data(text.utf8)) }
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"agency\"\r\n\r\n\(agency)\r\n")
        for (name, data) in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.append(data)
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        let job = try await client.execute(uri: "/api/imports", method: .post,
                                           headers: [.authorization: "Bearer \(token)", .contentType: "multipart/form-data; boundary=\(boundary)"],
                                           body: ByteBuffer(bytes: body)) { response in
            #expect(response.status == .accepted, "\(String(buffer: response.body))")
            return try JSONDecoder().decode(Job.self, from: Data(buffer: response.body))
        }
        return try await finished(job.id, token: token)
    }

    private func finished(_ id: String, token: String) async throws -> Job {
        for _ in 0..<600 {
            let job = try await client.execute(uri: "/api/imports/\(id)", method: .get, headers: .bearer(token)) { response in
                try JSONDecoder().decode(Job.self, from: Data(buffer: response.body))
            }
            if job.status == "succeeded" || job.status == "failed" { return job }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }
}

@Suite("Malformed uploads")
struct MalformedUploadTests {
    @Test("a multipart body that is cut short, has no boundary, or has bytes above 127 in a header name is a 400, not a crash",
          arguments: [
            "--b\r\n\u{91}\u{d1}: x\r\n\r\nbody\r\n--b--\r\n",
            "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno end",
            "[]--b--\r\n",
            "",
          ])
    func malformed(_ body: String) async throws {
        try await TestApp.run { app in
            let token = try await app.token("admin")
            try await app.client.execute(uri: "/api/imports", method: .post,
                                         headers: [.authorization: "Bearer \(token)", .contentType: "multipart/form-data; boundary=b"],
                                         body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}
