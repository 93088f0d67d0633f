/// One sheet of a workbook: sparse cells, merged areas and column widths.
public struct Worksheet: Sendable, Hashable {
    public var name: String
    /// The cells that hold a value or carry a style; absent cells are empty.
    public var cells: [CellAddress: WorksheetCell]
    public var merges: [CellRange]
    /// Width of 0-based columns, in characters of the default font.
    public var columnWidths: [Int: Double]
    /// Height of 0-based rows, in points, where set.
    public var rowHeights: [Int: Double]
    /// Hidden (or "very hidden") in Excel's sheet tabs.
    public var isHidden: Bool

    public init(name: String, cells: [CellAddress: WorksheetCell] = [:], merges: [CellRange] = [],
                columnWidths: [Int: Double] = [:], rowHeights: [Int: Double] = [:], isHidden: Bool = false) {
        self.name = name
        self.cells = cells
        self.merges = merges
        self.columnWidths = columnWidths
        self.rowHeights = rowHeights
        self.isHidden = isHidden
    }

    /// Rows up to the last one with a value. Cells that only carry a style (a border around
    /// nothing) and merged areas do not extend it, so a stray merge of a whole column cannot
    /// blow up `rows`.
    public var rowCount: Int { extent.rows }

    /// Columns up to the last one with a value.
    public var columnCount: Int { extent.columns }

    private var extent: (rows: Int, columns: Int) {
        var rows = 0, columns = 0
        for (address, cell) in cells where !cell.value.isEmpty {
            rows = max(rows, address.row + 1)
            columns = max(columns, address.column + 1)
        }
        return (rows, columns)
    }

    public func cell(row: Int, column: Int) -> WorksheetCell? {
        cells[CellAddress(row: row, column: column)]
    }

    public func cell(at address: CellAddress) -> WorksheetCell? { cells[address] }

    /// Puts `cell` at `address`, replacing what was there.
    public mutating func set(_ cell: WorksheetCell, at address: CellAddress) {
        cells[address] = cell
    }

    public mutating func set(_ cell: WorksheetCell, row: Int, column: Int) {
        cells[CellAddress(row: row, column: column)] = cell
    }

    /// Merges `range`; the value shown is the top-left cell's.
    public mutating func merge(_ range: CellRange) {
        merges.append(range)
    }

    /// The merged area `address` lies in, if any.
    public func mergedRange(containing address: CellAddress) -> CellRange? {
        merges.first { $0.contains(address) }
    }

    /// The displayed text of every row, `rowCount` × `columnCount`, `""` for empty cells.
    /// In a merged area the text sits in the top-left cell only, even if the file put
    /// values in the covered cells.
    ///
    /// The grid is dense: for a file from an untrusted source, look at `rowCount` and
    /// `columnCount` first, as one stray value in cell XFD1048576 makes it enormous.
    public var rows: [[String]] {
        let (rowCount, columnCount) = extent
        var grid = Array(repeating: Array(repeating: "", count: columnCount), count: rowCount)
        var formats: [String: NumberFormat] = [:]  // parsed once per code, not per cell
        for (address, cell) in cells where address.row < rowCount && address.column < columnCount {
            if case .number(let number) = cell.value {
                let code = cell.style.numberFormat
                let format = formats[code] ?? NumberFormat(code: code)
                formats[code] = format
                grid[address.row][address.column] = format.format(number)
            } else {
                grid[address.row][address.column] = cell.displayText
            }
        }
        for range in merges where range.start.row < rowCount && range.start.column < columnCount {
            for row in range.start.row...min(range.end.row, rowCount - 1) {
                for column in range.start.column...min(range.end.column, columnCount - 1)
                where row != range.start.row || column != range.start.column {
                    grid[row][column] = ""
                }
            }
        }
        return grid
    }
}
