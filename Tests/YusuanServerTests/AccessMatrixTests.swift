import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

/// Every route, asked by every role: anonymous, 单位填报 (editor), 单位审核 (reviewer), 财政审核
/// (bureau) and 管理员 (admin). The agency users work in 咸宁市交通运输局 and its 单位; the
/// Kashgar station is outside their reach.
@Suite("Every route for every role")
struct AccessMatrixTests {
    static let people = ["anonymous", "editor", "reviewer", "bureau", "admin"]

    /// One request and the status each person gets. `path` and `body` are made fresh for each
    /// person, so a step one person takes does not change what the next one meets.
    struct Case {
        var method: HTTPRequest.Method
        var path: @Sendable (TestApp) async throws -> String
        var body: String? = nil
        var contentType = "application/json"
        var expected: [String: HTTPResponse.Status]
    }

    static func all(_ statuses: HTTPResponse.Status...) -> [String: HTTPResponse.Status] {
        Dictionary(uniqueKeysWithValues: zip(people, statuses))
    }

    static let api: [String: Case] = [
        "GET /api/documents": Case(method: .get, path: { _ in "/api/documents" }, expected: all(.ok, .ok, .ok, .ok, .ok)),
        "GET /api/documents/{own draft}": Case(method: .get, path: { app in "/api/documents/\(try await app.document(try await app.agencies().unit.id).id)" },
                                               expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET /api/documents/{other draft}": Case(method: .get, path: { app in "/api/documents/\(try await app.document(try await app.agencies().outside.id).id)" },
                                                 expected: all(.unauthorized, .forbidden, .forbidden, .ok, .ok)),
        "GET /api/documents/{published}": Case(method: .get, path: { app in "/api/documents/\(try await app.document(nil, status: .published).id)" },
                                               expected: all(.ok, .ok, .ok, .ok, .ok)),
        "POST submit": Case(method: .post, path: { app in "/api/documents/\(try await app.document(try await app.agencies().unit.id).id)/submit" },
                            expected: all(.unauthorized, .forbidden, .ok, .forbidden, .ok)),
        "POST approve": Case(method: .post, path: { app in "/api/documents/\(try await app.document(try await app.agencies().unit.id, status: .submitted).id)/approve" },
                             expected: all(.unauthorized, .forbidden, .forbidden, .ok, .ok)),
        "POST return": Case(method: .post, path: { app in "/api/documents/\(try await app.document(try await app.agencies().unit.id, status: .submitted).id)/return" },
                            body: #"{"comment":"表三合计不符"}"#, expected: all(.unauthorized, .forbidden, .forbidden, .ok, .ok)),
        "POST publish": Case(method: .post, path: { app in "/api/documents/\(try await app.document(try await app.agencies().unit.id, status: .approved).id)/publish" },
                             expected: all(.unauthorized, .forbidden, .ok, .ok, .ok)),
        "POST /api/imports": Case(method: .post, path: { app in "/api/imports?file=a.txt&agency=\(try await app.agencies().unit.id)" },
                                  body: "表一 收支总表\n", contentType: "text/plain", expected: all(.unauthorized, .accepted, .forbidden, .forbidden, .accepted)),
        "GET /api/budgets": Case(method: .get, path: { _ in "/api/budgets" }, expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET /api/budgets/{own}": Case(method: .get, path: { app in "/api/budgets/\(try await app.budgetID(of: try await app.agencies().unit))" },
                                       expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET /api/budgets/{other}": Case(method: .get, path: { app in "/api/budgets/\(try await app.budgetID(of: try await app.agencies().outside))" },
                                         expected: all(.unauthorized, .notFound, .notFound, .ok, .ok)),
        "PUT /api/budgets/{own}": Case(method: .put, path: { app in "/api/budgets/\(try await app.budgetID(of: try await app.agencies().unit))" },
                                       body: try! String(contentsOf: Fixtures.repository.appendingPathComponent("Examples/004-xianning-2024/budget.json"), encoding: .utf8),
                                       expected: all(.unauthorized, .ok, .forbidden, .forbidden, .ok)),
        "GET download xlsx": Case(method: .get, path: { app in "/api/budgets/\(try await app.budgetID(of: try await app.agencies().unit))/download/xlsx" },
                                  expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "POST compile": Case(method: .post, path: { app in "/api/budgets/\(try await app.budgetID(of: try await app.agencies().unit))/compile" },
                             expected: all(.unauthorized, .created, .forbidden, .forbidden, .created)),
        "GET /api/agencies": Case(method: .get, path: { _ in "/api/agencies" }, expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "POST /api/agencies": Case(method: .post, path: { _ in "/api/agencies" }, body: #"{"name":"新单位\#(UUID().uuidString.prefix(6))"}"#,
                                   expected: all(.unauthorized, .forbidden, .forbidden, .forbidden, .created)),
        "GET history {own}": Case(method: .get, path: { app in "/api/agencies/\(try await app.agencies().unit.id)/history" },
                                  expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET history {other}": Case(method: .get, path: { app in "/api/agencies/\(try await app.agencies().outside.id)/history" },
                                    expected: all(.unauthorized, .notFound, .notFound, .ok, .ok)),
        "GET /api/users": Case(method: .get, path: { _ in "/api/users" }, expected: all(.unauthorized, .forbidden, .forbidden, .forbidden, .ok)),
        "POST /api/users": Case(method: .post, path: { _ in "/api/users" },
                                body: #"{"name":"u\#(UUID().uuidString.prefix(6))","displayName":"新用户","password":"long-enough","role":"bureau_reviewer","region":"东区"}"#,
                                expected: all(.unauthorized, .forbidden, .forbidden, .forbidden, .created)),
        "GET /api/projects": Case(method: .get, path: { _ in "/api/projects" }, expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET /api/projects/{other}": Case(method: .get, path: { app in "/api/projects/\(try await app.outsideProjectID())" },
                                          expected: all(.unauthorized, .notFound, .notFound, .ok, .ok)),
        "GET /api/overview": Case(method: .get, path: { _ in "/api/overview" }, expected: all(.unauthorized, .ok, .ok, .ok, .ok)),
        "GET /openapi.yaml": Case(method: .get, path: { _ in "/openapi.yaml" }, expected: all(.ok, .ok, .ok, .ok, .ok)),
    ]

    static let pages: [String: Case] = [
        "GET /documents": Case(method: .get, path: { _ in "/documents" }, expected: all(.ok, .ok, .ok, .ok, .ok)),
        "GET /documents/{own draft}": Case(method: .get, path: { app in "/documents/\(try await app.document(try await app.agencies().unit.id).id)" },
                                           expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /documents/{other draft}": Case(method: .get, path: { app in "/documents/\(try await app.document(try await app.agencies().outside.id).id)" },
                                             expected: all(.found, .forbidden, .forbidden, .ok, .ok)),
        "POST /documents/{id}/submit": Case(method: .post, path: { app in "/documents/\(try await app.document(try await app.agencies().unit.id).id)/submit" },
                                            body: "comment=", contentType: "application/x-www-form-urlencoded",
                                            expected: all(.found, .forbidden, .seeOther, .forbidden, .seeOther)),
        "GET /imports/new": Case(method: .get, path: { _ in "/imports/new" }, expected: all(.found, .ok, .forbidden, .forbidden, .ok)),
        "GET /overview": Case(method: .get, path: { _ in "/overview" }, expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /agencies": Case(method: .get, path: { _ in "/agencies" }, expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /agencies/{own}": Case(method: .get, path: { app in "/agencies/\(try await app.agencies().unit.id)" }, expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /agencies/{other}": Case(method: .get, path: { app in "/agencies/\(try await app.agencies().outside.id)" },
                                      expected: all(.found, .notFound, .notFound, .ok, .ok)),
        "GET /agencies/{own}/history": Case(method: .get, path: { app in "/agencies/\(try await app.agencies().unit.id)/history" },
                                            expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /budgets/{own}": Case(method: .get, path: { app in "/budgets/\(try await app.budgetID(of: try await app.agencies().unit))" },
                                   expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /budgets/{own}/package": Case(method: .get, path: { app in "/budgets/\(try await app.budgetID(of: try await app.agencies().unit))/package" },
                                           expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /budgets/{own}/download/md": Case(method: .get, path: { app in "/budgets/\(try await app.budgetID(of: try await app.agencies().unit))/download/md" },
                                               expected: all(.found, .ok, .ok, .ok, .ok)),
        "POST /budgets/{own}/compile": Case(method: .post, path: { app in "/budgets/\(try await app.budgetID(of: try await app.agencies().unit))/compile" },
                                            body: "", contentType: "application/x-www-form-urlencoded",
                                            expected: all(.found, .seeOther, .forbidden, .forbidden, .seeOther)),
        "GET /projects": Case(method: .get, path: { _ in "/projects" }, expected: all(.found, .ok, .ok, .ok, .ok)),
        "GET /projects/{other}": Case(method: .get, path: { app in "/projects/\(try await app.outsideProjectID())" },
                                      expected: all(.found, .notFound, .notFound, .ok, .ok)),
        "GET /projects/{other}/review": Case(method: .get, path: { app in "/projects/\(try await app.outsideProjectID())/review" },
                                             expected: all(.found, .notFound, .notFound, .ok, .ok)),
        "GET /projects/{other}/self-evaluation": Case(method: .get, path: { app in "/projects/\(try await app.outsideProjectID())/self-evaluation" },
                                                      expected: all(.found, .notFound, .notFound, .ok, .ok)),
        "POST /projects/{other}/self-evaluation": Case(method: .post, path: { app in "/projects/\(try await app.outsideProjectID())/self-evaluation" },
                                                       body: "actualTotal=1", contentType: "application/x-www-form-urlencoded",
                                                       expected: all(.found, .notFound, .notFound, .forbidden, .seeOther)),
        "GET /projects/new": Case(method: .get, path: { _ in "/projects/new" }, expected: all(.found, .ok, .forbidden, .forbidden, .ok)),
        "POST /projects/new": Case(method: .post, path: { _ in "/projects/new" }, body: "name=x&implementationYear=2027",
                                   contentType: "application/x-www-form-urlencoded",
                                   expected: all(.found, .badRequest, .forbidden, .forbidden, .badRequest)),
        "GET /projects/{other}/application": Case(method: .get, path: { app in "/projects/\(try await app.outsideProjectID())/application" },
                                                  expected: all(.found, .notFound, .notFound, .forbidden, .ok)),
        "POST /projects/{other}/application": Case(method: .post, path: { app in "/projects/\(try await app.outsideProjectID())/application" },
                                                   body: "name=x", contentType: "application/x-www-form-urlencoded",
                                                   expected: all(.found, .notFound, .notFound, .forbidden, .unprocessableContent)),
        "GET /rules": Case(method: .get, path: { _ in "/rules" }, expected: all(.found, .forbidden, .forbidden, .ok, .ok)),
        "POST /rules": Case(method: .post, path: { _ in "/rules" }, body: "region=%E6%BC%94%E7%A4%BA%E5%9C%B0%E5%8C%BA&output=x",
                            contentType: "application/x-www-form-urlencoded",
                            expected: all(.found, .forbidden, .forbidden, .unprocessableContent, .unprocessableContent)),
        "GET /users": Case(method: .get, path: { _ in "/users" }, expected: all(.found, .forbidden, .forbidden, .forbidden, .ok)),
        "POST /agencies": Case(method: .post, path: { _ in "/agencies" }, body: "name=表单单位\(UUID().uuidString.prefix(6))",
                               contentType: "application/x-www-form-urlencoded", expected: all(.found, .forbidden, .forbidden, .forbidden, .seeOther)),
    ]

    @Test("the JSON API answers each role as the permissions say", arguments: api.keys.sorted())
    func apiRoute(_ name: String) async throws {
        let check = try #require(Self.api[name])
        try await TestApp.run { app in
            for person in Self.people {
                var headers: HTTPFields = [.contentType: check.contentType]
                if person != "anonymous" { headers[.authorization] = "Bearer \(try await app.token(person))" }
                let path = try await check.path(app)
                try await app.client.execute(uri: path, method: check.method, headers: headers,
                                             body: check.body.map { ByteBuffer(string: $0) }) { response in
                    #expect(response.status == check.expected[person], "\(name) as \(person): \(String(buffer: response.body).prefix(300))")
                    if response.status.code >= 400 {
                        #expect(response.headers[.contentType] == "application/problem+json", "\(name) as \(person)")
                    }
                }
            }
        }
    }

    @Test("the pages answer each role as the permissions say; anonymous visitors are sent to sign in", arguments: pages.keys.sorted())
    func pageRoute(_ name: String) async throws {
        let check = try #require(Self.pages[name])
        try await TestApp.run { app in
            for person in Self.people {
                let browser = person == "anonymous" ? nil : try await app.browser(person)
                var headers: HTTPFields = [.contentType: check.contentType]
                if let browser { headers[.cookie] = browser.cookie }
                let body = check.method == .post ? "_csrf=\(browser?.csrf ?? "")&" + (check.body ?? "") : nil
                let path = try await check.path(app)
                try await app.client.execute(uri: path, method: check.method, headers: headers,
                                             body: body.map { ByteBuffer(string: $0) }) { response in
                    #expect(response.status == check.expected[person], "\(name) as \(person)")
                    if response.status == .found, person == "anonymous" {
                        #expect(response.headers[.location]?.hasPrefix("/login?next=") == true)
                    }
                }
            }
        }
    }
}

extension TestApp {
    /// A project of an agency outside the agency users' reach (seed 000's, from the demo data).
    func outsideProjectID() async throws -> String {
        let (department, unit, _) = try await agencies()
        return try #require(try await store.projects(agencyIDs: nil).first { ![department.id, unit.id].contains($0.agencyID) }).id
    }

    /// The id of an agency's budget.
    func budgetID(of agency: AgencyRecord) async throws -> String {
        try #require(try await store.budgetSummaries(agencyIDs: [agency.id]).first).id
    }
}
