/// An amount as a document prints it: the digits, their precision and the table's unit.
///
/// A printed figure is not a number but a range: `461.83` in a 万元 table stands for any
/// amount from 4,618,250 to 4,618,350 元. Checks compare these ranges (`interval`), so
/// honest rounding never looks like an error and a real error always does.
public struct PublishedFigure: Sendable, Hashable, Codable {
    /// The text as printed (kept for reports).
    public let text: String
    /// The number as printed, in `scale` units, with its printed number of decimals.
    public let value: DecimalNumber
    /// The unit the figure is printed in.
    public let scale: MoneyScale

    public init(text: String, value: DecimalNumber, scale: MoneyScale) {
        self.text = text
        self.value = value
        self.scale = scale
    }

    /// A figure as a printed value in `scale` units: `PublishedFigure(461.83, .tenThousandYuan)`.
    public init(_ value: DecimalNumber, _ scale: MoneyScale) {
        self.init(text: value.description, value: value, scale: scale)
    }

    /// Reads printed text in a table whose unit is `tableScale`; a unit written after the
    /// number (`825万元`) takes precedence. Nil for a blank or dash cell.
    public static func parse(_ text: String, tableScale: MoneyScale) throws(AmountTextError) -> PublishedFigure? {
        let reading = try AmountText.parse(text)
        guard let value = reading.value else { return nil }
        return PublishedFigure(text: text, value: value, scale: reading.unit ?? tableScale)
    }

    /// Digits after the decimal point as printed.
    public var decimals: Int { value.scale }

    /// The printed value taken at face value, in 元.
    public var yuan: DecimalNumber { value * scale.yuanPerUnit }

    /// The range of amounts, in 元, that print as this figure.
    public var interval: Interval { Interval(printed: value).scaled(by: scale.yuanPerUnit) }

    /// Whether an exact amount would print as this figure (up to a rounding tie).
    public func admits(_ amount: Money) -> Bool { interval.contains(amount.yuan) }

    /// Whether this figure and an interval (a sum of other figures, say) can be the same amount.
    public func isConsistent(with other: Interval) -> Bool { interval.isConsistent(with: other) }

    public func isConsistent(with other: PublishedFigure) -> Bool { interval.isConsistent(with: other.interval) }

    /// The range of `part / whole` as a fraction (0.5446…), or nil when `whole` may be zero.
    public static func ratio(_ part: PublishedFigure, _ whole: PublishedFigure) -> Interval? {
        part.interval.divided(by: whole.interval)
    }
}

extension Sequence where Element == PublishedFigure {
    /// The range, in 元, of the sum of these figures.
    public func sumInterval() -> Interval { map(\.interval).sum() }
}

extension PublishedFigure: CustomStringConvertible {
    public var description: String { "\(value)\(scale.label)" }
}
