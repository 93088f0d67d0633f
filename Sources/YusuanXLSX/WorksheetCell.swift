/// One cell: its value and its format.
public struct WorksheetCell: Sendable, Hashable {
    public var value: CellValue
    public var style: CellStyle

    public init(value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public init(text: String, style: CellStyle = .plain) {
        self.init(value: .text(text), style: style)
    }

    /// A number cell from its exact decimal text (`"1205.56"`), shown with `format`
    /// (`"#,##0.00"`) unless `style` says otherwise.
    public init(number: String, format: String = "General", style: CellStyle = .plain) {
        var style = style
        if style.numberFormat == CellStyle.plain.numberFormat { style.numberFormat = format }
        self.init(value: .number(number), style: style)
    }

    public init(boolean: Bool, style: CellStyle = .plain) {
        self.init(value: .boolean(boolean), style: style)
    }

    /// What Excel shows in the cell: numbers formatted with the cell's number format
    /// (`20000000` with `#,##0.00` shows `20,000,000.00`), `TRUE`/`FALSE`, text as is.
    public var displayText: String {
        switch value {
        case .empty: ""
        case .text(let text): text
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .number(let number): NumberFormat(code: style.numberFormat).format(number)
        }
    }
}
