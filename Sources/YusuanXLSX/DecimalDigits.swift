/// A decimal number as its digits and a power of ten, so that formatting and rounding
/// work on the decimal text a person typed rather than on binary fractions.
///
/// The value is `digits × 10^exponent`, with no leading zeros in `digits`; zero has no digits.
struct DecimalDigits: Hashable, Sendable {
    var isNegative: Bool
    var digits: [UInt8]
    var exponent: Int

    static let zero = DecimalDigits(isNegative: false, digits: [], exponent: 0)

    var isZero: Bool { digits.isEmpty }
    var magnitude: DecimalDigits { DecimalDigits(isNegative: false, digits: digits, exponent: exponent) }

    /// Reads `-1205.56`, `+.5`, `1.2055599999999999E+03`; `nil` for anything else (hex, `inf`,
    /// grouping commas, spaces) and for exponents beyond ±400, which no double reaches.
    init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    /// One pass over the bytes; this runs for every number cell of a sheet.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalDigits? {
        var value = DecimalDigits.zero
        var index = 0
        let count = bytes.count
        if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            value.isNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var sawDigit = false, sawPoint = false
        value.digits.reserveCapacity(count)
        while index < count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                sawDigit = true
                if !(value.digits.isEmpty && byte == UInt8(ascii: "0")) { value.digits.append(byte &- UInt8(ascii: "0")) }
                if sawPoint { value.exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < count {
            guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var negativeExponent = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count, count - index <= 4 else { return nil }
            var power = 0
            while index < count {
                guard bytes[index] &- UInt8(ascii: "0") < 10 else { return nil }
                power = power * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            guard power <= 400 else { return nil }
            value.exponent += negativeExponent ? -power : power
        }
        value.normalize()
        return value
    }

    init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.exponent = exponent
    }

    /// Drops trailing zeros into the exponent; zero loses its sign.
    mutating func normalize() {
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if let first = digits.firstIndex(where: { $0 != 0 }), first > 0 { digits.removeFirst(first) }
        if digits.allSatisfy({ $0 == 0 }) { self = .zero }
    }

    /// Multiplies by `10^places` (percent: 2, thousands scaling: -3).
    func shifted(by places: Int) -> DecimalDigits {
        var copy = self
        if !copy.isZero { copy.exponent += places }
        return copy
    }

    /// Rounds half away from zero to `places` digits after the decimal point.
    func rounded(fractionDigits places: Int) -> DecimalDigits {
        roundedDropping(-places - exponent)
    }

    /// Rounds half away from zero to `count` significant digits.
    func rounded(significantDigits count: Int) -> DecimalDigits {
        roundedDropping(digits.count - count)
    }

    private func roundedDropping(_ drop: Int) -> DecimalDigits {
        guard drop > 0, !isZero else { return self }
        let newExponent = exponent + drop
        guard drop <= digits.count else { return DecimalDigits(isNegative: isNegative, digits: [], exponent: newExponent) }
        var kept = Array(digits.prefix(digits.count - drop))
        if digits[digits.count - drop] >= 5 {
            var index = kept.count - 1
            while index >= 0 && kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
        }
        // The sign stays even when the result is zero: Excel shows -0.001 as "-0.00".
        return DecimalDigits(isNegative: isNegative, digits: kept, exponent: newExponent)
    }

    /// The digits before and after the decimal point, padded with zeros so that the
    /// fraction has at least `minimumFraction` digits; the integer part is `[]` for zero.
    func parts(minimumFraction: Int = 0) -> (integer: [UInt8], fraction: [UInt8]) {
        let significant = digits.drop(while: { $0 == 0 })
        guard !significant.isEmpty else { return ([], Array(repeating: 0, count: minimumFraction)) }
        let count = significant.count
        var integer: [UInt8] = [], fraction: [UInt8] = []
        if exponent >= 0 {
            integer = Array(significant) + Array(repeating: 0, count: exponent)
        } else if -exponent >= count {
            fraction = Array(repeating: 0, count: -exponent - count) + Array(significant)
        } else {
            integer = Array(significant.prefix(count + exponent))
            fraction = Array(significant.suffix(-exponent))
        }
        if fraction.count < minimumFraction {
            fraction += Array(repeating: 0, count: minimumFraction - fraction.count)
        }
        return (integer, fraction)
    }

    /// Plain decimal text without exponent or trailing zeros: `1205.56`, `-0.5`, `20000000`.
    var plainText: String {
        var value = self
        if value.digits.first == 0 || value.digits.last == 0 { value.normalize() }
        guard !value.digits.isEmpty else { return "0" }
        let digits = value.digits, count = digits.count, exponent = value.exponent
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + abs(exponent) + 3)
        if value.isNegative { bytes.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        // Index loops: iterators and tuples cost much in debug builds, and this runs per cell.
        let point = exponent >= 0 ? count : count + exponent
        if point <= 0 {
            bytes.append(zero)
            bytes.append(UInt8(ascii: "."))
            var pad = 0
            while pad < -point { bytes.append(zero); pad += 1 }
        }
        var index = 0
        while index < count {
            if index == point && point > 0 { bytes.append(UInt8(ascii: ".")) }
            bytes.append(zero + digits[index])
            index += 1
        }
        var trailing = 0
        while trailing < exponent { bytes.append(zero); trailing += 1 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
