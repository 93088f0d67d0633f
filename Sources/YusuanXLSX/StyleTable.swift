/// The styles a workbook's cells use, numbered as `<cellXfs>` entries for `styles.xml`,
/// with fonts, borders and custom number formats each listed once. Index 0 is the plain
/// style, as Excel expects.
struct StyleTable {
    /// The workbook's default font; `CellStyle.fontName == nil` means this one.
    static let defaultFontName = "宋体"
    static let defaultFontSize = 11.0

    private(set) var styles: [CellStyle] = [.plain]
    private var styleIndex: [CellStyle: Int] = [.plain: 0]

    /// The `s` attribute for a cell in `style`.
    mutating func index(for style: CellStyle) -> Int {
        if let index = styleIndex[style] { return index }
        styles.append(style)
        styleIndex[style] = styles.count - 1
        return styles.count - 1
    }

    private struct FontKey: Hashable { var bold: Bool, size: Double?, name: String? }

    /// The `styles.xml` part.
    func xml() -> String {
        var fonts: [FontKey] = [FontKey(bold: false, size: nil, name: nil)]
        var borders: [CellBorder] = [.none]
        var customFormats: [String] = []
        var xfs = ""
        for style in styles {
            let font = FontKey(bold: style.bold, size: style.fontSize, name: style.fontName)
            let fontID = fonts.firstIndex(of: font) ?? { fonts.append(font); return fonts.count - 1 }()
            let borderID = borders.firstIndex(of: style.border) ?? { borders.append(style.border); return borders.count - 1 }()
            let formatID: Int
            if let builtin = BuiltinNumberFormats.writableIDs[style.numberFormat] {
                formatID = builtin
            } else {
                let custom = customFormats.firstIndex(of: style.numberFormat)
                    ?? { customFormats.append(style.numberFormat); return customFormats.count - 1 }()
                formatID = 164 + custom  // ids below 164 are Excel's own
            }
            xfs += "<xf numFmtId=\"\(formatID)\" fontId=\"\(fontID)\" fillId=\"0\" borderId=\"\(borderID)\" xfId=\"0\""
            if formatID != 0 { xfs += " applyNumberFormat=\"1\"" }
            if fontID != 0 { xfs += " applyFont=\"1\"" }
            if borderID != 0 { xfs += " applyBorder=\"1\"" }
            let alignment = Self.alignment(style)
            xfs += alignment.isEmpty ? "/>" : " applyAlignment=\"1\">\(alignment)</xf>"
        }

        var xml = XMLParts.declaration
        xml += "<styleSheet xmlns=\"\(XMLParts.mainNamespace)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + offset)\" formatCode=\"\(XMLEscaping.escape(code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"\(fonts.count)\">" + fonts.map(Self.font).joined() + "</fonts>"
        xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        xml += "<borders count=\"\(borders.count)\">" + borders.map(Self.border).joined() + "</borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">\(xfs)</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return xml
    }

    private static func font(_ font: FontKey) -> String {
        let name = font.name ?? defaultFontName
        var xml = "<font>"
        if font.bold { xml += "<b/>" }
        xml += "<sz val=\"\(XMLParts.number(font.size ?? defaultFontSize))\"/>"
        xml += "<name val=\"\(XMLEscaping.escape(name))\"/>"
        // GB2312 charset, so that Excel picks a Chinese face for the default font.
        if name == defaultFontName { xml += "<charset val=\"134\"/>" }
        return xml + "</font>"
    }

    private static func border(_ border: CellBorder) -> String {
        func side(_ name: String, _ line: BorderLine) -> String {
            line == .none ? "<\(name)/>" : "<\(name) style=\"\(line.rawValue)\"><color indexed=\"64\"/></\(name)>"
        }
        return "<border>" + side("left", border.left) + side("right", border.right) + side("top", border.top)
            + side("bottom", border.bottom) + "<diagonal/></border>"
    }

    private static func alignment(_ style: CellStyle) -> String {
        var attributes = ""
        if style.horizontalAlignment != .general { attributes += " horizontal=\"\(style.horizontalAlignment.rawValue)\"" }
        if style.verticalAlignment != .bottom { attributes += " vertical=\"\(style.verticalAlignment.rawValue)\"" }
        if style.wrapText { attributes += " wrapText=\"1\"" }
        return attributes.isEmpty ? "" : "<alignment\(attributes)/>"
    }
}
