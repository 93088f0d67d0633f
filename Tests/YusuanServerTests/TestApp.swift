import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStore
import YusuanStoreTestSupport
import YusuanTestSupport
@testable import YusuanServer

/// The application over a scratch database (SQLite, or PostgreSQL when
/// `YUSUAN_TEST_POSTGRES_URL` is set) filled as `yusuan serve` fills a new one: the seeds, the
/// example budgets and the demo users.
struct TestApp: Sendable {
    let client: any TestClientProtocol
    let store: SQLStore

    static let catalogues = try! CatalogueSet.bundled()

    /// Runs `body` against the app on SQLite, and again on PostgreSQL when `YUSUAN_TEST_POSTGRES_URL` is set.
    static func run(_ body: @escaping @Sendable (TestApp) async throws -> Void) async throws {
        for make in ScratchDatabase.each() {
            try await make().use { database in
                let store = SQLStore(database: database)
                try await DemoData.seedIfEmpty(store, seeds: Fixtures.url("seeds"), budgets: Fixtures.repository.appendingPathComponent("Examples"),
                                               catalogues: catalogues, bcryptCost: 4)
                let app = Application(router: try WebApp.router(store: store, catalogues: catalogues))
                try await app.test(.router) { client in try await body(TestApp(client: client, store: store)) }
            }
        }
    }

    /// A bearer token for a demo user (password `NAME-demo`).
    func token(_ name: String) async throws -> String {
        try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(string: #"{"name":"\#(name)","password":"\#(name)-demo"}"#)) { response in
            #expect(response.status == .created)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            return try #require(json?["token"] as? String)
        }
    }

    /// Signs in through the form as a browser does: the sign-in page's token and cookie, then the post.
    func browser(_ name: String, password: String? = nil) async throws -> Browser {
        let (loginCookie, token) = try await loginForm()
        let session = try await client.execute(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: loginCookie],
            body: ByteBuffer(string: "name=\(name)&password=\(password ?? name + "-demo")&_csrf=\(token)&next=/documents")
        ) { response in
            #expect(response.status == .found)
            return try #require(Self.cookie(SessionCookie.name, in: response))
        }
        let record = try #require(try await store.session(id: String(session.dropFirst(SessionCookie.name.count + 1))))
        return Browser(cookie: session, csrf: record.csrfToken)
    }

    /// The sign-in form's cookie (`name=value`) and its hidden token.
    func loginForm() async throws -> (cookie: String, token: String) {
        try await client.execute(uri: "/login", method: .get) { response in
            let cookie = try #require(Self.cookie(SessionCookie.loginCSRFName, in: response))
            let page = String(buffer: response.body)
            let token = try #require(page.firstMatch(of: /name="_csrf" value="([0-9a-f]+)"/)?.1)
            return (cookie, String(token))
        }
    }

    static func cookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].compactMap { $0.split(separator: ";").first.map(String.init) }
            .first { $0.hasPrefix(name + "=") }
    }

    /// The demo agencies: the 部门 the agency users work in, its 单位, and one outside it.
    func agencies() async throws -> (department: AgencyRecord, unit: AgencyRecord, outside: AgencyRecord) {
        let all = try await store.agencies()
        let department = try #require(all.first { $0.name == "咸宁市交通运输局" })
        let unit = try #require(all.first { $0.parentID == department.id })
        let outside = try #require(all.first { $0.name == "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站" })
        return (department, unit, outside)
    }

    /// A new document of `agencyID` in `status`, straight into the store: seed 003's contents
    /// under another name.
    func document(_ agencyID: String?, status: DocumentStatus = .draft) async throws -> DocumentRecord {
        let seed = try #require(try await store.documents(DocumentQuery()).first { $0.fileName.hasPrefix("003_") })
        let contents = try #require(try await store.document(id: seed.id))
        let record = DocumentRecord(fileName: "t.txt", kind: "budgetDisclosure", title: "测试文件", agencyID: agencyID, fiscalYear: 2024,
                                    status: status, documentJSON: contents.documentJSON, findingsJSON: contents.findingsJSON,
                                    createdAt: 1, updatedAt: 1)
        try await store.createDocument(record, by: nil)
        return record
    }
}

/// A signed-in browser: its session cookie and the session's CSRF token.
struct Browser: Sendable {
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    func form(_ fields: String) -> (HTTPFields, ByteBuffer) {
        ([.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], ByteBuffer(string: "_csrf=\(csrf)&" + fields))
    }
}

extension HTTPFields {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}
