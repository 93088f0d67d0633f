import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanStore
import YusuanTestSupport
@testable import YusuanServer

/// A store migrated on a temporary SQLite file and filled with the seeds as `yusuan serve`
/// does, plus one draft the anonymous visitor must not see; the router over it.
func withDemoApp(_ body: @escaping @Sendable (any TestClientProtocol, SQLStore) async throws -> Void) async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-web-\(UUID().uuidString).sqlite").path
    let database = try Database(.sqlite(path: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        try await Migrator().migrate(database)
        let store = SQLStore(database: database)
        try await DemoData.seedIfEmpty(store, seeds: Fixtures.url("seeds"), bcryptCost: 4)
        try await store.createDocument(DocumentRecord(
            id: "draft-1", fileName: "draft.txt", kind: "budgetDisclosure", title: "草稿文件", agencyID: nil,
            fiscalYear: 2024, status: .draft, documentJSON: "{}", findingsJSON: "[]", createdAt: 0, updatedAt: 0), by: nil)
        let app = Application(router: try WebApp.router(store: store))
        try await app.test(.router) { client in try await body(client, store) }
        try await database.shutdown()
    } catch {
        try? await database.shutdown()
        throw error
    }
}

/// Signs in and returns the session cookie (`name=value`).
func signIn(_ client: any TestClientProtocol, name: String, password: String) async throws -> String? {
    try await client.execute(
        uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "name=\(name)&password=\(password)&next=/documents")
    ) { response in
        response.headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
    }
}

@Suite("Web application")
struct RouterTests {
    @Test("the right password signs in: a redirect and a session cookie stored in the database")
    func goodPassword() async throws {
        try await withDemoApp { client, store in
            try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=bureau&password=bureau-demo&next=/documents")
            ) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/documents")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("yusuan_session="))
                let token = String(cookie.dropFirst("yusuan_session=".count).prefix { $0 != ";" })
                #expect(try await store.session(id: token) != nil)
            }
        }
    }

    @Test("a wrong password or an unknown user is refused with the form again")
    func badPassword() async throws {
        try await withDemoApp { client, _ in
            for body in ["name=bureau&password=wrong", "name=nobody&password=bureau-demo"] {
                try await client.execute(
                    uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.setCookie] == nil)
                    #expect(String(buffer: response.body).contains("用户名或密码不正确"))
                }
            }
        }
    }

    @Test("the sign-in page is a form that works without JavaScript")
    func loginPage() async throws {
        try await withDemoApp { client, _ in
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains(#"<form class="card" method="post" action="/login">"#))
                #expect(!page.contains("<script"))
            }
        }
    }

    @Test("an anonymous visitor sees published documents only, and is refused a draft")
    func anonymous() async throws {
        try await withDemoApp { client, _ in
            try await client.execute(uri: "/api/documents", method: .get) { response in
                #expect(response.status == .ok)
                let listing = try JSONDecoder().decode(DocumentController.Listing.self, from: Data(String(buffer: response.body).utf8))
                #expect(listing.documents.count == 4)
                #expect(listing.documents.allSatisfy { $0.status == "published" })
            }
            try await client.execute(uri: "/api/documents/draft-1", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/documents/draft-1", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/login?next=/documents/draft-1")
            }
            try await client.execute(uri: "/api/documents/nothing", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("the bureau sees every document, drafts too, in the list page and the API")
    func bureauList() async throws {
        try await withDemoApp { client, _ in
            let cookie = try #require(try await signIn(client, name: "bureau", password: "bureau-demo"))
            try await client.execute(uri: "/api/documents", method: .get, headers: [.cookie: cookie]) { response in
                let listing = try JSONDecoder().decode(DocumentController.Listing.self, from: Data(String(buffer: response.body).utf8))
                #expect(listing.documents.count == 5)
            }
            try await client.execute(uri: "/documents", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("草稿文件"))
                #expect(page.contains("财政审核演示"))
                #expect(page.contains("/documents/draft-1"))
            }
        }
    }

    @Test("a document's report page shows the audit report inside the site's layout, and the API its findings")
    func reportPage() async throws {
        try await withDemoApp { client, store in
            let document = try #require(try await store.documents(DocumentQuery()).first { $0.fileName.hasPrefix("003_") })
            try await client.execute(uri: "/documents/\(document.id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains(#"<header class="site">"#))
                #expect(page.contains(#"<section class="audit-report">"#))
                #expect(page.components(separatedBy: "<body").count == 2)  // one page, not two
            }
            try await client.execute(uri: "/api/documents/\(document.id)", method: .get) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect((json?["document"] as? [String: Any])?["id"] as? String == document.id)
                #expect((json?["findings"] as? [Any])?.count ?? -1 >= document.errorCount + document.warningCount)
            }
        }
    }
}
