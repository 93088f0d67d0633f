import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import YusuanStore

/// Sign-in and sign-out, for browsers (a form and a cookie) and API clients (JSON and a bearer
/// token). Passwords are checked with bcrypt off the event loop; sessions and failed attempts
/// are rows of the store, so the limit holds across instances.
struct AuthController: Sendable {
    let store: any Store
    let pages: Pages

    /// Checked for a name that has no account, at the cost of a real check.
    static let decoyHash = Bcrypt.hash("yusuan-decoy", cost: 10)

    /// At most this many failed sign-ins per user name in `failureWindow`.
    static let maxFailures = 5
    static let failureWindow: TimeInterval = 15 * 60

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/login", use: showLogin)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
        router.get("/account", use: accountPage)
        router.post("/account", use: changePassword)
        router.post("/api/session", use: apiLogin)
        router.delete("/api/session", use: apiLogout)
    }

    struct Credentials: Codable {
        var name: String
        var password: String
    }

    struct Token: ResponseCodable {
        var token: String
        var expiresAt: Int64
        var user: UserView
    }

    struct UserView: ResponseCodable {
        var id: String
        var name: String
        var displayName: String
        var role: String
        var agencyID: String?
        var region: String

        init(_ user: UserRecord) {
            id = user.id
            name = user.name
            displayName = user.displayName
            role = user.role.rawValue
            agencyID = user.agencyID
            region = user.region
        }
    }

    // MARK: Pages

    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = SessionCookie.newToken()
        var response = try loginPage(next: request.uri.queryParameters["next"].map(String.init), error: nil, name: "",
                                     token: token, context: context)
            .response(from: request, context: context)
        response.setCookie(Cookie(name: SessionCookie.loginCSRFName, value: token, path: "/login", secure: SessionCookie.isHTTPS(request),
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        let name = form["name"] ?? "", next = form["next"]
        guard let sent = form["_csrf"], let expected = request.cookies[SessionCookie.loginCSRFName]?.value,
              CSRFMiddleware.equal(sent, expected) else {
            throw Problem(.forbidden, zh: "登录表单已过期，请刷新页面后重试", en: "the sign-in form expired; reload it and try again")
        }
        do {
            let session = try await signIn(name: name, password: form["password"] ?? "")
            var response = Response.redirect(to: Self.safeNext(next), type: .found)
            response.setCookie(SessionCookie.cookie(session.id, maxAge: Int(SessionCookie.lifetime), for: request))
            return response
        } catch let problem as Problem {
            return try loginPage(next: next, error: problem.zh, name: name, token: expected, context: context, status: problem.status)
                .response(from: request, context: context)
        }
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let session = context.session { try await store.deleteSession(id: session.id) }
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(SessionCookie.cookie("", maxAge: 0, for: request))
        return response
    }

    @Sendable func accountPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        guard let user = context.user else { throw Problem.signIn }
        return pages.page("account", title: "账户", context: context, model: [
            "name": user.name, "saved": request.uri.queryParameters["saved"] != nil,
        ])
    }

    /// Changes the signed-in user's own password; the current one must be given. Other
    /// sessions of the user end.
    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let user = context.user, let session = context.session else { throw Problem.signIn }
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        let current = form["current"] ?? "", new = form["password"] ?? ""
        let hash = user.passwordHash
        guard try await NIOThreadPool.singleton.runIfActive({ Bcrypt.verify(current, hash: hash) }) else {
            throw Problem(.forbidden, zh: "当前密码不正确", en: "the current password is wrong", place: "current")
        }
        guard new.count >= 8 else { throw Problem(.badRequest, zh: "新密码至少 8 个字符", en: "the new password needs 8 characters or more", place: "password") }
        let newHash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(new, cost: 10) }
        try await store.setPasswordHash(userID: user.id, hash: newHash, keepSession: session.id, by: user.id)
        return .redirect(to: "/account?saved=1", type: .normal)
    }

    // MARK: API

    @Sendable func apiLogin(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<Token> {
        let credentials = try await request.decode(as: Credentials.self, context: context)
        let session = try await signIn(name: credentials.name, password: credentials.password)
        guard let user = try await store.user(id: session.userID) else { throw Problem.signIn }
        return EditedResponse(status: .created, response: Token(token: session.id, expiresAt: session.expiresAt, user: UserView(user)))
    }

    @Sendable func apiLogout(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        guard let session = context.session else { throw Problem.signIn }
        try await store.deleteSession(id: session.id)
        return .noContent
    }

    // MARK: Shared

    /// Checks the password and opens a session, or throws: 401 for a wrong name or password
    /// (the same answer for both), 429 after too many failures.
    func signIn(name: String, password: String) async throws -> SessionRecord {
        let now = Date()
        let since = now.addingTimeInterval(-Self.failureWindow).storeMilliseconds
        guard try await store.loginFailures(name: name, since: since) < Self.maxFailures else {
            throw Problem(.tooManyRequests, zh: "登录失败次数过多，请 15 分钟后再试", en: "too many failed sign-ins; try again in 15 minutes",
                          headers: [.retryAfter: String(Int(Self.failureWindow))])
        }
        let user = try await store.user(named: name)
        // An unknown name costs a bcrypt check too, so the answer's timing does not tell which names exist.
        let hash = user?.passwordHash ?? Self.decoyHash
        let verified = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) } && user != nil
        guard let user, verified else {
            try await store.recordLoginFailure(name: name, at: now.storeMilliseconds)
            throw Problem(.unauthorized, zh: "用户名或密码不正确", en: "wrong user name or password")
        }
        try await store.clearLoginFailures(name: name)
        let session = SessionRecord(
            id: SessionCookie.newToken(), userID: user.id, csrfToken: SessionCookie.newToken(),
            createdAt: now.storeMilliseconds, expiresAt: now.addingTimeInterval(SessionCookie.lifetime).storeMilliseconds)
        try await store.createSession(session)
        return session
    }

    private func loginPage(next: String?, error: String?, name: String, token: String, context: AppRequestContext,
                           status: HTTPResponse.Status = .ok) -> HTML {
        var page = pages.page("login", title: "登录", context: context, model: [
            "next": Self.safeNext(next), "error": error as Any, "name": name, "loginCSRF": token,
        ])
        page.status = status
        return page
    }

    /// Only a path on this site, so the sign-in form cannot send anyone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, isPlainPath(next), isPlainPath(next.removingPercentEncoding ?? "//") else { return "/documents" }
        return next
    }

    /// Browsers read `/\host` and paths with control characters as `//host`: only a plain
    /// path on this site passes (checked as sent and once decoded).
    private static func isPlainPath(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
              !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
              let parts = URLComponents(string: path) else { return false }
        return parts.host == nil && parts.scheme == nil
    }
}
