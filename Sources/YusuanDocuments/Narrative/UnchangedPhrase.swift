/// A change stated without a number: `与上年预算相比无变化`, `与上年持平`,
/// `与 2025 年预算持平`, `与上年一致`, `较上年持平`, `同比持平`.
struct UnchangedPhrase {
    /// Where the phrase begins (`与`, `较`, `同`) and ends, in compact text.
    var start: Int
    var end: Int
    /// What it is compared with, as printed (`上年预算`, `2025年预算`); nil for `同比持平`.
    var basis: String?

    /// Words that say "no change", longest first.
    static let verdicts = ["无增减变化", "没有变化", "没有增减", "无变化", "未变化", "无变动", "无增减", "持平", "一致", "相同", "不变"]
    /// Words that open the comparison.
    static let openers: Set<Character> = ["与", "较", "同"]
    /// How far the verdict may sit from the opener: `与2025年预算相比无变化` is 13 characters.
    static let longestBasis = 16

    /// The phrase that begins at `index`, if one does, ending no later than `limit`.
    static func match(in text: CompactText, at index: Int, limit: Int) -> UnchangedPhrase? {
        let plain = text.plain
        guard index < limit, openers.contains(plain[index]) else { return nil }
        if Glyph.matches(plain, "同比", at: index) {
            var position = index + 2
            if Glyph.matches(plain, "基本", at: position) { position += 2 }
            guard let verdict = verdict(in: plain, at: position, limit: limit) else { return nil }
            return UnchangedPhrase(start: index, end: position + verdict.count, basis: nil)
        }
        var position = index + 1
        while position < min(limit, index + 1 + longestBasis) {
            let character = plain[position]
            if ClauseStructure.clauseBreaks.contains(character) || ClauseStructure.sentenceEnds.contains(character) {
                // `与上年相比，无变化` carries on past the comma; any other break ends the search.
                let sofar = String(plain[(index + 1)..<position])
                guard character == ",", sofar.hasSuffix("相比") || sofar.hasSuffix("比较") else { return nil }
                position += 1
                continue
            }
            // The basis may hold a year (`2025年预算`) but no other number and no second
            // comparison: `较` in `与上年相比较` aside, those belong to a phrase of their own.
            if Glyph.isDigit(character) {
                guard (1...3).allSatisfy({ position + $0 < limit && Glyph.isDigit(plain[position + $0]) }),
                      position + 4 < limit, plain[position + 4] == "年" else { return nil }
                position += 5
                continue
            }
            if openers.contains(character) && !(character == "较" && plain[position - 1] == "比") { return nil }
            if position > index + 1, let verdict = verdict(in: plain, at: position, limit: limit) {
                let basis = Self.basis(text.printed((index + 1)..<position))
                // Only `同比` may leave the basis out; `与持平` is not a comparison.
                guard basis != nil else { return nil }
                return UnchangedPhrase(start: index, end: position + verdict.count, basis: basis)
            }
            position += 1
        }
        return nil
    }

    private static func verdict(in plain: [Character], at position: Int, limit: Int) -> String? {
        guard let verdict = Glyph.firstMatch(in: plain, of: verdicts, at: position),
              position + verdict.count <= limit else { return nil }
        // `一致性`, `相同点` are nouns, not verdicts.
        let next = position + verdict.count
        if next < plain.count, ["性", "点", "的"].contains(plain[next]) { return nil }
        return verdict
    }

    /// `上年预算相比` → `上年预算`; `2025年预算` stays.
    private static func basis(_ raw: String) -> String? {
        var basis = Substring(raw)
        var changed = true
        while changed {
            changed = false
            for suffix in ["相比", "比较", "基本", "保持", "均", "也", ",", "，", "相"] where basis.hasSuffix(suffix) {
                basis = basis.dropLast(suffix.count)
                changed = true
            }
        }
        return basis.isEmpty ? nil : String(basis)
    }
}
