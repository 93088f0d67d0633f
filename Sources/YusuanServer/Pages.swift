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

    /// `template` rendered with `model`, inside the layout with `title`, the user and any
    /// extra `<head>` content.
    func page(_ template: String, title: String, user: PageUser?, model: [String: Any], head: String = "") -> HTML {
        let content = library.render(model, withTemplate: template) ?? ""
        let layout: [String: Any] = [
            "title": title, "content": content, "head": head,
            "user": user.map { ["name": $0.name, "role": $0.role] } as Any,
        ]
        return HTML(library.render(layout, withTemplate: "layout") ?? content)
    }
}

/// The signed-in user as the layout shows them.
struct PageUser {
    let name: String
    let role: String
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
