/// An Excel number format code, understood as far as budget tables need: decimals,
/// thousands grouping, percent, thousands scaling (`0.00,`), literal text, and separate
/// sections for positive, negative and zero values.
///
/// Dates, times, fractions and scientific formats show the number as `General` does.
struct NumberFormat {
    let sections: [Section]
    /// A section with a condition (`[>100]`) makes the sign-based choice meaningless.
    let hasConditions: Bool

    init(code: String) {
        let parsed = Self.splitSections(code).prefix(3).map(Section.init(code:))
        sections = parsed.isEmpty ? [Section(code: "General")] : Array(parsed)
        hasConditions = sections.contains { $0.hasCondition }
    }

    /// Formats decimal number text; text that is not a number is returned as is.
    func format(_ number: String) -> String {
        guard let value = DecimalDigits(number) else { return number }
        let section: Section
        var showMinus = false
        if hasConditions || sections.count == 1 || (!value.isNegative && (sections.count == 2 || !value.isZero)) {
            section = sections[0]
            showMinus = value.isNegative
        } else if value.isNegative {
            section = sections[1]
        } else {
            section = sections[2]
        }
        // A section of literals only ("-" for zero) has no minus to add.
        let body = section.render(value.magnitude).trimmingSpaces()
        return showMinus && (section.hasPlaceholders || section.showsRawNumber) ? "-" + body : body
    }

    /// `General`: up to 15 significant digits, as Excel shows them.
    static func general(_ value: DecimalDigits) -> String {
        value.rounded(significantDigits: 15).plainText
    }

    /// Splits on `;` outside quotes, brackets and escapes.
    static func splitSections(_ code: String) -> [String] {
        var sections: [String] = [], current = ""
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            defer { escaped = false }
            if escaped { current.append(character); continue }
            switch character {
            case "\\" where !inQuote: escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case ";" where !inQuote && !inBracket:
                sections.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        sections.append(current)
        return sections
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
