/// A spreadsheet workbook: its worksheets in tab order.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet] = []) {
        self.sheets = sheets
    }

    /// The first sheet called `name`.
    public func sheet(named name: String) -> Worksheet? {
        sheets.first { $0.name == name }
    }
}
