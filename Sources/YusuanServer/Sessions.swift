import Foundation
import Hummingbird
import YusuanStore

/// The session cookie. Its value is a random token that names a row of `sessions`; nothing
/// else is kept in the process, so any instance serving the database knows the session.
enum SessionCookie {
    static let name = "yusuan_session"
    /// Before sign-in there is no session to hold a CSRF token: the sign-in form's token is
    /// also set as this cookie, and the two must match (double submit).
    static let loginCSRFName = "yusuan_login_csrf"
    /// How long a session lasts unused; each use at least halfway through moves it forward again.
    static let lifetime: TimeInterval = 8 * 3600
    /// How long a session lasts however much it is used: a stolen token does not live forever.
    static let longest: TimeInterval = 24 * 3600

    /// The session cookie, `Secure` when the request came over HTTPS (as a reverse proxy in
    /// front says with `X-Forwarded-Proto`), so a browser never sends it over plain HTTP.
    static func cookie(_ value: String, maxAge: Int, for request: Request) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: isHTTPS(request), httpOnly: true, sameSite: .lax)
    }

    static func isHTTPS(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// The expiry a session in use moves to, or nil while it has more than half its time left
    /// (or has reached its longest life).
    static func extendedExpiry(of session: SessionRecord, now: Int64) -> Int64? {
        let lifetime = Int64(lifetime * 1000)
        guard session.expiresAt - now < lifetime / 2 else { return nil }
        let next = min(now + lifetime, session.createdAt + Int64(longest * 1000))
        return next > session.expiresAt ? next : nil
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }
}

/// Puts the signed-in user in the context: from `Authorization: Bearer TOKEN` (API clients)
/// or from the session cookie (browsers). An unknown or expired session is simply no user.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let bearer = request.headers[.authorization].flatMap { value -> String? in
            value.hasPrefix("Bearer ") ? String(value.dropFirst("Bearer ".count)) : nil
        }
        let now = Date().storeMilliseconds
        var extended: Int64?
        if let token = bearer ?? request.cookies[SessionCookie.name]?.value,
           var session = try await store.session(id: token),
           session.expiresAt > now {
            if let expiry = SessionCookie.extendedExpiry(of: session, now: now) {
                try await store.extendSession(id: session.id, expiresAt: expiry)
                session.expiresAt = expiry
                extended = expiry
            }
            context.session = session
            context.user = try await store.user(id: session.userID)
            context.bearer = bearer != nil
        }
        var response = try await next(request, context)
        // The browser's cookie follows the session's new expiry (unless the route signed out).
        if let extended, let session = context.session, bearer == nil, !response.headers[values: .setCookie].contains(where: {
            $0.hasPrefix(SessionCookie.name + "=")
        }) {
            response.setCookie(SessionCookie.cookie(session.id, maxAge: Int((extended - now) / 1000), for: request))
        }
        return response
    }
}

/// Refuses a state-changing request from a browser session that does not carry the session's
/// CSRF token: as the `X-CSRF-Token` header, the `_csrf` query parameter (multipart forms) or
/// the `_csrf` field of a urlencoded form. Bearer requests and anonymous ones pass (sign-in
/// checks its own token).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The sign-in form checks its own token (a session may not exist yet, or be someone else's).
        guard ![.get, .head, .options].contains(request.method), let session = context.session, !context.bearer,
              request.uri.path != "/login" else {
            return try await next(request, context)
        }
        var request = request
        var sent = request.headers[.init("X-CSRF-Token")!] ?? request.uri.queryParameters["_csrf"].map(String.init)
        if sent == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            // Read the form here and hand the same bytes on to the route.
            let body = try await request.body.collect(upTo: Limits.formBytes)
            sent = FormFields(String(buffer: body))["_csrf"]
            request.body = RequestBody(buffer: body)
        }
        guard let sent, Self.equal(sent, session.csrfToken) else {
            throw Problem(.forbidden, zh: "表单已过期或来源不明（CSRF），请刷新页面后重试",
                          en: "missing or wrong CSRF token; reload the page and try again")
        }
        return try await next(request, context)
    }

    /// Compares in time independent of where the first difference is.
    static func equal(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Refuses a request without a signed-in user: pages go to the sign-in page, the API answers
/// 401 (both through `ProblemMiddleware`).
struct RequireUser: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.user != nil else { throw Problem.signIn }
        return try await next(request, context)
    }
}

/// How much a request may send.
enum Limits {
    static let formBytes = 1 << 20
    /// An upload of documents: a large 决算 PDF is a few MB, a batch many of them.
    static let uploadBytes = 256 << 20
}

/// The fields of an `application/x-www-form-urlencoded` body; a repeated name keeps its last value.
struct FormFields {
    private(set) var values: [String: [String]] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            values[name, default: []].append(parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Fields set by code: a form filled in from a stored record.
    init(values: [String: [String]] = [:]) {
        self.values = values
    }

    subscript(name: String) -> String? {
        get { values[name]?.last }
        set { values[name] = newValue.map { [$0] } }
    }

    mutating func append(_ value: String, to name: String) {
        values[name, default: []].append(value)
    }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    private static func decode(_ text: Substring) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
}
