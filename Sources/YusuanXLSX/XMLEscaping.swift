/// Text made safe for XML 1.0 and for SpreadsheetML's `_xHHHH_` escapes.
enum XMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` (and `\r`, so it survives line-end normalisation) and drops
    /// characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF).
    static func escape(_ text: String) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where scalar.value < 0x20 || "&<>\"".unicodeScalars.contains(scalar)
            || scalar.value >= 0xFFFE {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            case "\t", "\n": result.append(scalar)
            default:
                if isAllowed(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// Whether XML 1.0 allows `scalar` in a document (Swift strings hold no surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Protects text that looks like SpreadsheetML's `_x000D_` escape, so that a reader does
    /// not turn it into a character: `_x0041_` is written `_x005F_x0041_`.
    static func protectEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = "", rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            result += isEscapeBody(after) ? "_x005F_" : "_"
            rest = rest[rest.index(after: range.lowerBound)...]
        }
        return result + rest
    }

    /// Decodes SpreadsheetML's `_xHHHH_` escapes (Excel writes `_x000D_` for a carriage return).
    static func decodeEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = "", rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if isEscapeBody(after), let code = UInt32(after.prefix(4), radix: 16),
               let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_"
                rest = rest[rest.index(after: range.lowerBound)...]
            }
        }
        return result + rest
    }

    /// Four hex digits and an underscore.
    private static func isEscapeBody(_ text: Substring) -> Bool {
        let body = text.utf8.prefix(5)
        guard body.count == 5, body.last == UInt8(ascii: "_") else { return false }
        return body.prefix(4).allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        }
    }
}
