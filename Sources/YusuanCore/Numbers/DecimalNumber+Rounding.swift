/// How a value is brought to fewer digits.
public enum RoundingRule: String, Sendable, Codable, CaseIterable {
    /// 四舍五入: ties away from zero, what budget systems print.
    case halfUp
    /// Ties to the even digit (banker's rounding), used by some spreadsheets.
    case halfEven
    /// Toward negative infinity.
    case floor
    /// Toward positive infinity.
    case ceiling
    /// Toward zero (truncation).
    case towardZero
}

extension DecimalNumber {
    /// The value with exactly `decimals` fractional digits.
    public func rounded(toDecimals decimals: Int, _ rule: RoundingRule = .halfUp) -> DecimalNumber {
        if decimals >= scale { return withScale(decimals) }
        let divisor = Int128.powerOfTen(scale - decimals)
        return DecimalNumber(units: Self.divide(units, by: divisor, rule), scale: decimals)
    }

    /// `self / divisor` with `decimals` fractional digits, or nil when the divisor is zero.
    public func divided(by divisor: DecimalNumber, decimals: Int, _ rule: RoundingRule = .halfUp) -> DecimalNumber? {
        guard !divisor.isZero else { return nil }
        // self / divisor = (u1 / 10^s1) / (u2 / 10^s2); scale the numerator so that the
        // integer quotient carries `decimals` digits.
        let shift = decimals + divisor.scale - scale
        var numerator = units
        var denominator = divisor.units
        if shift >= 0 {
            numerator *= Int128.powerOfTen(shift)
        } else {
            denominator *= Int128.powerOfTen(-shift)
        }
        return DecimalNumber(units: Self.divide(numerator, by: denominator, rule), scale: decimals)
    }

    /// Integer division of `n` by `d` rounded by `rule`.
    static func divide(_ n: Int128, by d: Int128, _ rule: RoundingRule) -> Int128 {
        precondition(d != 0)
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        if r == 0 { return q }
        // The exact quotient lies strictly between q and q ± 1 (sign of the true result).
        let positive = (n < 0) == (d < 0)
        let away = positive ? q + 1 : q - 1
        switch rule {
        case .towardZero:
            return q
        case .floor:
            return positive ? q : away
        case .ceiling:
            return positive ? away : q
        case .halfUp, .halfEven:
            let twiceRemainder = (r < 0 ? -r : r) * 2
            let absD = d < 0 ? -d : d
            if twiceRemainder > absD { return away }
            if twiceRemainder < absD { return q }
            if rule == .halfUp { return away }
            return q % 2 == 0 ? q : away
        }
    }
}
