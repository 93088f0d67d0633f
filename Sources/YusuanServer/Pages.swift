import Foundation
import Hummingbird
import Mustache

/// The server's pages: swift-mustache templates under `Templates/`, each rendered into
/// `layout.mustache`.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let folder = Bundle.module.bundleURL.appendingPathComponent("Templates")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// `template` rendered with `model`, inside the layout with `title`, the signed-in user and
    /// any extra `<head>` content. Every template can use `{{csrf}}` in its forms.
    func page(_ template: String, title: String, context: AppRequestContext, model: [String: Any], head: String = "") -> HTML {
        var model = model
        model["csrf"] = context.session?.csrfToken ?? ""
        let content = library.render(Self.present(model) ?? model, withTemplate: template) ?? ""
        let user = context.user
        let layout: [String: Any] = [
            "title": title, "content": content, "head": head, "csrf": model["csrf"] as Any,
            "user": user.map { ["name": $0.displayName, "role": $0.role.chineseName] } as Any,
            "signedIn": user != nil,
            "isAdministrator": user?.role == .administrator,
            "setsRules": user?.role == .administrator || user?.role == .bureauReviewer,
        ]
        return HTML(library.render(Self.present(layout) ?? layout, withTemplate: "layout") ?? content)
    }

    /// The model without its absent values: an optional that is nil is left out (so a section
    /// on it does not show, rather than printing "nil"), one that holds a value becomes it.
    static func present(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return present(wrapped)
        }
        if let dictionary = value as? [String: Any] {
            return dictionary.compactMapValues { present($0) }
        }
        if let array = value as? [Any] {
            return array.compactMap { present($0) }
        }
        return value
    }
}

/// An HTML page as a response.
struct HTML: ResponseGenerator {
    let text: String
    var status: HTTPResponse.Status = .ok

    init(_ text: String, status: HTTPResponse.Status = .ok) {
        self.text = text
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
