import YusuanCore

/// How the project-application reader reads single cells: labels compared by their key
/// (half-width, no spaces, no trailing colon), years, amounts and scores.
enum ProjectCellText {
    /// The comparable form of a label: `项目实施周期（年）：` → `项目实施周期(年)`.
    static func key(_ text: String) -> String {
        var result = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        while let last = result.last, last == ":" { result.removeLast() }
        return result
    }

    /// The key without a bracketed unit: `申请金额(元)` → `申请金额`.
    static func bareKey(_ text: String) -> String {
        let full = key(text)
        guard full.hasSuffix(")"), let open = full.lastIndex(of: "("), open > full.startIndex else { return full }
        return String(full[..<open])
    }

    /// A year heading: `2020`, `2020年`, `2020年度`.
    static func year(_ text: String) -> Int? {
        var body = key(text)
        for suffix in ["年度", "年"] where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count))
            break
        }
        guard body.count == 4, body.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(body),
              (1990...2100).contains(value) else { return nil }
        return value
    }

    /// A whole number printed alone (`2`, `2年`); nil for anything longer than a few digits.
    static func smallInteger(_ text: String) -> Int? {
        var body = key(text)
        if body.hasSuffix("年") { body.removeLast() }
        guard !body.isEmpty, body.count <= 4, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(body)
    }

    /// The money scale a label names in brackets: `申请金额(元)`, `金额（万元）`.
    static func scale(inLabel text: String) -> MoneyScale? {
        let full = key(text)
        guard full.hasSuffix(")"), let open = full.lastIndex(of: "(") else {
            return full.hasPrefix("单位") ? MoneyScale(label: String(full.drop { $0 != ":" && $0 != "：" }.dropFirst())) : nil
        }
        return MoneyScale(label: String(full[full.index(after: open)..<full.index(before: full.endIndex)]))
    }

    /// What an amount cell says.
    enum AmountCell {
        case blank
        case amount(Money)
        case invalid(BilingualMessage)
    }

    /// Reads an amount printed in `scale` (or in the unit written after it).
    static func amount(_ text: String, scale: MoneyScale) -> AmountCell {
        do {
            guard let figure = try PublishedFigure.parse(text, tableScale: scale) else { return .blank }
            guard let money = Money(exactly: figure.value, in: figure.scale) else {
                return .invalid(BilingualMessage(zh: "金额“\(text)”不能精确到分", en: "amount \"\(text)\" is not exact to the fen"))
            }
            return .amount(money)
        } catch {
            return .invalid(error.message)
        }
    }

    /// Whether a cell reads as an amount (or a number).
    static func isAmount(_ text: String) -> Bool {
        if case .amount = amount(text, scale: .yuan) { return true }
        return false
    }

    /// A score or weight printed as a plain number (`8.00`, `76`); nil for anything else.
    static func score(_ text: String) -> DecimalNumber? {
        var body = key(text)
        if body.hasSuffix("分") { body.removeLast() }
        guard !body.isEmpty, body.count <= 12 else { return nil }
        return DecimalNumber(body)
    }

    /// The cells of a line from one column on, joined as one text.
    static func joined(_ cells: some Sequence<SourceCell>) -> String {
        cells.map(\.text).joined(separator: " ")
    }

    static func issue(_ line: SourceLine, _ text: String, zh: String, en: String) -> Unrecognized {
        Unrecognized(location: line.location, text: text, reason: BilingualMessage(zh: zh, en: en))
    }
}
