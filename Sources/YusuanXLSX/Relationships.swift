import Foundation

/// One relationship from a `.rels` part: where it points and what kind of part that is.
struct Relationship {
    var id: String
    var type: String
    /// Package path of the target, resolved against the source part, without leading `/`.
    var target: String
    var isExternal: Bool

    /// The last segment of the type URI (`worksheet`, `sharedStrings`, `officeDocument`),
    /// the same in Transitional and Strict OOXML.
    var kind: String { type.split(separator: "/").last.map(String.init) ?? "" }
}

/// Reads a `.rels` part.
final class RelationshipsParser: XMLPartHandler {
    private(set) var relationships: [Relationship] = []
    private let sourceFolder: String
    let wantsText = false

    /// `sourcePart` is the part the relationships belong to (`xl/workbook.xml`), or `""`
    /// for the package itself.
    private init(sourcePart: String) {
        sourceFolder = sourcePart.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The relationships of `sourcePart`; none when it has no `.rels` part.
    static func relationships(of sourcePart: String, in package: PackageReader) throws(XLSXError) -> [Relationship] {
        let path = relsPath(for: sourcePart)
        guard let data = try package.data(path) else { return [] }
        let parser = RelationshipsParser(sourcePart: sourcePart)
        try XMLPartParser.parse(data, part: path, handler: parser)
        return parser.relationships
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` → `_rels/.rels`.
    static func relsPath(for part: String) -> String {
        var segments = part.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? ""
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    func start(_ element: String, attributes: [String: String]) throws(XLSXError) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        let external = attributes["TargetMode"] == "External"
        relationships.append(Relationship(id: id, type: attributes["Type"] ?? "",
                                          target: external ? target : resolve(target), isExternal: external))
    }

    func end(_ element: String) throws(XLSXError) {}
    func text(_ text: String) {}

    /// Resolves a target against the source folder, handling `/absolute`, `..` and `.`.
    private func resolve(_ target: String) -> String {
        let target = target.removingPercentEncoding ?? target
        var segments = target.hasPrefix("/") ? [] : sourceFolder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
