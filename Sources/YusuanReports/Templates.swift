import Foundation
import Mustache

/// The report templates shipped with Yusuan, or a region's own from a folder of the same
/// names (`--templates DIR`): each province prints its own layout.
public struct ReportTemplates: Sendable {
    let library: MustacheLibrary

    /// The bundled templates, with any `.mustache` file in `overrides` taking the place of the
    /// bundled one of the same name.
    public init(overrides: URL? = nil) throws {
        var library = MustacheLibrary()
        let bundled = Bundle.module.bundleURL.appendingPathComponent("Templates")
        for folder in [bundled] + (overrides.map { [$0] } ?? []) {
            for (name, text) in try Self.templates(in: folder) {
                try library.register(text, named: name)
            }
        }
        self.library = library
    }

    /// Renders `object` with the template of that name.
    public func render(_ object: Any, template name: String) -> String? {
        library.render(object, withTemplate: name)
    }

    private static func templates(in folder: URL) throws -> [(String, String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        return try files.sorted().map { file in
            (String(file.dropLast(".mustache".count)), try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
    }
}
