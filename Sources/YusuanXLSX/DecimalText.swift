/// Conversions of number text as it appears in files and in `CellValue.number`.
public enum DecimalText {
    /// Whether `text` is a decimal number SpreadsheetML accepts in `<v>`: an optional sign,
    /// digits with an optional point, an optional exponent (`-1205.56`, `1.2E3`).
    public static func isValid(_ text: String) -> Bool {
        DecimalDigits(text) != nil
    }

    /// The shortest plain decimal text that reads back as the same binary double as `text`:
    /// Excel's `1205.5599999999999` and `1.2055599999999999E+03` both give `1205.56`.
    ///
    /// Swift's `Double.description` already prints the shortest round-trip digits; this only
    /// turns its exponent form (`1e-07`, `1.2e+16`) into plain text. `nil` when `text` is not
    /// a finite number.
    public static func shortestRoundTrip(_ text: String) -> String? {
        if isShortCanonical(text) { return text }
        // Checked first so that what `Double` also accepts (hex, `nan`, `inf`) is refused.
        guard let decimal = DecimalDigits(text) else { return nil }
        // Up to 15 significant digits survive decimal → double → decimal unchanged (DBL_DIG),
        // so such text already is the shortest form; this spares most cells the conversion.
        if decimal.digits.count <= 15, (-300...290).contains(decimal.exponent) { return decimal.plainText }
        guard let double = Double(text), double.isFinite else { return nil }
        return DecimalDigits(double.description)?.plainText
    }

    /// Plain decimal text of `text` (exponent expanded, trailing fraction zeros dropped),
    /// without going through binary: `2.50E2` gives `250`. `nil` when not a number.
    public static func plain(_ text: String) -> String? {
        DecimalDigits(text)?.plainText
    }

    /// Whether `text` is already plain, minimal decimal text of at most 15 significant
    /// digits (`1205.56`, `-0.5`, `20000000`): then it is its own shortest form. Most cells
    /// are like this, and the check allocates nothing.
    static func isShortCanonical(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        guard let first = utf8.first else { return false }
        var significant = 0, index = 0, pointAt = -1, last: UInt8 = 0, nonZero = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard pointAt < 0, index > 0 else { return false }
                pointAt = index
            } else {
                guard byte &- UInt8(ascii: "0") < 10 else { return false }
                if byte != UInt8(ascii: "0") { nonZero = true }
                if nonZero { significant += 1 }
            }
            last = byte
            index += 1
        }
        // No leading zeros ("007", but "0.5" is fine), no trailing fraction zeros, no "-0".
        if first == UInt8(ascii: "0"), index > 1, pointAt != 1 { return false }
        if pointAt >= 0, last == UInt8(ascii: "0") || last == UInt8(ascii: ".") { return false }
        if !nonZero, text.utf8.first == UInt8(ascii: "-") { return false }
        return significant <= 15
    }
}
