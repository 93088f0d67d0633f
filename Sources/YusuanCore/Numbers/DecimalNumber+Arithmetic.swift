/// Exact sums, differences and products. Division is never exact in general, so it
/// takes a result scale and a rounding rule (see `DecimalNumber+Rounding.swift`).
extension DecimalNumber {
    public static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        let s = max(lhs.scale, rhs.scale)
        return DecimalNumber(units: lhs.units(atScale: s) + rhs.units(atScale: s), scale: s)
    }

    public static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        let s = max(lhs.scale, rhs.scale)
        return DecimalNumber(units: lhs.units(atScale: s) - rhs.units(atScale: s), scale: s)
    }

    public static prefix func - (value: DecimalNumber) -> DecimalNumber {
        DecimalNumber(units: -value.units, scale: value.scale)
    }

    /// The exact product; its scale is the sum of the scales (trailing zeros dropped
    /// when that would exceed `maximumScale`).
    public static func * (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        var units = lhs.units * rhs.units
        var scale = lhs.scale + rhs.scale
        while scale > maximumScale && units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        precondition(scale <= maximumScale, "product scale exceeds \(maximumScale)")
        return DecimalNumber(units: units, scale: scale)
    }

    public static func += (lhs: inout DecimalNumber, rhs: DecimalNumber) { lhs = lhs + rhs }
    public static func -= (lhs: inout DecimalNumber, rhs: DecimalNumber) { lhs = lhs - rhs }

    /// The value multiplied by 10^exponent (exact; `exponent` may be negative).
    public func shifted(by exponent: Int) -> DecimalNumber {
        if exponent >= 0 {
            if scale >= exponent { return DecimalNumber(units: units, scale: scale - exponent) }
            return DecimalNumber(units: units * Int128.powerOfTen(exponent - scale), scale: 0)
        }
        return DecimalNumber(units: units, scale: scale - exponent)
    }
}

extension Sequence where Element == DecimalNumber {
    /// The exact sum; zero for an empty sequence.
    public func sum() -> DecimalNumber { reduce(.zero, +) }
}
