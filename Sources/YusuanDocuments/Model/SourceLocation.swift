/// Where something was read: a line of a text file, or a row of a workbook sheet, and
/// the page of a PDF it came from when known.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The 1-based line of the text, or the 1-based row of the sheet.
    public var line: Int
    /// The worksheet, for workbook input.
    public var sheet: String?
    /// The 1-based page, for PDF input.
    public var page: Int?
    /// Where on the page, for what was read from a PDF's word positions (a table's cells
    /// and rows).
    public var box: PDFBox?

    public init(line: Int, sheet: String? = nil, page: Int? = nil, box: PDFBox? = nil) {
        self.line = line
        self.sheet = sheet
        self.page = page
        self.box = box
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.sheet ?? "", lhs.line) < (rhs.sheet ?? "", rhs.line)
    }

    /// `第12行` / `sheet 表1, row 12` style, for messages: `12`, `表1!12`, `p.3:12`.
    public var description: String {
        var text = "\(line)"
        if let sheet { text = "\(sheet)!\(text)" }
        if let page { text = "p.\(page):\(text)" }
        return text
    }
}
