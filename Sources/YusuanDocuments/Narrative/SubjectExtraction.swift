import YusuanCore

/// Turns the words before a number into the subject they name.
///
/// `新疆…监督站 2021 年一般公共预算基本支出` → `一般公共预算基本支出`: the agency, the year and
/// words such as `本单位` are context, not subject, so the words are cut at each of them and the
/// last piece that still names something wins (`一般公共预算“三公”经费2021年预算数为` falls back
/// to the piece before the year). Each piece then loses list numbering (`1.`, `（一）`), leading
/// connectives (`其中`, `包括`, `及`) and trailing predicates (`为`, `预算数为`, `合计`, `共`).
struct SubjectExtraction {
    /// Context markers in folded form, longest first: the agency's names and the words
    /// documents use for themselves.
    private let markers: [String]

    init(agencyNames: [String]) {
        let names = agencyNames.map { String(TextNormalization.removingSpaces($0).map(CompactText.fold)) }
        markers = (names + Self.selfReferences + Self.holdings).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The subject named by `raw`, or nil when it names none.
    func subject(_ raw: String) -> String? {
        let printed = Array(TextNormalization.removingSpaces(raw))
        let plain = printed.map(CompactText.fold)
        // A reason (`主要原因是：2021 年检测中心聘用人员减少 1 人`) names its own subject after it.
        var lower = 0
        if let reason = lastIndex(of: "原因", in: plain) { lower = reason + 2 }
        var pieces: [Range<Int>] = []
        var pieceStart = lower
        var index = lower
        while index < plain.count {
            if let end = contextEnd(plain, at: index) {
                pieces.append(pieceStart..<index)
                pieceStart = end
                index = end
            } else {
                index += 1
            }
        }
        pieces.append(pieceStart..<plain.count)
        for piece in pieces.reversed() {
            if let subject = tidy(printed, plain, piece, verbal: true) ?? tidy(printed, plain, piece, verbal: false) {
                return subject
            }
        }
        return nil
    }

    /// Where a context marker that starts at `index` ends: an agency name or self-reference,
    /// a year (`2021年`, `2021 年度`, `2020年底`), or a date (`8月31日`).
    private func contextEnd(_ plain: [Character], at index: Int) -> Int? {
        if let marker = markers.first(where: { Glyph.matches(plain, $0, at: index) }) {
            return index + marker.count
        }
        if index + 4 < plain.count, (0..<4).allSatisfy({ Glyph.isDigit(plain[index + $0]) }), plain[index + 4] == "年",
           index == 0 || !Glyph.isDigit(plain[index - 1]) {
            var end = index + 5
            if end < plain.count, ["度", "底", "末", "初"].contains(plain[end]) { end += 1 }
            return end
        }
        var end = index
        while end < plain.count, end - index < 2, Glyph.isDigit(plain[end]) { end += 1 }
        if end > index, end < plain.count, plain[end] == "月", index == 0 || !Glyph.isDigit(plain[index - 1]) {
            end += 1
            var day = end
            while day < plain.count, day - end < 2, Glyph.isDigit(plain[day]) { day += 1 }
            if day > end, day < plain.count, plain[day] == "日" || plain[day] == "号" { end = day + 1 }
            return end
        }
        return nil
    }

    /// The piece without numbering, connectives and predicates; nil when nothing is left.
    private func tidy(_ printed: [Character], _ plain: [Character], _ piece: Range<Int>, verbal: Bool) -> String? {
        var lower = piece.lowerBound
        var upper = piece.upperBound
        var changed = true
        while changed && lower < upper {
            changed = false
            if let end = Self.leadingDecoration(plain, from: lower, to: upper) {
                lower = end
                changed = true
                continue
            }
            let tail = String(plain[lower..<upper])
            if let last = tail.last, Self.punctuation.contains(last) {
                upper -= 1
                changed = true
            } else if let code = Self.trailingCode(plain, from: lower, to: upper) {
                // `行政运行（2010501）`: the classification code is decoration.
                upper = code
                changed = true
            } else if tail.hasSuffix("费数") || tail.hasSuffix("额数") {
                upper -= 1
                changed = true
            } else if let word = Self.trailingWords.first(where: { tail.hasSuffix($0) }) {
                let keepsBudget = word.hasPrefix("预算数") && Self.timeWords.contains(String(tail.dropLast(word.count)))
                upper -= keepsBudget ? word.count - 2 : word.count
                changed = !keepsBudget
            } else if verbal, let word = Self.verbalEndings.first(where: { tail.hasSuffix($0) }) {
                upper -= word.count
                changed = true
            }
        }
        guard lower < upper else { return nil }
        let subject = String(printed[lower..<upper])
        let folded = String(plain[lower..<upper])
        guard !Self.emptySubjects.contains(folded), folded.contains(where: { $0.isLetter }) else { return nil }
        return subject
    }

    /// The end of the numbering, code, punctuation or connective at the start of a piece.
    static func leadingDecoration(_ plain: [Character], from lower: Int, to upper: Int) -> Int? {
        let first = plain[lower]
        // A stray closing bracket is left over from a parenthetical before the subject.
        if punctuation.contains(first) || first == ")" || first == "(" && lower + 1 < upper && plain[lower + 1] == ")" {
            return lower + 1
        }
        if let end = numberingEnd(plain, from: lower, to: upper) { return end }
        // Classification codes (`2080501-`, `208 05 01`).
        var end = lower
        while end < upper, Glyph.isDigit(plain[end]) || plain[end] == " " { end += 1 }
        if end - lower >= 3 {
            return end < upper && plain[end] == "-" ? end + 1 : end
        }
        if let word = leadingWords.first(where: { Glyph.matches(plain, $0, at: lower) && lower + $0.count <= upper }) {
            return lower + word.count
        }
        return nil
    }

    /// Where list numbering at `lower` ends: `(一)`, `(1)`, `一、`, `1.`, `1)`, `①`.
    static func numberingEnd(_ plain: [Character], from lower: Int, to upper: Int) -> Int? {
        guard lower < upper else { return nil }
        if let scalar = plain[lower].unicodeScalars.first, (0x2460...0x2473).contains(scalar.value) { return lower + 1 }
        if plain[lower] == "(" {
            var end = lower + 1
            while end < upper, end - lower <= 3, isNumeral(plain[end]) { end += 1 }
            return end > lower + 1 && end < upper && plain[end] == ")" ? end + 1 : nil
        }
        var end = lower
        while end < upper, end - lower <= 3, isNumeral(plain[end]) { end += 1 }
        guard end > lower, end < upper, ["、", ".", ")"].contains(plain[end]) else { return nil }
        return end + 1
    }

    /// Where a bracketed code at the end of a piece begins (`（2010501）`), if there is one.
    static func trailingCode(_ plain: [Character], from lower: Int, to upper: Int) -> Int? {
        guard upper - lower >= 4, plain[upper - 1] == ")" else { return nil }
        var open = upper - 2
        while open > lower, Glyph.isDigit(plain[open]) { open -= 1 }
        return plain[open] == "(" && upper - 2 - open >= 3 && open > lower ? open : nil
    }

    private static func isNumeral(_ character: Character) -> Bool {
        Glyph.isDigit(character) || "一二三四五六七八九十".contains(character)
    }

    private func lastIndex(of word: String, in plain: [Character]) -> Int? {
        let length = word.count
        guard plain.count >= length else { return nil }
        return (0...(plain.count - length)).last { Glyph.matches(plain, word, at: $0) }
    }
}
