/// Plain ASCII decimal text: `-12.50`, `0`, `1205.56`. Published forms (thousands
/// separators, full-width digits, units) are handled by `AmountText`.
extension DecimalNumber: LosslessStringConvertible {
    public init?(_ description: String) {
        var text = Substring(description)
        var negative = false
        if let first = text.first, first == "-" || first == "+" {
            negative = first == "-"
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integerPart = parts.first, !integerPart.isEmpty || parts.count == 2 else { return nil }
        let fractionPart = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && fractionPart.isEmpty { return nil }
        guard (integerPart + fractionPart).allSatisfy({ $0.isASCII && $0.isNumber }),
              !(integerPart.isEmpty && fractionPart.isEmpty),
              fractionPart.count <= Self.maximumScale,
              integerPart.count + fractionPart.count <= 36
        else { return nil }
        guard let magnitude = Int128(String(integerPart + fractionPart)) else { return nil }
        self.init(units: negative ? -magnitude : magnitude, scale: fractionPart.count)
    }

    /// The value with exactly its scale's digits: `30.80`, `-0.5`, `12`.
    public var description: String {
        let negative = units < 0
        let digits = String(negative ? -units : units)
        guard scale > 0 else { return (negative ? "-" : "") + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -scale)
        return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
    }

    /// The value rounded to `decimals` digits, with thousands separators when asked:
    /// `formatted(decimals: 2, grouping: true)` of 1205.555 is `1,205.56`.
    public func formatted(decimals: Int, grouping: Bool = false, _ rule: RoundingRule = .halfUp) -> String {
        let text = rounded(toDecimals: decimals, rule).description
        guard grouping else { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let dot = body.firstIndex(of: ".") ?? body.endIndex
        let integer = Array(body[..<dot])
        var grouped = ""
        for (offset, digit) in integer.enumerated() {
            if offset > 0 && (integer.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + body[dot...]
    }
}

extension DecimalNumber: Codable {
    /// Encoded as a JSON string so that no reader turns it into a binary float.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = DecimalNumber(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal number: \(text)")
            }
            self = value
        } else {
            let integer = try container.decode(Int.self)
            self.init(integer)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
