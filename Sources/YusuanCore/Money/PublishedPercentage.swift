/// A percentage as printed: `54.00%` claims two decimals, `3%` none, and each is checked
/// at its own precision (`54.00%` is not `54%`).
public struct PublishedPercentage: Sendable, Hashable, Codable {
    public let text: String
    /// The printed number of percent (`54.00`).
    public let value: DecimalNumber

    public init(text: String, value: DecimalNumber) {
        self.text = text
        self.value = value
    }

    public init(_ value: DecimalNumber) {
        self.init(text: "\(value)%", value: value)
    }

    /// Reads `54.00%`, `３％`, `100 %`, `-1.37%`. Nil when the text is not a percentage.
    public static func parse(_ text: String) -> PublishedPercentage? {
        var body = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        guard body.hasSuffix("%") else { return nil }
        body.removeLast()
        if body.hasPrefix("+") { body.removeFirst() }
        if body.hasPrefix("−") { body = "-" + body.dropFirst() }
        guard let value = DecimalNumber(body) else { return nil }
        return PublishedPercentage(text: text, value: value)
    }

    public var decimals: Int { value.scale }

    /// The range of percent values that print as this: `54.00%` → [53.995, 54.005].
    public var interval: Interval { Interval(printed: value) }

    /// The same range as a fraction of one: [0.53995, 0.54005].
    public var fractionInterval: Interval { interval.scaled(by: DecimalNumber(units: 1, scale: 2)) }

    /// Whether a ratio (a fraction, e.g. from `PublishedFigure.ratio`) can print as this.
    public func isConsistent(withRatio ratio: Interval) -> Bool {
        fractionInterval.isConsistent(with: ratio)
    }
}

extension PublishedPercentage: CustomStringConvertible {
    public var description: String { "\(value)%" }
}
