/// A rectangle of cells, such as a merged area `A1:C2`. `start` is the top-left corner and
/// `end` the bottom-right one, whatever order they were given in.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var start: CellAddress
    public var end: CellAddress

    public init(start: CellAddress, end: CellAddress) {
        self.start = CellAddress(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellAddress(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    /// Rows and columns are 0-based and inclusive.
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(start: CellAddress(row: rows.lowerBound, column: columns.lowerBound),
                  end: CellAddress(row: rows.upperBound, column: columns.upperBound))
    }

    /// Reads `A1:C2`; a single reference (`B3`) is a one-cell range.
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(reference: String(parts[0])) else { return nil }
            self.init(start: cell, end: cell)
        case 2:
            guard let first = CellAddress(reference: String(parts[0])),
                  let last = CellAddress(reference: String(parts[1])) else { return nil }
            self.init(start: first, end: last)
        default:
            return nil
        }
    }

    /// `A1:C2`, or `B3` for a single cell.
    public var reference: String {
        start == end ? start.reference : "\(start.reference):\(end.reference)"
    }

    public var description: String { reference }

    public var rowCount: Int { end.row - start.row + 1 }
    public var columnCount: Int { end.column - start.column + 1 }

    public func contains(_ address: CellAddress) -> Bool {
        (start.row...end.row).contains(address.row) && (start.column...end.column).contains(address.column)
    }

    public func intersects(_ other: CellRange) -> Bool {
        start.row <= other.end.row && other.start.row <= end.row
            && start.column <= other.end.column && other.start.column <= end.column
    }
}
