/// Width and spacing normalisation for text copied out of PDF, Word and Excel files,
/// which mix full-width and ASCII forms of the same characters freely.
public enum TextNormalization {
    /// Full-width ASCII variants (`１２３．４５`, `，`, `％`, `（`) become ASCII; the
    /// ideographic space becomes a space. Other characters are kept.
    public static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E || $0.value == 0x3000 }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whitespace of every kind (including no-break and ideographic spaces).
    public static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{00A0}" || character == "\u{3000}"
    }

    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.properties.isWhitespace
    }

    /// The text with every kind of whitespace removed: `因公出国 (境)费` → `因公出国(境)费`.
    public static func removingSpaces(_ text: String) -> String {
        // Scalars, not Characters: this runs on every cell of every document.
        guard text.unicodeScalars.contains(where: isSpace) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isSpace($0) })
        return String(scalars)
    }

    /// The text without leading and trailing whitespace of any kind.
    public static func trimmed(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
