import Hummingbird
import YusuanStore

/// Every request's context: Hummingbird's core storage and the signed-in user, if any.
/// `SessionMiddleware` fills `user` from the session cookie; controllers read it.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: UserRecord?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.user = nil
    }
}
