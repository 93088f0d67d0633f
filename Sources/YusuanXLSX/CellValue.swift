/// What a cell holds.
///
/// Numbers are kept as decimal text, never as `Double`: a budget figure typed as `1205.56`
/// stays `1205.56` however the file stored it.
public enum CellValue: Sendable, Hashable {
    /// Nothing (a cell that only carries a style).
    case empty
    /// Text, including error values such as `#DIV/0!` and formula results that are text.
    case text(String)
    /// A number as plain decimal text (`1205.56`, `-0.5`, `20000000`), no exponent.
    case number(String)
    case boolean(Bool)

    /// The text, if the cell holds text.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The decimal text, if the cell holds a number.
    public var number: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    public var isEmpty: Bool { self == .empty }
}
