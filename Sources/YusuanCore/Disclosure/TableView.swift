/// A disclosure table computed from budget facts: rows and columns with meanings, and
/// each cell's exact value together with the measure it adds up.
public struct TableView: Sendable {
    public var kind: TableKind
    public var title: String
    public var columns: [ViewColumn]
    public var rows: [ViewRow]

    public init(kind: TableKind, title: String? = nil, columns: [ViewColumn], rows: [ViewRow]) {
        self.kind = kind
        self.title = title ?? kind.standardTitle
        self.columns = columns
        self.rows = rows
    }

    /// The first row standing for `subject` (on `side`, for a side-by-side table).
    public func row(_ subject: RowSubject, side: TableSide? = nil) -> ViewRow? {
        rows.first { $0.subject == subject && (side == nil || $0.side == side) }
    }

    /// The exact value of one cell; nil when the table has no such row or column.
    public func value(_ subject: RowSubject, _ meaning: ColumnMeaning, side: TableSide? = nil) -> Money? {
        row(subject, side: side)?.cells[meaning]?.value
    }

    /// Whether every amount in the table is zero (an empty table, printed with a 备注).
    public var isEmpty: Bool {
        rows.allSatisfy { $0.cells.values.allSatisfy { $0.value.isZero } }
    }
}

/// A column: its meaning, the header cells above it (top first), and its side.
public struct ViewColumn: Sendable, Hashable {
    public var meaning: ColumnMeaning
    public var header: [String]
    public var side: TableSide?

    public init(_ meaning: ColumnMeaning, _ header: [String], side: TableSide? = nil) {
        self.meaning = meaning
        self.header = header
        self.side = side
    }
}

/// A row of a table view.
public struct ViewRow: Sendable {
    public var subject: RowSubject
    public var label: String
    public var role: RowRole
    public var side: TableSide?
    /// Nesting below the table's top level (类 0, 款 1, 项 2).
    public var depth: Int
    public var cells: [ColumnMeaning: ViewCell]

    public init(subject: RowSubject, label: String, role: RowRole, side: TableSide? = nil, depth: Int = 0,
                cells: [ColumnMeaning: ViewCell]) {
        self.subject = subject
        self.label = label
        self.role = role
        self.side = side
        self.depth = depth
        self.cells = cells
    }

    /// The code the row prints, if it is a classification row.
    public var code: String? {
        switch subject {
        case .function(let code): code.digits
        case .economic(let code): code.digits
        case .agency(let code, _): code
        default: nil
        }
    }
}

/// A cell's exact value and what it adds up.
public struct ViewCell: Sendable, Hashable {
    public var measure: Measure
    public var value: Money

    public init(measure: Measure, value: Money) {
        self.measure = measure
        self.value = value
    }
}
