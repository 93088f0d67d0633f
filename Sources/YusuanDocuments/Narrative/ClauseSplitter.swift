/// The sentence structure of a compact paragraph: sentences end at `。；！？`, and bracket
/// groups (`（公务用车购置费0万元，比上年增加0万元；…）`) are found so that a sentence is not
/// cut inside one and a parenthetical's subjects do not leak into the sentence around it.
struct ClauseStructure {
    /// The sentences, terminators excluded, in order; empty ones are dropped.
    let sentences: [Range<Int>]
    /// Parenthetical clauses — bracket groups that hold a digit and a clause break — by
    /// opening index → closing index. Their brackets delimit clauses; other groups (`（类）`,
    /// `（境）`, a code `（2010501）`, a list number `(1)`) are part of the words.
    let numericGroupClose: [Int: Int]
    /// The same groups by closing index → opening index.
    let numericGroupOpen: [Int: Int]

    /// A bracket group longer than this is taken for a stray bracket, not a parenthetical.
    static let longestGroup = 160

    static let sentenceEnds: Set<Character> = ["。", ";", "!", "?", "；"]
    /// Characters that end a clause within a sentence (folded forms).
    static let clauseBreaks: Set<Character> = [",", "、", ":", "，", "："]

    init(_ text: CompactText) {
        let plain = text.plain
        var opens: [Int] = []
        var close: [Int: Int] = [:]
        for (index, character) in plain.enumerated() {
            if character == "(" {
                opens.append(index)
            } else if character == ")", let open = opens.popLast(), index - open <= Self.longestGroup {
                close[open] = index
            }
        }
        var numericClose: [Int: Int] = [:]
        var numericOpen: [Int: Int] = [:]
        for (open, end) in close {
            let inside = plain[(open + 1)..<end]
            guard inside.contains(where: Glyph.isDigit),
                  inside.contains(where: { Self.clauseBreaks.contains($0) || Self.sentenceEnds.contains($0) })
            else { continue }
            numericClose[open] = end
            numericOpen[end] = open
        }
        // Sentence ends inside a bracket group belong to the parenthetical, not the sentence.
        let closings = Set(close.values)
        var sentences: [Range<Int>] = []
        var depth = 0
        var start = 0
        for (index, character) in plain.enumerated() {
            if close[index] != nil { depth += 1 }
            if depth > 0, closings.contains(index) { depth -= 1 }
            if depth == 0 && Self.sentenceEnds.contains(character) {
                if start < index { sentences.append(start..<index) }
                start = index + 1
            }
        }
        if start < plain.count { sentences.append(start..<plain.count) }
        self.sentences = sentences
        self.numericGroupClose = numericClose
        self.numericGroupOpen = numericOpen
    }
}
