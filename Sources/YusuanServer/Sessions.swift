import Foundation
import Hummingbird
import YusuanStore

/// The session cookie. Its value is a random token that names a row of `sessions`; nothing
/// else is kept in the process, so any instance serving the database knows the session.
enum SessionCookie {
    static let name = "yusuan_session"
    static let lifetime: TimeInterval = 8 * 3600

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }
}

/// Reads the session cookie and puts the signed-in user in the context. An unknown or expired
/// session is simply no user.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[SessionCookie.name]?.value,
           let session = try await store.session(id: token),
           session.expiresAt > Date().storeMilliseconds {
            context.user = try await store.user(id: session.userID)
        }
        return try await next(request, context)
    }
}

/// Refuses a request without a signed-in user: pages redirect to the sign-in page, the API
/// answers 401.
struct RequireUser: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.user != nil else {
            if request.uri.path.hasPrefix("/api/") { throw HTTPError(.unauthorized, message: "请先登录 / sign in first") }
            return .redirect(to: "/login?next=\(request.uri.path)", type: .found)
        }
        return try await next(request, context)
    }
}
