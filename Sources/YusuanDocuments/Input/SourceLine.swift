/// One line of the input, split into cells: a line of text (cells separated by tabs, or
/// by runs of spaces in layout text from a PDF), or a row of a worksheet.
public struct SourceLine: Sendable, Hashable {
    public var location: SourceLocation
    /// The whole line, markup removed.
    public var text: String
    /// The non-empty cells, left to right.
    public var cells: [SourceCell]
    /// Whether cells sit in grid columns (tab-separated text, worksheets) or at character
    /// positions (layout text from a PDF, where only alignment tells the columns).
    public var isGrid: Bool

    public init(location: SourceLocation, text: String, cells: [SourceCell], isGrid: Bool) {
        self.location = location
        self.text = text
        self.cells = cells
        self.isGrid = isGrid
    }

    public var isBlank: Bool { cells.isEmpty }
}

/// A cell of a source line and where it sits.
public struct SourceCell: Sendable, Hashable {
    public var text: String
    /// The grid column: the tab-separated field index, or the worksheet column (0-based).
    /// For layout text, the order of the cell within its line.
    public var column: Int
    /// For layout text: the character offsets the cell spans within the line (its
    /// horizontal position). For grid input, `column ..< column + span`.
    public var start: Int
    public var end: Int
    /// Where the cell is printed, for cells read from a PDF's word positions.
    public var box: PDFBox?
    /// Where the cell's first line begins, for cells read from word positions: how far a
    /// name is indented under its parent (a wrapped name's later lines can start further
    /// left, at the cell's edge).
    public var indent: Double?

    public init(text: String, column: Int, start: Int, end: Int, box: PDFBox? = nil, indent: Double? = nil) {
        self.text = text
        self.column = column
        self.start = start
        self.end = end
        self.box = box
        self.indent = indent
    }
}
