/// A heading of an 编审表 as printed, split into its outline number, title and weight:
/// `一、项目目标(23分)`, `1.1项目依据是否充分(8分)`, `(1) 项目是否具备政府决定`, `（2）…（10分）`.
public struct ReviewHeading: Sendable, Hashable, Codable {
    /// Where the heading sits in the outline.
    public enum Level: String, Sendable, Hashable, Codable {
        /// `一、` — a section with a weight out of the sheet's 100.
        case section
        /// `1.1` — a criterion that groups items.
        case group
        /// `(1)` — a scored item.
        case item
    }

    public var level: Level
    /// The outline number as printed, without punctuation: `一`, `1.1`, `(1)` (kept in
    /// brackets, half-width).
    public var code: String
    /// The title without number and weight.
    public var title: String
    /// The weight printed in the heading (`(8分)`), if any.
    public var weight: DecimalNumber?

    public init(level: Level, code: String, title: String, weight: DecimalNumber?) {
        self.level = level
        self.code = code
        self.title = title
        self.weight = weight
    }

    /// Reads a heading; nil when the text does not start with an outline number.
    public init?(text: String) {
        let plain = TextNormalization.trimmed(TextNormalization.halfWidth(text))
        let (rest, weight) = Self.splitWeight(plain)
        let chars = Array(rest)
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var index = 0
        if let first = chars.first, numerals.contains(first) {
            while index < chars.count, numerals.contains(chars[index]) { index += 1 }
            guard index < chars.count, ["、", ".", "．", ","].contains(chars[index]) else { return nil }
            self.init(level: .section, code: String(chars[..<index]), title: Self.title(chars[(index + 1)...]), weight: weight)
        } else if let first = chars.first, first == "(" {
            index = 1
            while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
            guard index > 1, index < chars.count, chars[index] == ")" else { return nil }
            self.init(level: .item, code: String(chars[...index]), title: Self.title(chars[(index + 1)...]), weight: weight)
        } else if let first = chars.first, first.isASCII, first.isNumber {
            while index < chars.count, chars[index].isASCII, chars[index].isNumber || chars[index] == "." { index += 1 }
            var code = String(chars[..<index])
            while code.hasSuffix(".") { code.removeLast() }
            if code.includes(".") {
                self.init(level: .group, code: code, title: Self.title(chars[index...]), weight: weight)
            } else if index < chars.count, ["、", ")"].contains(chars[index]) {
                // `1、…` and `1)…` number items on some forms.
                self.init(level: .item, code: "(\(code))", title: Self.title(chars[(index + 1)...]), weight: weight)
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard !title.isEmpty, title.count <= 120 else { return nil }
    }

    /// A weight printed in brackets: `(8分)`, `（10分）`, `( 5 分 )`; nil for anything else.
    public static func weight(in text: String) -> DecimalNumber? {
        let (rest, weight) = splitWeight(TextNormalization.trimmed(TextNormalization.halfWidth(text)))
        return rest.isEmpty ? weight : nil
    }

    /// Removes the last bracketed weight from the text.
    static func splitWeight(_ text: String) -> (rest: String, weight: DecimalNumber?) {
        guard text.hasSuffix(")") || text.hasSuffix("分"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        var inside = text[text.index(after: open)...]
        if inside.hasSuffix(")") { inside = inside.dropLast() }
        inside = Substring(TextNormalization.removingSpaces(String(inside)))
        guard inside.hasSuffix("分") else { return (text, nil) }
        let digits = String(inside.dropLast())
        guard digits.count <= 8, let value = DecimalNumber(digits) else { return (text, nil) }
        return (TextNormalization.trimmed(text[..<open]), value)
    }

    private static func title(_ characters: ArraySlice<Character>) -> String {
        TextNormalization.trimmed(String(characters))
    }
}
