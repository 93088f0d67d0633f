import YusuanCore

/// The one figure a 绩效自评表 text cell states for an indicator: `验收合格率100%`,
/// `满意度≥90%`, `使用人员满意度情况达到90%`, `安全检查政府物业数量2256`, `数量8处`.
///
/// Years (`2021年`), dates and enumerators (`1、`, `2.`) are not figures. A cell that states
/// several figures (`开具整改通知书116份，完成整改108份`) states no single one: `read` gives
/// `.ambiguous`, and the indicator is left unscored rather than guessed.
struct IndicatorFigure: Equatable {
    var comparator: IndicatorComparator?
    var value: DecimalNumber
    /// `%`, or the counting word after the number (`处`, `个`, `册`).
    var unit: String?

    enum Reading: Equatable {
        case none
        case one(IndicatorFigure)
        case ambiguous(Int)
    }

    static func read(_ text: String) -> Reading {
        let chars = Array(TextNormalization.halfWidth(text))
        var found: [IndicatorFigure] = []
        var index = 0
        while index < chars.count {
            guard chars[index].isASCII, chars[index].isNumber, index == 0 || !isNumberPart(chars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < chars.count, isNumberPart(chars[end]) { end += 1 }
            var digits = String(chars[index..<end])
            while digits.hasSuffix(".") { digits.removeLast() }
            let next = end < chars.count ? chars[end] : nil
            defer { index = end }
            // An enumerator (`1、`, `2.`), a year (`2021年`) or a date part is not a figure.
            if next == "、" || next == ")" || next == "）" { continue }
            if String(chars[index..<end]).hasSuffix("."), digits.count <= 2 { continue }
            if let next, ["年", "月", "日"].contains(next) { continue }
            guard let value = DecimalNumber(digits) else { continue }
            let unit = Self.unit(after: chars, from: end)
            found.append(IndicatorFigure(comparator: comparator(before: chars, at: index, after: chars, end: end),
                                         value: value, unit: unit))
        }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .ambiguous(found.count)
        }
    }

    private static func isNumberPart(_ c: Character) -> Bool { (c.isASCII && c.isNumber) || c == "." || c == "," }

    /// `%`, or a counting word: one CJK character the measure-unit vocabulary knows.
    private static func unit(after chars: [Character], from end: Int) -> String? {
        guard end < chars.count else { return nil }
        if chars[end] == "%" { return "%" }
        let word = String(chars[end])
        return MeasureUnit.Kind(unit: word) == .other ? nil : word
    }

    /// The comparator written just before the number (`≥`, `不低于`, `达到`), or after it
    /// (`95%以上`).
    private static func comparator(before chars: [Character], at index: Int, after: [Character], end: Int) -> IndicatorComparator? {
        let head = String(chars[max(0, index - 4)..<index])
        for form in ["大于等于", "不低于", "不少于", "不小于", "≥", ">=", "达到", "至少"] where head.hasSuffix(form) { return .atLeast }
        for form in ["小于等于", "不高于", "不超过", "不多于", "≤", "<="] where head.hasSuffix(form) { return .atMost }
        if head.hasSuffix(">") || head.hasSuffix("大于") || head.hasSuffix("超过") { return .greaterThan }
        if head.hasSuffix("<") || head.hasSuffix("小于") || head.hasSuffix("低于") { return .lessThan }
        var tailEnd = end
        if tailEnd < chars.count, chars[tailEnd] == "%" { tailEnd += 1 }
        let tail = String(chars[tailEnd..<min(chars.count, tailEnd + 2)])
        if tail == "以上" { return .atLeast }
        if tail == "以下" || tail == "以内" { return .atMost }
        return nil
    }
}
