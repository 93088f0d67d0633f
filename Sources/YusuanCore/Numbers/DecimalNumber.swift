/// An exact decimal number: `units × 10^-scale`.
///
/// Every figure Yusuan computes with — amounts, percentages, indicator values — is one of
/// these or is built on one. There is no binary floating point anywhere in the arithmetic:
/// `0.1 + 0.2` is `0.3`. The 128-bit significand leaves room for products of two amounts
/// in 分 (cross-multiplied ratio checks) without overflow.
///
/// The scale is kept as given (`30.80` has scale 2, `30.8` scale 1) so that a printed
/// precision survives parsing; equality and hashing compare values only.
public struct DecimalNumber: Sendable {
    /// The significand: the number with its decimal point removed.
    public let units: Int128
    /// How many digits follow the decimal point.
    public let scale: Int

    /// The largest scale Yusuan works at; far beyond any printed figure.
    public static let maximumScale = 30

    public init(units: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= Self.maximumScale, "scale \(scale) out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(units: Int128(integer), scale: 0)
    }

    public static let zero = DecimalNumber(units: 0, scale: 0)

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    public var signum: Int { units == 0 ? 0 : (units < 0 ? -1 : 1) }
    public var magnitude: DecimalNumber { DecimalNumber(units: units < 0 ? -units : units, scale: scale) }

    /// The same value with trailing fractional zeros removed (`30.80` → `30.8`).
    public var normalized: DecimalNumber {
        var u = units
        var s = scale
        while s > 0 && u % 10 == 0 {
            u /= 10
            s -= 1
        }
        return DecimalNumber(units: u, scale: s)
    }

    /// The significand at a larger scale; the value is unchanged.
    func units(atScale target: Int) -> Int128 {
        precondition(target >= scale)
        return units * Int128.powerOfTen(target - scale)
    }

    /// The same value written with `target` fractional digits (`target` ≥ `scale`).
    public func withScale(_ target: Int) -> DecimalNumber {
        if target <= scale { return self }
        return DecimalNumber(units: units(atScale: target), scale: target)
    }
}

extension Int128 {
    static func powerOfTen(_ exponent: Int) -> Int128 {
        precondition(exponent >= 0 && exponent <= 38)
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

extension DecimalNumber: Equatable, Hashable, Comparable {
    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.units(atScale: s) == rhs.units(atScale: s)
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.units)
        hasher.combine(n.scale)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.units(atScale: s) < rhs.units(atScale: s)
    }
}

extension DecimalNumber: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
