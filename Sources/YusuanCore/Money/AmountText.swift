/// Reads amounts as published documents print them: `1,205.56`, `20,000,000.00`, `0`,
/// `0.00`, blank, `-` or `—` for nothing, full-width `１，２０５．５６`, a trailing unit
/// (`825万元`, `1.14亿元`), a sign or accounting parentheses for negatives.
public enum AmountText {
    /// What a cell or phrase says.
    public struct Reading: Sendable, Hashable {
        /// The number as printed, in its own unit; nil for a blank or a dash.
        public var value: DecimalNumber?
        /// The unit written after the number, if any.
        public var unit: MoneyScale?

        public var isBlank: Bool { value == nil }
    }

    /// Dashes that stand for "nothing here" when they fill a cell on their own.
    static let dashes: Set<Character> = ["-", "—", "–", "－", "―", "─", "‐", "‒", "−", "/", "／"]

    /// Parses one amount. Blank and dash cells read as blank; anything else that is not
    /// a well-formed amount throws an error naming the text.
    public static func parse(_ raw: String) throws(AmountTextError) -> Reading {
        // Most cells of a document are words: turn them away before any normalisation.
        if let stray = raw.unicodeScalars.first(where: { !mayAppear($0) }) {
            _ = stray
            throw AmountTextError(text: raw, reason: BilingualMessage(zh: "不是金额", en: "not an amount"))
        }
        var text = TextNormalization.trimmed(TextNormalization.halfWidth(raw))
        if text.isEmpty || text.allSatisfy({ dashes.contains($0) }) {
            return Reading(value: nil, unit: nil)
        }
        var unit: MoneyScale?
        for (suffix, scale) in [("亿元", MoneyScale.hundredMillionYuan), ("万元", .tenThousandYuan), ("元", .yuan)]
        where text.hasSuffix(suffix) {
            unit = scale
            text = TextNormalization.trimmed(text.dropLast(suffix.count))
            break
        }
        if text.hasPrefix("¥") || text.hasPrefix("￥") {
            text = TextNormalization.trimmed(text.dropFirst())
        }
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") && text.count > 2 {
            negative = true
            text = String(text.dropFirst().dropLast())
        } else if let first = text.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            text = TextNormalization.trimmed(text.dropFirst())
        }
        guard let magnitude = digits(of: text) else {
            throw AmountTextError(text: raw, reason: reason(for: text))
        }
        return Reading(value: negative ? -magnitude : magnitude, unit: unit)
    }

    /// Whether a character can be part of a printed amount (digits, separators, signs,
    /// dashes, a unit) in ASCII or full-width form.
    private static func mayAppear(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return !(0x41...0x5A).contains(scalar.value) && !(0x61...0x7A).contains(scalar.value)
        case 0xFF01...0xFF5E, 0x3000, 0x09, 0xA0: return true
        default: return "万元亿—–―─‐‒−￥¥".unicodeScalars.contains(scalar)
        }
    }

    /// `1,205.56` or `1205.56`; thousands separators, where present, must group by three.
    private static func digits(of text: String) -> DecimalNumber? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            return nil
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, !parts[0].hasPrefix(","), !parts[0].hasSuffix(",") else { return nil }
        if parts.count == 2 && (parts[1].isEmpty || parts[1].includes(",")) { return nil }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard plain.count <= 32 else { return nil }
        return DecimalNumber(plain)
    }

    private static func reason(for text: String) -> BilingualMessage {
        if text.includes(",") && !text.contains(where: { !$0.isASCII }) {
            return BilingualMessage(zh: "千分位分隔符位置不对", en: "thousands separators in the wrong places")
        }
        if text.filter(\.isNumber).count > 30 {
            return BilingualMessage(zh: "数字位数过多", en: "too many digits")
        }
        return BilingualMessage(zh: "不是金额", en: "not an amount")
    }
}

/// A cell or phrase that should hold an amount and does not.
public struct AmountTextError: YusuanError, Hashable {
    public var text: String
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        BilingualMessage(zh: "无法读取金额“\(text)”：\(reason.zh)", en: "cannot read amount \"\(text)\": \(reason.en)")
    }
}
