/// Which subject a number without one of its own is about.
///
/// Within a sentence, a share, change or rate continues the last subject named
/// (`一般公共预算 251.53 万元，占 54.00%，比上年预算增加 5.44 万元`); a clause head before `：`
/// names the subject for numbers that name none (`…（项）：2021 年预算数为 20.18 万元`). A
/// sentence that opens without a subject (`占预算总额的 2.12%`) continues the main subject
/// of the sentence before it, not the last item of that sentence's list. A parenthetical with
/// numbers (`（公务用车购置费0万元，…）`) keeps its subjects to itself.
struct SubjectContext {
    /// The subject of the last amount, count or change that named one.
    private(set) var last: String?
    /// The subject named by the clause head before the last `：`, if it named one.
    var head: String?
    /// The basis of the last change (`上年预算`), for a rate printed after it.
    var lastBasis: String?
    /// The first subject of this sentence (outside parentheses).
    private var principal: String?
    /// The first subject of the last sentence that had one.
    private var inherited: String?
    private var saved: [(last: String?, head: String?, basis: String?)] = []

    /// - Parameter section: What the paragraph's section heading names, the last resort for
    ///   a number nothing else names (`（一）因公出国（境）经费` / `2026 年预算安排 0.00 万元`).
    init(section: String? = nil) {
        inherited = section
    }

    mutating func beginSentence() {
        if let principal { inherited = principal }
        principal = nil
        last = nil
        head = nil
        lastBasis = nil
        saved = []
    }

    /// Records a subject a number named.
    mutating func establish(_ subject: String) {
        guard !subject.isEmpty else { return }
        last = subject
        if principal == nil && saved.isEmpty { principal = subject }
    }

    /// For amounts and counts: their own subject, else the clause head, else what came before.
    func named(_ own: String?) -> String {
        own ?? head ?? last ?? inherited ?? ""
    }

    /// For shares, changes and rates: their own subject, else the one they follow.
    func continued(_ own: String?) -> String {
        own ?? last ?? head ?? inherited ?? ""
    }

    /// A numbered title sentence (`1.因公出国（境）费用。`) names the subject of the sentences
    /// after it until one names its own.
    mutating func adoptTitle(_ title: String) {
        inherited = title
    }

    mutating func enterGroup() {
        saved.append((last, head, lastBasis))
    }

    mutating func leaveGroup() {
        guard let outer = saved.popLast() else { return }
        (last, head, lastBasis) = outer
    }
}
