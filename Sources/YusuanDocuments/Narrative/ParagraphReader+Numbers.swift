import YusuanCore

/// What a number and the words before it say: the statement kind, its subject, and how the
/// subject context moves on.
extension ParagraphReader {
    /// Records what a number says; returns where the next number's lead begins.
    mutating func read(_ token: NumberToken, lead: Range<Int>) -> Int {
        let range = token.start..<token.end
        switch token.reading {
        case .ignored:
            return lead.lowerBound
        case .year:
            record(.year, subject: "", value: token.value, at: range, unit: "年")
            return lead.lowerBound
        case .bare:
            return readBare(token, lead: lead)
        case .money, .percent, .count, .quantity:
            break
        }
        let isPercentage = token.reading == .percent
        let reading = LeadReading(text.printed(lead), isPercentage: isPercentage)
        let own = subjects.subject(reading.subject)
        let percentage = isPercentage ? PublishedPercentage(text: text.quoted(range), value: token.value) : nil
        var figure: PublishedFigure?
        if case .money(let scale) = token.reading {
            figure = PublishedFigure(text: text.quoted(range), value: token.value, scale: scale)
        }
        switch reading.role {
        case .change(let direction, let printedBasis):
            let basis = printedBasis ?? (isPercentage ? context.lastBasis : nil)
            record(isPercentage ? .changeRate : .change, subject: context.continued(own), value: token.value, at: range,
                   unit: token.unit, figure: figure, percentage: percentage, direction: direction, basis: basis)
            if !isPercentage { context.lastBasis = basis }
            if let own { context.establish(own) }
            return token.end
        case .share(let basis):
            record(.share, subject: context.continued(own), value: token.value, at: range, unit: "%",
                   percentage: percentage, basis: basis)
            return token.end
        case .plain:
            break
        }
        var subject = own
        var next = token.end
        // A noun right after the measure word is what is counted (`下设 4 个处室`,
        // `围绕 22 个指标`); the words before are then a verb or context.
        if token.reading == .count, subject == nil || !Self.nounUnits.contains(token.unit ?? ""),
           let tail = countedNoun(after: token.end) {
            subject = tail.subject
            next = tail.end
        }
        let kind: StatementKind = switch token.reading {
        case .money: .amount
        case .count: .count
        default: .quantity
        }
        let named = isPercentage ? context.continued(subject) : context.named(subject)
        record(kind, subject: named, value: token.value, at: range, unit: token.unit, figure: figure, percentage: percentage)
        if !isPercentage { context.establish(named) }
        return next
    }

    /// A number without a unit says something only after a predicate (`编制数 18`,
    /// `政府性基金预算支出为 0`): an amount when its subject is money, else a count.
    private mutating func readBare(_ token: NumberToken, lead: Range<Int>) -> Int {
        let words = text.printed(lead)
        let folded = String(words.map(CompactText.fold))
        guard ["数", "为", "是", "达", "共", "计"].contains(where: { folded.hasSuffix($0) }) else { return lead.lowerBound }
        let reading = LeadReading(words, isPercentage: false)
        guard reading.role == .plain else { return lead.lowerBound }
        let own = subjects.subject(reading.subject)
        let subject = context.named(own)
        let isMoney = NarrativeUnit.moneyWords.contains { subject.contains($0) }
        record(isMoney ? .amount : .count, subject: subject, value: token.value, at: token.start..<token.end)
        context.establish(subject)
        return token.end
    }

    /// The noun a count is of when it follows the number (`下设 4 个处室`, `0 家行政单位和`):
    /// up to a particle, a preposition or a change verb (`35 人到交通执法支队`, `18 人减少`).
    private func countedNoun(after end: Int) -> (subject: String, end: Int)? {
        let plain = text.plain
        var index = end
        while index < sentence.upperBound, index - end < 12, plain[index].isLetter, !Glyph.isLetter(plain[index]),
              !Self.nounStops.contains(plain[index]),
              !LeadReading.verbs.contains(where: { Glyph.matches(plain, $0.0, at: index) }) {
            index += 1
        }
        guard index > end, let subject = subjects.subject(text.printed(end..<index)) else { return nil }
        return (subject, index)
    }

    /// Count units that are nouns themselves (`35 人到…`, `69 人划转…`): what follows them is
    /// not what they count.
    static let nounUnits: Set<String> = ["人", "人次", "万人", "户", "户次"]

    static let nounStops: Set<Character> = ["的", "和", "及", "与", "或", "等", "到", "至", "在", "于", "为", "是", "以",
                                            "被", "将", "从", "向", "比", "较", "占", "共", "均", "已", "未"]
}
