import Foundation

/// Reads `xl/styles.xml` into one `CellStyle` per `<cellXfs>` entry, the index a cell's
/// `s` attribute refers to.
final class StylesPartParser: XMLPartHandler {
    private struct Font { var bold = false, size: Double?, name: String? }
    private struct Format { var numFmtID = 0, fontID = 0, borderID = 0
        var horizontal = HorizontalAlignment.general, vertical = VerticalAlignment.bottom, wrap = false }

    private var customFormats: [Int: String] = [:]
    private var fonts: [Font] = []
    private var borders: [CellBorder] = []
    private var formats: [Format] = []
    /// The enclosing list (`fonts`, `borders`, `cellXfs`, `dxfs`…), which decides what a
    /// `<font>` or `<xf>` belongs to.
    private var list: String?
    let wantsText = false

    static func styles(in data: Data, part: String) throws(XLSXError) -> [CellStyle] {
        let parser = StylesPartParser()
        try XMLPartParser.parse(data, part: part, handler: parser)
        return parser.resolved()
    }

    func start(_ element: String, attributes: [String: String]) throws(XLSXError) {
        switch (list, element) {
        case (_, "numFmts"), (_, "fonts"), (_, "borders"), (_, "cellXfs"), (_, "cellStyleXfs"), (_, "dxfs"):
            list = element
        case ("numFmts", "numFmt"):
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case ("fonts", "font"): fonts.append(Font())
        case ("fonts", "b"): if !fonts.isEmpty { fonts[fonts.count - 1].bold = Self.flag(attributes["val"]) }
        case ("fonts", "sz"): if !fonts.isEmpty { fonts[fonts.count - 1].size = attributes["val"].flatMap { Double($0) } }
        case ("fonts", "name"): if !fonts.isEmpty { fonts[fonts.count - 1].name = attributes["val"] }
        case ("borders", "border"): borders.append(.none)
        case ("borders", "left"), ("borders", "right"), ("borders", "top"), ("borders", "bottom"),
             ("borders", "start"), ("borders", "end"):
            let line = attributes["style"].map { BorderLine(rawValue: $0) ?? .thin } ?? .none
            if !borders.isEmpty { setSide(&borders[borders.count - 1], element, line) }
        case ("cellXfs", "xf"):
            formats.append(Format(numFmtID: Self.int(attributes["numFmtId"]), fontID: Self.int(attributes["fontId"]),
                                  borderID: Self.int(attributes["borderId"])))
        case ("cellXfs", "alignment"):
            guard !formats.isEmpty else { return }
            let index = formats.count - 1
            formats[index].horizontal = attributes["horizontal"].flatMap(HorizontalAlignment.init) ?? .general
            formats[index].vertical = attributes["vertical"].flatMap(VerticalAlignment.init) ?? .bottom
            formats[index].wrap = Self.flag(attributes["wrapText"], default: false)
        default:
            break
        }
    }

    func end(_ element: String) throws(XLSXError) {
        if element == list { list = nil }
    }

    func text(_ text: String) {}

    private func setSide(_ border: inout CellBorder, _ side: String, _ line: BorderLine) {
        switch side {
        case "left", "start": border.left = line
        case "right", "end": border.right = line
        case "top": border.top = line
        default: border.bottom = line
        }
    }

    /// `<b/>` and `<b val="1"/>` are bold; `val="0"`/`"false"` is not.
    private static func flag(_ value: String?, default defaultValue: Bool = true) -> Bool {
        guard let value else { return defaultValue }
        return value == "1" || value.lowercased() == "true"
    }

    private static func int(_ value: String?) -> Int { value.flatMap { Int($0) } ?? 0 }

    /// Styles as the cells see them. The first font is the workbook default, so a cell in
    /// that font's name and size gets `nil` for them.
    private func resolved() -> [CellStyle] {
        let defaultFont = fonts.first ?? Font()
        return formats.map { format in
            let font = fonts.indices.contains(format.fontID) ? fonts[format.fontID] : defaultFont
            return CellStyle(
                bold: font.bold,
                fontSize: font.size == defaultFont.size ? nil : font.size,
                fontName: font.name == defaultFont.name ? nil : font.name,
                horizontalAlignment: format.horizontal,
                verticalAlignment: format.vertical,
                wrapText: format.wrap,
                border: borders.indices.contains(format.borderID) ? borders[format.borderID] : .none,
                numberFormat: customFormats[format.numFmtID] ?? BuiltinNumberFormats.code(for: format.numFmtID))
        }
    }
}
