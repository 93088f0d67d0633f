import YusuanCore
import YusuanDocuments

/// One thing a rule found: which rule, how severe, where, what was expected and what the
/// document prints, and a message that says so in Chinese and English.
public struct Finding: Sendable, Hashable, Codable {
    public var file: String
    public var rule: String
    public var severity: Severity
    public var location: FindingLocation
    /// What the figures around it say it should be (an interval, a name, a percentage).
    public var expected: String?
    /// What the document prints.
    public var found: String?
    public var message: BilingualMessage
    /// The other places the finding rests on (the rows of a sum, the other table).
    public var related: [FindingLocation]
    /// The rule pack the audit ran with (`全国`), and the regulation the rule rests on.
    public var pack: String?
    public var source: String?

    public init(file: String, rule: String, severity: Severity, location: FindingLocation, expected: String? = nil,
                found: String? = nil, message: BilingualMessage, related: [FindingLocation] = []) {
        self.file = file
        self.rule = rule
        self.severity = severity
        self.location = location
        self.expected = expected
        self.found = found
        self.message = message
        self.related = related
    }
}

/// Where a finding points: a table, a row, a column, a line — as much as is known.
public struct FindingLocation: Sendable, Hashable, Codable {
    /// The table's number and title as printed (`表一 部门收支总体情况表`).
    public var table: String?
    /// The table's index in the document's `tables`.
    public var tableIndex: Int?
    /// The row's label (and code).
    public var row: String?
    /// The row's index in the table's `rows`.
    public var rowIndex: Int?
    /// The column's meaning (`basic`, `source.generalPublicBudget`) or header.
    public var column: String?
    /// The column's index in the table's `columns`.
    public var columnIndex: Int?
    public var line: Int?
    public var page: Int?
    /// Where on the page, for a place read from a PDF's word positions (a cell or row of a
    /// `geometric` table): its line is then only an order, so the page and box are what
    /// point a reader at it.
    public var box: PDFBox?
    public var sheet: String?
    /// The file, when the place is in another document than the finding's (a unit's own
    /// disclosure, last year's).
    public var file: String?

    public init(table: String? = nil, tableIndex: Int? = nil, row: String? = nil, rowIndex: Int? = nil,
                column: String? = nil, columnIndex: Int? = nil, line: Int? = nil, page: Int? = nil, box: PDFBox? = nil,
                sheet: String? = nil) {
        self.table = table
        self.tableIndex = tableIndex
        self.row = row
        self.rowIndex = rowIndex
        self.column = column
        self.columnIndex = columnIndex
        self.line = line
        self.page = page
        self.box = box
        self.sheet = sheet
    }

    public init(_ location: SourceLocation) {
        self.init(line: location.line, page: location.page, box: location.box, sheet: location.sheet)
    }
}

extension FindingLocation {
    /// A cell of a table.
    public init(_ document: Document, table index: Int, row: Row? = nil, column: Column? = nil, cell: Cell? = nil) {
        let table = document.tables[index]
        let where_ = cell?.location ?? row?.location ?? table.location
        self.init(table: [table.number, table.title].compactMap { $0 }.joined(separator: " "), tableIndex: index,
                  row: row.map { row in [row.code, row.label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") },
                  rowIndex: row.flatMap { row in table.rows.firstIndex(of: row) },
                  column: column.map { $0.meaning?.rawValue ?? $0.header.joined(separator: "/") },
                  columnIndex: column?.index, line: where_.line, page: where_.page, box: where_.box, sheet: where_.sheet)
    }
}

extension FindingLocation {
    /// Whether the place was read from a PDF's word positions: it has a page and a box, and
    /// its line number is only an order.
    public var isOnPDFPage: Bool { page != nil && box != nil }

    /// Every field, null when unknown: JSON readers see the same shape for every finding.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(table, forKey: .table)
        try container.encode(tableIndex, forKey: .tableIndex)
        try container.encode(row, forKey: .row)
        try container.encode(rowIndex, forKey: .rowIndex)
        try container.encode(column, forKey: .column)
        try container.encode(columnIndex, forKey: .columnIndex)
        try container.encode(line, forKey: .line)
        try container.encode(page, forKey: .page)
        try container.encode(box, forKey: .box)
        try container.encode(sheet, forKey: .sheet)
        try container.encode(file, forKey: .file)
    }
}
