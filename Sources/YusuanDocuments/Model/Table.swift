import YusuanCore

/// A table read from a document: its kind, whatever the document titles it; columns with
/// meanings; rows with what they stand for; every cell with its text and place.
public struct Table: Sendable, Hashable, Codable {
    public var kind: TableKind
    /// The title as printed (`部门收支总体情况表`).
    public var title: String
    /// The number printed with the title (`表一`, `附表-1`, `公开表3`, `预算01表`).
    public var number: String?
    /// The agency the header names (`编制部门：…`, `部门/单位：…`).
    public var agency: String?
    /// The year in the title, if any.
    public var fiscalYear: Int?
    /// The unit the header states (`单位：万元`).
    public var moneyScale: MoneyScale?
    public var columns: [Column]
    public var rows: [Row]
    /// A 备注 or 注 printed under the table (an empty table's explanation).
    public var note: String?
    /// How its columns were found: from a grid (tabs, a worksheet), or from the positions
    /// of laid-out text, which can misplace a figure by a column.
    public var layout: TableLayout = .grid
    /// The title's place; rows carry their own.
    public var location: SourceLocation

    public init(kind: TableKind, title: String, number: String? = nil, agency: String? = nil, fiscalYear: Int? = nil,
                moneyScale: MoneyScale? = nil, columns: [Column] = [], rows: [Row] = [], note: String? = nil,
                location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.number = number
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.moneyScale = moneyScale
        self.columns = columns
        self.rows = rows
        self.note = note
        self.location = location
    }

    /// The first column with a meaning (on a side, for side-by-side tables).
    public func column(_ meaning: ColumnMeaning, side: TableSide? = nil) -> Column? {
        columns.first { $0.meaning == meaning && (side == nil || $0.side == side) }
    }

    /// The cell of `row` in the column with `meaning`.
    public func cell(_ row: Row, _ meaning: ColumnMeaning) -> Cell? {
        guard let column = columns.first(where: { $0.meaning == meaning && (row.side == nil || $0.side == row.side) }) else {
            return nil
        }
        return row.cells.first { $0.column == column.index }
    }

    /// The rows that stand for `subject`.
    public func rows(_ subject: RowSubject, side: TableSide? = nil) -> [Row] {
        rows.filter { $0.subject == subject && (side == nil || $0.side == side) }
    }

    /// Whether the table prints no figure at all (an empty table).
    public var isEmpty: Bool {
        rows.allSatisfy { row in row.cells.allSatisfy { $0.amount.map { $0.value.isZero } ?? true } }
    }
}

/// Where a table's columns came from.
public enum TableLayout: String, Sendable, Hashable, Codable {
    /// Cells in known columns: tab-separated text, a worksheet.
    case grid
    /// Columns inferred from where text sits on the line (`pdftotext -layout`).
    case positional
    /// Columns from where the header cells of a PDF are printed, cells placed by their
    /// words' boxes (`pdftotext -tsv`): sounder than `positional`, still inferred.
    case geometric
}

/// A column: its header cells (top first), its meaning and its side.
public struct Column: Sendable, Hashable, Codable {
    public var index: Int
    public var header: [String]
    /// What the column holds; nil when the header says nothing the reader knows.
    public var meaning: ColumnMeaning?
    public var side: TableSide?

    public init(index: Int, header: [String], meaning: ColumnMeaning?, side: TableSide? = nil) {
        self.index = index
        self.header = header
        self.meaning = meaning
        self.side = side
    }
}

/// A row of a table.
public struct Row: Sendable, Hashable, Codable {
    /// The row's name as printed, without its code.
    public var label: String
    /// The classification code the row prints (whole, or joined from 类/款/项 columns).
    public var code: String?
    /// What the row stands for; nil when the reader cannot tell.
    public var subject: RowSubject?
    public var role: RowRole
    public var side: TableSide?
    /// The agency the row belongs to, in tables grouped by agency (a 绩效自评表's blocks).
    public var agency: String?
    /// The 序号 printed in the row.
    public var sequence: Int?
    public var cells: [Cell]
    public var location: SourceLocation

    public init(label: String, code: String? = nil, subject: RowSubject? = nil, role: RowRole = .detail,
                side: TableSide? = nil, agency: String? = nil, sequence: Int? = nil, cells: [Cell] = [],
                location: SourceLocation) {
        self.label = label
        self.code = code
        self.subject = subject
        self.role = role
        self.side = side
        self.agency = agency
        self.sequence = sequence
        self.cells = cells
        self.location = location
    }
}
