import YusuanCore

/// Subjects named away from the number: by a clause head before `：`, by a numbered title
/// sentence, or by the section heading.
extension SubjectExtraction {
    /// Clause heads before `：` that introduce a list or a reason rather than name a subject.
    static let introducingHeads = ["包括", "如下", "其中", "分别是", "分别为", "分别", "为", "是", "有", "具体", "主要", "下"]

    /// The subject a clause head before `：` names for the numbers after it, if it names one.
    func head(_ raw: String) -> String? {
        let plain = String(TextNormalization.removingSpaces(raw).map(CompactText.fold))
        if plain.includes("原因") || Self.introducingHeads.contains(where: { plain.hasSuffix($0) }) { return nil }
        return subject(raw)
    }

    /// The subject a numbered title sentence names (`1.因公出国（境）费用。`), for the
    /// sentences after it: short, numbered and without clause breaks.
    func title(_ printed: String) -> String? {
        let plain = printed.map(CompactText.fold)
        guard plain.count <= 60, Self.numberingEnd(plain, from: 0, to: plain.count) != nil,
              !plain.contains(where: { ClauseStructure.clauseBreaks.contains($0) }) else { return nil }
        return subject(printed)
    }

    /// The subject a numbered section heading names (`（一）因公出国（境）经费`,
    /// `（二）政府采购情况` → `政府采购`), for numbers that name none; nil for headings that
    /// describe a part of the document (`五、关于…一般公共预算当年拨款情况说明`).
    func sectionTitle(_ heading: String) -> String? {
        let compact = TextNormalization.removingSpaces(heading)
        guard !compact.includes("关于"), !compact.includes("部分"), var title = self.title(compact) else { return nil }
        for suffix in ["情况说明", "情况的说明", "的说明", "说明", "安排情况", "情况", "概况"] where title.hasSuffix(suffix) {
            title = String(title.dropLast(suffix.count))
            break
        }
        return title.isEmpty ? nil : title
    }
}
