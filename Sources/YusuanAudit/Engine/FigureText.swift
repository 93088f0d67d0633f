import YusuanCore

/// How findings write figures: in the table's own unit, at the printed precision, and
/// ranges as `下限–上限`.
enum FigureText {
    /// The power of ten a scale's unit is of the 元.
    static func exponent(_ scale: MoneyScale) -> Int {
        switch scale {
        case .yuan: 0
        case .tenThousandYuan: 4
        case .hundredMillionYuan: 8
        }
    }

    /// An amount in 元 written in `scale` units, without trailing zeros beyond `decimals`.
    static func amount(_ yuan: DecimalNumber, in scale: MoneyScale, decimals: Int) -> String {
        let value = yuan.shifted(by: -exponent(scale)).normalized
        return value.withScale(decimals).description
    }

    /// A range in 元 written in `scale` units with `decimals` (one more than printed, to
    /// show the rounding edges): `438.325–438.355`; an exact value at the printed precision.
    static func range(_ interval: Interval, in scale: MoneyScale, decimals: Int) -> String {
        if interval.isExact { return amount(interval.lower, in: scale, decimals: max(decimals - 1, 0)) }
        let lower = amount(interval.lower, in: scale, decimals: decimals)
        let upper = amount(interval.upper, in: scale, decimals: decimals)
        return lower == upper ? lower : "\(lower)–\(upper)"
    }

    /// The sum of printed figures at face value, written like them.
    static func sum(_ cells: [AuditCell], in scale: MoneyScale, decimals: Int) -> String {
        let total = cells.compactMap { $0.figure?.yuan }.sum()
        return amount(total, in: scale, decimals: decimals)
    }

    /// A ratio interval (a fraction) as percent: `54.4621%–54.4654%`.
    static func percent(_ ratio: Interval, decimals: Int) -> String {
        let lower = ratio.lower.shifted(by: 2).rounded(toDecimals: decimals + 2, .floor)
        let upper = ratio.upper.shifted(by: 2).rounded(toDecimals: decimals + 2, .ceiling)
        return lower == upper ? "\(lower)%" : "\(lower)%–\(upper)%"
    }

    /// A ratio interval as the percent it should print as at `decimals`: `54.46%`, or
    /// `54.46%–54.47%` when the range straddles a rounding boundary.
    static func percentAsPrinted(_ ratio: Interval, decimals: Int) -> String {
        let lower = ratio.lower.shifted(by: 2).rounded(toDecimals: decimals)
        let upper = ratio.upper.shifted(by: 2).rounded(toDecimals: decimals)
        return lower == upper ? "\(lower)%" : "\(lower)%–\(upper)%"
    }

    /// The unit and precision figures of a set of cells print in.
    static func style(of cells: [AuditCell]) -> (scale: MoneyScale, decimals: Int) {
        let figures = cells.compactMap(\.figure)
        return (figures.first?.scale ?? .yuan, figures.map(\.decimals).max() ?? 2)
    }
}
