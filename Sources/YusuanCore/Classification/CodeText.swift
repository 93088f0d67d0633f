/// Finds classification codes in the forms documents print them: one string
/// (`2080505`), split into 类/款/项 columns (`208`,`05`,`05`, or `208 05 05` in one cell),
/// glued to the name (`2080505机关事业…`, `2014001-行政运行`, `[2010401]行政运行`,
/// `工资福利支出301`, `行政运行（2010401）`).
public enum CodeText {
    /// A code and the name printed with it.
    public struct Label: Sendable, Hashable {
        /// The code's digits, if the text carries one.
        public var code: String?
        /// The rest of the text, trimmed; may be empty.
        public var name: String
    }

    /// The digits of a code cell: `2080505`, `208 05 05`, `[2010401]`, full-width digits.
    /// Nil when the cell is not a 3, 5 or 7 digit code.
    public static func code(in cell: String) -> String? {
        var text = TextNormalization.trimmed(TextNormalization.halfWidth(cell))
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        let pieces = text.split(whereSeparator: TextNormalization.isSpace)
        guard !pieces.isEmpty, pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        // Either one run of digits, or a 类 followed by two-digit 款/项 parts.
        if pieces.count > 1 && (pieces[0].count != 3 || pieces.dropFirst().contains { $0.count != 2 }) { return nil }
        let digits = pieces.joined()
        return CodeLevel(digitCount: digits.count) != nil ? digits : nil
    }

    /// Joins split 类/款/项 columns. A blank leading part continues the code of the row
    /// above (`context`): the 款 row `""`,`05`,`""` under `208` is `20805`.
    public static func join(category: String, section: String, item: String, context: String? = nil) -> String? {
        var parts = [category, section, item].map { TextNormalization.trimmed(TextNormalization.halfWidth($0)) }
        // A spreadsheet that stores `05` as a number shows `5`: put the zero back.
        for index in 1...2 where parts[index].count == 1 { parts[index] = "0" + parts[index] }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let widths = [3, 2, 2]
        guard zip(parts, widths).allSatisfy({ $0.isEmpty || $0.count == $1 }) else { return nil }
        guard let last = parts.lastIndex(where: { !$0.isEmpty }) else { return nil }
        guard let first = parts.firstIndex(where: { !$0.isEmpty }),
              !parts[first...last].contains(where: \.isEmpty) else { return nil }
        // Leading blank levels come from the row above.
        let borrowed = widths[..<first].reduce(0, +)
        guard borrowed == 0 || (context?.count ?? 0) >= borrowed else { return nil }
        let digits = String((context ?? "").prefix(borrowed)) + parts[first...last].joined()
        return CodeLevel(digitCount: digits.count) != nil ? digits : nil
    }

    /// Splits a label cell into its code and name; a text without a code keeps its name.
    public static func label(_ cell: String) -> Label {
        let original = TextNormalization.trimmed(cell)
        let text = TextNormalization.halfWidth(original)
        let characters = Array(text)
        // Names keep their printed width; digits and separators are matched half-width.
        let printed = Array(original).count == characters.count ? Array(original) : characters
        // Code first: `2080505机关…`, `2014001-行政运行`, `[2010401]行政运行`, `208 社会保障…`.
        var start = 0
        let bracketed = characters.first == "["
        if bracketed { start = 1 }
        var end = start
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        if CodeLevel(digitCount: end - start) != nil, isCodeStart(characters[start]) {
            var rest = end
            if bracketed {
                guard rest < characters.count, characters[rest] == "]" else { return Label(code: nil, name: original) }
                rest += 1
            }
            // The code must end at a non-digit: `2021年` or `201056` are not codes. Only ASCII
            // digits count: 一 is numeric too, and `[201]一般公共服务支出` has a code.
            if rest == characters.count || !(characters[rest].isASCII && characters[rest].isNumber) {
                while rest < characters.count, separators.contains(characters[rest]) || TextNormalization.isSpace(characters[rest]) {
                    rest += 1
                }
                return Label(code: String(characters[start..<end]), name: String(printed[rest...]))
            }
        }
        // Code last: `工资福利支出301`, `行政运行（2010401）`, `行政运行(2010401)`.
        var tail = characters.count
        var closing = false
        if let last = characters.last, last == ")" {
            closing = true
            tail -= 1
        }
        var head = tail
        while head > 0, characters[head - 1].isASCII, characters[head - 1].isNumber { head -= 1 }
        if head > 0, CodeLevel(digitCount: tail - head) != nil, isCodeStart(characters[head]) {
            var nameEnd = head
            if closing {
                guard characters[head - 1] == "(" else { return Label(code: nil, name: original) }
                nameEnd -= 1
            }
            let name = TextNormalization.trimmed(String(printed[..<nameEnd]))
            if let last = name.last, !last.isNumber, !separators.contains(last) {
                return Label(code: String(characters[head..<tail]), name: name)
            }
        }
        return Label(code: nil, name: original)
    }

    private static let separators: Set<Character> = ["-", "—", "–", "_", ":", "、", ".", "·", "|"]

    private static func isCodeStart(_ character: Character) -> Bool {
        character == "2" || character == "3" || character == "5"
    }
}
