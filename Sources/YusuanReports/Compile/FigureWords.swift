import YusuanCore

/// How the narrative writes numbers: amounts at the tables' precision, shares and rates of
/// change from the exact amounts, rounded once (四舍五入 to two decimals) and only here, so
/// every share in the package is computed the same way and agrees with the tables.
public struct FigureWords: Sendable {
    public var precision: DisplayPrecision

    public init(precision: DisplayPrecision) {
        self.precision = precision
    }

    /// `251.53 万元`
    public func amount(_ money: Money) -> String {
        "\(money.formatted(precision, grouping: false)) \(precision.scale.label)"
    }

    /// `54.46%`: the exact share, rounded once; nil when the whole is zero.
    public func share(_ part: Money, of whole: Money) -> String? {
        Self.percent(part, of: whole).map { "\($0.formatted(decimals: 2))%" }
    }

    /// part / whole × 100, rounded half up to two decimals.
    public static func percent(_ part: Money, of whole: Money) -> DecimalNumber? {
        guard !whole.isZero else { return nil }
        return (DecimalNumber(units: Int128(part.fen), scale: 0) * DecimalNumber(100))
            .divided(by: DecimalNumber(units: Int128(whole.fen), scale: 0), decimals: 2)
    }

    /// `比上年预算增加 5.44 万元，增长 2.21%` / `…减少 …，下降 …%` / `与上年预算持平`; from zero,
    /// the change alone (a rate over zero is undefined). Nil without last year's figure.
    public func change(from prior: Money?, to current: Money, basis: String = "上年预算") -> String? {
        guard let prior else { return nil }
        if prior == current { return "与\(basis)持平" }
        let delta = current - prior
        let (verb, rateVerb) = delta > .zero ? ("增加", "增长") : ("减少", "下降")
        let magnitude = delta > .zero ? delta : -delta
        var text = "比\(basis)\(verb) \(amount(magnitude))"
        if let rate = Self.percent(magnitude, of: prior) {
            text += "，\(rateVerb) \(rate.formatted(decimals: 2))%"
        } else {
            text += "（\(basis)为 0）"
        }
        return text
    }

    /// A change with its reason: `比上年预算增加 5.44 万元，增长 2.21%，主要原因是：…`.
    public func change(from prior: Money?, to current: Money, reason: String?, basis: String = "上年预算") -> String? {
        guard let text = change(from: prior, to: current, basis: basis) else { return nil }
        guard let reason = reason.map({ TextNormalization.trimmed($0) }), !reason.isEmpty, prior != current else { return text }
        return "\(text)，主要原因是：\(Self.withoutFinalStop(reason))"
    }

    static func withoutFinalStop(_ text: String) -> String {
        var text = text
        while let last = text.last, "。；;.".contains(last) { text.removeLast() }
        return text
    }
}
