/// A closed range of exact values: what a rounded printed figure can stand for, or what
/// an expression over such figures can come to.
///
/// A printed `461.83` is, under 四舍五入, the half-open range [461.825, 461.835). Checks treat
/// the bounds as closed: a publisher may round ties half-up or half-even, and at an exact
/// tie either reading is honest, so the tie must never raise a finding.
public struct Interval: Sendable, Hashable, Codable {
    public let lower: DecimalNumber
    public let upper: DecimalNumber

    public init(lower: DecimalNumber, upper: DecimalNumber) {
        precondition(lower <= upper, "interval bounds out of order: \(lower) > \(upper)")
        self.lower = lower
        self.upper = upper
    }

    /// The degenerate interval of an exactly known value.
    public init(exactly value: DecimalNumber) {
        self.init(lower: value, upper: value)
    }

    /// What a value printed with its own number of decimals stands for:
    /// `30.8` → [30.75, 30.85], `54.00` → [53.995, 54.005], `3` → [2.5, 3.5].
    public init(printed value: DecimalNumber) {
        let halfStep = DecimalNumber(units: 5, scale: value.scale + 1)
        self.init(lower: value - halfStep, upper: value + halfStep)
    }

    public static let zero = Interval(exactly: .zero)

    public var isExact: Bool { lower == upper }
    public var width: DecimalNumber { upper - lower }
    public var midpoint: DecimalNumber { (lower + upper) * DecimalNumber(units: 5, scale: 1) }

    public func contains(_ value: DecimalNumber) -> Bool { lower <= value && value <= upper }

    /// Whether some value lies in both: two figures that could be the same number.
    public func isConsistent(with other: Interval) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    public static func + (lhs: Interval, rhs: Interval) -> Interval {
        Interval(lower: lhs.lower + rhs.lower, upper: lhs.upper + rhs.upper)
    }

    public static func - (lhs: Interval, rhs: Interval) -> Interval {
        Interval(lower: lhs.lower - rhs.upper, upper: lhs.upper - rhs.lower)
    }

    public static prefix func - (value: Interval) -> Interval {
        Interval(lower: -value.upper, upper: -value.lower)
    }

    /// Multiplication by an exact factor (a money scale, 100 for percent).
    public func scaled(by factor: DecimalNumber) -> Interval {
        let a = lower * factor
        let b = upper * factor
        return Interval(lower: min(a, b), upper: max(a, b))
    }

    /// The range of `self / divisor`, widened outward to `decimals` digits so that it
    /// always contains every exact quotient. Nil when the divisor's range contains zero:
    /// the ratio is then unbounded and nothing can be said about it.
    public func divided(by divisor: Interval, decimals: Int = 12) -> Interval? {
        guard divisor.lower.signum == divisor.upper.signum, !divisor.lower.isZero else { return nil }
        let quotients = [lower, upper].flatMap { n in [divisor.lower, divisor.upper].map { (n, $0) } }
        let lows = quotients.compactMap { $0.0.divided(by: $0.1, decimals: decimals, .floor) }
        let highs = quotients.compactMap { $0.0.divided(by: $0.1, decimals: decimals, .ceiling) }
        guard let low = lows.min(), let high = highs.max() else { return nil }
        return Interval(lower: low, upper: high)
    }
}

extension Sequence where Element == Interval {
    /// The interval of the sum: every combination of values the terms can stand for.
    public func sum() -> Interval { reduce(.zero, +) }
}

extension Interval: CustomStringConvertible {
    public var description: String {
        isExact ? lower.description : "[\(lower), \(upper)]"
    }
}
