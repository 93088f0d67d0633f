/// The position of a cell: 0-based row and column, written `B3` in A1 notation.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0-based row (`B3` is row 2).
    public var row: Int
    /// 0-based column (`B3` is column 1).
    public var column: Int

    /// Rows in an Excel sheet (1,048,576).
    public static let maxRows = 1_048_576
    /// Columns in an Excel sheet (16,384, up to `XFD`).
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads an A1 reference (`B3`, `$B$3`, `xfd1048576`); `nil` when it is not one or lies
    /// outside an Excel sheet.
    public init?(reference: String) {
        var column = 0, row = 0
        var letters = 0, digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                // Letters must come before digits, and at most three of them.
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0,
              (1...Self.maxColumns).contains(column), (1...Self.maxRows).contains(row) else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// The A1 reference, e.g. `B3`.
    public var reference: String { Self.columnName(column) + String(row + 1) }

    public var description: String { reference }

    /// The letters of a 0-based column: 0 → `A`, 27 → `AB`.
    public static func columnName(_ column: Int) -> String {
        var n = max(column, 0) + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// Reading order: by row, then column.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        lhs.row != rhs.row ? lhs.row < rhs.row : lhs.column < rhs.column
    }
}
