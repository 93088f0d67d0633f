import YusuanCore

/// A number found in narrative text, with the unit printed after it.
struct NumberToken {
    enum Reading: Equatable {
        case money(MoneyScale)
        case percent
        case count
        case quantity
        /// `2021 年`, `2021年度`.
        case year
        /// A number with no unit before a clause break (`编制数 18，`, `支出为 0。`): whether it
        /// says anything depends on the words before it.
        case bare
        /// List numbers (`1.`, `(1)`), codes (`2080501-`), dates (`8月31日`), ordinals
        /// (`第3`), and numbers glued to words they do not measure.
        case ignored
    }

    /// Where the number (or its sign) begins, in compact text.
    var start: Int
    /// Where its unit ends (where the next clause may begin).
    var end: Int
    var value: DecimalNumber
    /// The unit as printed (`万元`, `台（套）`), `%` for percentages, nil for bare numbers.
    var unit: String?
    var reading: Reading
}

/// Reads one number at a time from compact text: digits with thousands separators and a
/// decimal part (`20,000,000.00`, `１２０５．５６`), then the unit that follows.
enum NumberScanner {
    /// Characters after which a number without a unit may still say something.
    static let bareEnds: Set<Character> = [",", "、", ":", ";", "。", "!", "?", "，", "；", "："]

    /// Longest printed number taken as one; longer digit runs are identifiers.
    static let mostDigits = 28

    /// Reads the number that starts at `index`: a digit, or a sign right before one.
    static func scan(_ text: CompactText, at index: Int) -> NumberToken {
        let plain = text.plain
        var position = index
        var negative = false
        if position < plain.count, plain[position] == "-" || plain[position] == "+" {
            negative = plain[position] == "-"
            position += 1
        }
        var digits = ""
        while position < plain.count, Glyph.isDigit(plain[position]) {
            digits.append(plain[position])
            position += 1
        }
        // Thousands separators are ASCII commas as printed; a full-width `，` ends a clause,
        // unless the digits themselves are full-width (`７，３８７．６６`).
        let fullWidth = position > 0 && text.printed[position - 1] != plain[position - 1]
        var grouped = false
        while position < plain.count, text.printed[position] == "," || (fullWidth && text.printed[position] == "，"),
              (1...3).allSatisfy({ position + $0 < plain.count && Glyph.isDigit(plain[position + $0]) }),
              !(position + 4 < plain.count && Glyph.isDigit(plain[position + 4])) {
            digits += String(plain[(position + 1)...(position + 3)])
            position += 4
            grouped = true
        }
        var fraction = ""
        if position + 1 < plain.count, plain[position] == ".", Glyph.isDigit(plain[position + 1]) {
            position += 1
            while position < plain.count, Glyph.isDigit(plain[position]) {
                fraction.append(plain[position])
                position += 1
            }
        }
        var token = NumberToken(start: index, end: position, value: .zero, unit: nil, reading: .ignored)
        // Section numbers and dotted dates (`1.2.3`, `2021.05.01`) are not quantities.
        if !fraction.isEmpty, position + 1 < plain.count, plain[position] == ".", Glyph.isDigit(plain[position + 1]) {
            while token.end < plain.count, Glyph.isDigit(plain[token.end]) || plain[token.end] == "." { token.end += 1 }
            return token
        }
        let before: Character? = index > 0 ? plain[index - 1] : nil
        if let before, Glyph.isLetter(before) || before == "第" || before == "." || before == "#" { return token }
        guard digits.count + fraction.count <= mostDigits,
              let value = DecimalNumber((negative ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction))
        else { return token }
        token.value = value
        if fraction.isEmpty, !grouped, !negative, isYear(digits), let end = yearEnd(plain, after: position) {
            token.end = end
            token.unit = "年"
            token.reading = .year
            return token
        }
        if let (unitText, unit) = NarrativeUnit.unit(in: plain, at: position) {
            let end = position + unitText.count
            // `0.00年` is a table's number beside a heading, not a duration.
            if unitText == "年" && !fraction.isEmpty { return token }
            switch unit {
            case .date:
                token.end = end
                return token
            case .money(let scale): token.reading = .money(scale)
            case .percent: token.reading = .percent
            case .count: token.reading = .count
            case .quantity: token.reading = .quantity
            }
            token.end = end
            token.unit = unit == .percent ? "%" : text.printed(position..<end)
            return token
        }
        if position == plain.count || bareEnds.contains(plain[position]) {
            token.reading = .bare
        }
        return token
    }

    static func isYear(_ digits: String) -> Bool {
        guard digits.count == 4, let number = Int(digits) else { return false }
        return (1900...2100).contains(number)
    }

    /// Where a year mention ends: after `年` or `年度`, or at a range dash followed by another
    /// year (`2021-2025年`); nil when the digits are not followed by a year.
    static func yearEnd(_ plain: [Character], after position: Int) -> Int? {
        guard position < plain.count else { return nil }
        if plain[position] == "年" {
            return position + 1 < plain.count && plain[position + 1] == "度" ? position + 2 : position + 1
        }
        if ["-", "~", "至", "到"].contains(plain[position]), position + 5 < plain.count,
           (1...4).allSatisfy({ Glyph.isDigit(plain[position + $0]) }), plain[position + 5] == "年" {
            return position
        }
        return nil
    }
}
