import Hummingbird
import YusuanStore

/// Every request's context: Hummingbird's core storage and who is asking. `SessionMiddleware`
/// fills `user` and `session` from the session cookie or a bearer token; controllers read them.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: UserRecord?
    public var session: SessionRecord?
    /// Signed in with `Authorization: Bearer`: such a request cannot be forged by another site,
    /// so it needs no CSRF token.
    public var bearer = false

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.user = nil
    }
}
