import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanStore
@testable import YusuanServer

@Suite("Sign-in, sessions, CSRF and the rate limit")
struct AuthTests {
    @Test("the form signs in with its token: a redirect and a session stored in the database")
    func formSignIn() async throws {
        try await TestApp.run { app in
            let browser = try await app.browser("bureau")
            #expect(browser.cookie.hasPrefix("yusuan_session="))
            try await app.client.execute(uri: "/overview", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("财政审核演示"))
            }
        }
    }

    @Test("a sign-in post without the form's token is refused, so another site cannot sign a visitor in")
    func loginCSRF() async throws {
        try await TestApp.run { app in
            try await app.client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: "name=bureau&password=bureau-demo")) { response in
                #expect(response.status == .forbidden)
                #expect(TestApp.cookie(SessionCookie.name, in: response) == nil)
            }
        }
    }

    @Test("a signed-in form post without the session's CSRF token is refused and changes nothing")
    func sessionCSRF() async throws {
        try await TestApp.run { app in
            let browser = try await app.browser("reviewer")
            let document = try await app.document(try await app.agencies().unit.id)
            for body in ["comment=", "_csrf=wrong&comment="] {
                try await app.client.execute(uri: "/documents/\(document.id)/submit", method: .post,
                                             headers: [.cookie: browser.cookie, .contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .forbidden)
                    #expect(String(buffer: response.body).contains("CSRF"))
                }
            }
            #expect(try await app.store.documentHeader(id: document.id)?.status == .draft)
            // The API with the cookie needs the header; with a bearer token it does not.
            try await app.client.execute(uri: "/api/documents/\(document.id)/submit", method: .post, headers: [.cookie: browser.cookie]) { response in
                #expect(response.status == .forbidden)
            }
            try await app.client.execute(uri: "/api/documents/\(document.id)/submit", method: .post,
                                         headers: [.cookie: browser.cookie, .init("X-CSRF-Token")!: browser.csrf]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("a wrong password or an unknown user gets the same answer; the sixth failure in 15 minutes is refused even with the right password")
    func rateLimit() async throws {
        try await TestApp.run { app in
            for password in ["wrong", "bureau-demo"] {
                try await app.client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"name":"nobody","password":"\#(password)"}"#)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(String(buffer: response.body).contains("用户名或密码不正确"))
                }
            }
            for attempt in 1...5 {
                try await app.client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"name":"bureau","password":"wrong\#(attempt)"}"#)) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            try await app.client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"name":"bureau","password":"bureau-demo"}"#)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "900")
            }
            // Another user is not locked out by bureau's failures.
            _ = try await app.token("admin")
        }
    }

    @Test("a session in use slides forward, the browser's cookie with it, but never past its longest life")
    func slidingSession() async throws {
        try await TestApp.run { app in
            let browser = try await app.browser("editor")
            let id = String(browser.cookie.dropFirst(SessionCookie.name.count + 1))
            let stored = try #require(try await app.store.session(id: id))
            let hour: Int64 = 3_600_000, now = Date().storeMilliseconds
            // Fresh: a request leaves it alone.
            try await app.client.execute(uri: "/overview", method: .get, headers: browser.headers) { response in
                #expect(TestApp.cookie(SessionCookie.name, in: response) == nil)
            }
            #expect(try await app.store.session(id: id)?.expiresAt == stored.expiresAt)
            // An hour left: moved to eight hours from now, and the cookie says so.
            try await app.store.extendSession(id: id, expiresAt: now + hour)
            try await app.client.execute(uri: "/overview", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(TestApp.cookie(SessionCookie.name, in: response) == browser.cookie)
            }
            let slid = try #require(try await app.store.session(id: id)).expiresAt
            #expect(slid >= now + 7 * hour && slid <= Date().storeMilliseconds + 8 * hour)
            // Signed in 20 hours ago with an hour left: moved only to 24 hours after sign-in.
            let old = SessionRecord(id: SessionCookie.newToken(), userID: stored.userID, csrfToken: "t",
                                    createdAt: now - 20 * hour, expiresAt: now + hour)
            try await app.store.createSession(old)
            try await app.client.execute(uri: "/overview", method: .get, headers: [.cookie: "\(SessionCookie.name)=\(old.id)"]) {
                #expect($0.status == .ok)
            }
            #expect(try await app.store.session(id: old.id)?.expiresAt == old.createdAt + 24 * hour)
        }
    }

    @Test("behind an HTTPS proxy the session cookie is Secure, so a browser never sends it over plain HTTP")
    func secureCookie() async throws {
        try await TestApp.run { app in
            let (loginCookie, token) = try await app.loginForm()
            for (proto, secure) in [("https", true), ("http", false)] {
                try await app.client.execute(
                    uri: "/login", method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: loginCookie, .init("X-Forwarded-Proto")!: proto],
                    body: ByteBuffer(string: "name=editor&password=editor-demo&_csrf=\(token)&next=/documents")
                ) { response in
                    #expect(response.status == .found)
                    let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(SessionCookie.name + "=") })
                    #expect(cookie.contains("; Secure") == secure, "\(proto): \(cookie)")
                    #expect(cookie.contains("HttpOnly"))
                }
            }
        }
    }

    @Test("signing out ends the session in the database: the token no longer works")
    func signOut() async throws {
        try await TestApp.run { app in
            let token = try await app.token("editor")
            try await app.client.execute(uri: "/api/session", method: .delete, headers: .bearer(token)) { response in
                #expect(response.status == .noContent)
            }
            try await app.client.execute(uri: "/api/budgets", method: .get, headers: .bearer(token)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }
}

@Suite("Account")
struct AccountTests {
    @Test("a user changes their own password with the current one; the old one stops working, other sessions end, history says so")
    func changePassword() async throws {
        try await TestApp.run { app in
            let other = try await app.token("editor")
            let browser = try await app.browser("editor")
            let (h1, b1) = browser.form("current=wrong&password=new-password-1")
            try await app.client.execute(uri: "/account", method: .post, headers: h1, body: b1) { #expect($0.status == .forbidden) }
            let (h2, b2) = browser.form("current=editor-demo&password=new-password-1")
            try await app.client.execute(uri: "/account", method: .post, headers: h2, body: b2) { #expect($0.status == .seeOther) }
            try await app.client.execute(uri: "/api/budgets", method: .get, headers: .bearer(other)) { #expect($0.status == .unauthorized) }
            try await app.client.execute(uri: "/account", method: .get, headers: browser.headers) { #expect($0.status == .ok) }
            _ = try await app.browser("editor", password: "new-password-1")
            let user = try #require(try await app.store.user(named: "editor"))
            #expect(try await app.store.history(agencyID: user.agencyID, limit: 5).contains { $0.action == "password" && $0.after == nil })
        }
    }

    @Test("the sign-in page sends only to paths on this site", arguments: ["//evil.example", "/\\evil.example", "/%09/evil.example", "https://evil.example", "/\t/evil"])
    func safeNext(_ next: String) {
        #expect(AuthController.safeNext(next) == "/documents")
        #expect(AuthController.safeNext("/budgets/1?saved=1") == "/budgets/1?saved=1")
    }
}
