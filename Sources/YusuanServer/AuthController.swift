import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import YusuanStore

/// Sign-in and sign-out. Passwords are checked with bcrypt off the event loop; sessions are
/// rows of the store.
struct AuthController: Sendable {
    let store: any Store
    let pages: Pages

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/login", use: showLogin)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
    }

    struct LoginForm: Decodable {
        var name: String
        var password: String
        var next: String?
    }

    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> HTML {
        loginPage(next: request.uri.queryParameters["next"].map(String.init), error: nil, name: "")
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let form = try URLEncodedFormDecoder().decode(LoginForm.self, from: String(buffer: body))
        let user = try await store.user(named: form.name)
        let password = form.password
        let verified: Bool
        if let user {
            let hash = user.passwordHash
            verified = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        } else {
            verified = false
        }
        guard let user, verified else {
            return try loginPage(next: form.next, error: "用户名或密码不正确。", name: form.name, status: .unauthorized)
                .response(from: request, context: context)
        }
        let now = Date()
        let session = SessionRecord(
            id: SessionCookie.newToken(), userID: user.id, createdAt: now.storeMilliseconds,
            expiresAt: now.addingTimeInterval(SessionCookie.lifetime).storeMilliseconds)
        try await store.createSession(session)
        var response = Response.redirect(to: Self.safeNext(form.next), type: .found)
        response.setCookie(Cookie(name: SessionCookie.name, value: session.id, maxAge: Int(SessionCookie.lifetime),
                                  path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let token = request.cookies[SessionCookie.name]?.value {
            try await store.deleteSession(id: token)
        }
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(Cookie(name: SessionCookie.name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    private func loginPage(next: String?, error: String?, name: String, status: HTTPResponse.Status = .ok) -> HTML {
        var page = pages.page("login", title: "登录", user: nil, model: [
            "next": Self.safeNext(next), "error": error as Any, "name": name,
        ])
        page.status = status
        return page
    }

    /// Only a path on this site, so the sign-in form cannot send anyone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//") else { return "/documents" }
        return next
    }
}
