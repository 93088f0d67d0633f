/// How a cell looks: the parts of an Excel cell format that budget tables use.
///
/// `fontName` and `fontSize` are `nil` for the workbook's default font.
public struct CellStyle: Sendable, Hashable {
    public var bold: Bool
    public var fontSize: Double?
    public var fontName: String?
    public var horizontalAlignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
    public var wrapText: Bool
    public var border: CellBorder
    /// An Excel number format code: `General`, `0.00`, `#,##0.00`, `0.00%`, `@`.
    public var numberFormat: String

    public init(bold: Bool = false, fontSize: Double? = nil, fontName: String? = nil,
                horizontalAlignment: HorizontalAlignment = .general,
                verticalAlignment: VerticalAlignment = .bottom,
                wrapText: Bool = false, border: CellBorder = .none, numberFormat: String = "General") {
        self.bold = bold
        self.fontSize = fontSize
        self.fontName = fontName
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
        self.border = border
        self.numberFormat = numberFormat
    }

    /// The style of a cell nobody formatted.
    public static let plain = CellStyle()
}

/// Horizontal alignment, named as in SpreadsheetML.
public enum HorizontalAlignment: String, Sendable, Hashable, CaseIterable {
    case general, left, center, right, fill, justify, centerContinuous, distributed
}

/// Vertical alignment, named as in SpreadsheetML; Excel's default is `bottom`.
public enum VerticalAlignment: String, Sendable, Hashable, CaseIterable {
    case top, center, bottom, justify, distributed
}

/// The lines around a cell.
public struct CellBorder: Sendable, Hashable {
    public var left: BorderLine
    public var right: BorderLine
    public var top: BorderLine
    public var bottom: BorderLine

    public init(left: BorderLine = .none, right: BorderLine = .none,
                top: BorderLine = .none, bottom: BorderLine = .none) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }

    /// The same line on all four sides.
    public init(all line: BorderLine) {
        self.init(left: line, right: line, top: line, bottom: line)
    }

    public static let none = CellBorder()
    /// Thin lines all round, the usual grid of a disclosure table.
    public static let thin = CellBorder(all: .thin)

    public var isNone: Bool { self == .none }
}

/// A border line style, named as in SpreadsheetML.
public enum BorderLine: String, Sendable, Hashable, CaseIterable {
    case none, thin, medium, thick, double, hair, dotted, dashed, dashDot, dashDotDot
    case mediumDashed, mediumDashDot, mediumDashDotDot, slantDashDot
}
