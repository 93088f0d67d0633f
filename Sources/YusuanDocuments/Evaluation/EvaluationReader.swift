import YusuanCore

/// Reads a 绩效评价 from a document's narrative: the criteria outline
/// (`（一）项目决策` → `1. 项目目标` → `（1）项目立项规范。…`), the scores of
/// `项目决策设定分值 20 分，评价实得分 20 分`, and `综合评分结果 98 分 … 级别为优` (seed 004).
public enum EvaluationReader {
    /// The evaluation in a document's narrative; nil when it states no score. A document is
    /// taken to report one evaluation: a second one's headings would join the first's.
    public static func read(_ document: Document) -> Evaluation? {
        read(document.narrative.map(\.text))
    }

    /// The evaluation in paragraphs of text, in order.
    public static func read(_ paragraphs: [String]) -> Evaluation? {
        var evaluation = Evaluation()
        var started = false
        for raw in paragraphs {
            let text = TextNormalization.trimmed(TextNormalization.halfWidth(raw))
            if let name = projectName(in: text), evaluation.projectName == nil, !started { evaluation.projectName = name }
            if let score = EvaluationScoreLine(text) {
                apply(score, to: &evaluation)
                continue
            }
            if text.includes("综合评分") || text.includes("评价结果级别") || text.includes("评价结果类型") {
                readConclusion(text, into: &evaluation)
                continue
            }
            switch EvaluationOutline(text) {
            case .dimension(let name, let dimension):
                started = true
                evaluation.criteria.append(EvaluationCriterion(name: name, dimension: dimension))
            case .group(let name) where started && !evaluation.criteria.isEmpty:
                evaluation.criteria[evaluation.criteria.count - 1].subcriteria.append(EvaluationCriterion(name: name))
            case .item(let name, let finding) where started && !evaluation.criteria.isEmpty:
                let top = evaluation.criteria.count - 1
                let item = EvaluationCriterion(name: name, finding: finding)
                if evaluation.criteria[top].subcriteria.isEmpty {
                    evaluation.criteria[top].subcriteria.append(item)
                } else {
                    evaluation.criteria[top].subcriteria[evaluation.criteria[top].subcriteria.count - 1].subcriteria.append(item)
                }
            case .chapter:
                // `三、取得的主要经验…` closes the outline; scores may still follow.
                if started && !evaluation.criteria.isEmpty { started = false }
            default:
                continue
            }
        }
        guard evaluation.statedTotal != nil || evaluation.criteria.contains(where: { $0.score != nil }) else { return nil }
        return evaluation
    }

    /// Sets a criterion's weight and score, adding it when the outline did not name it.
    static func apply(_ line: EvaluationScoreLine, to evaluation: inout Evaluation) {
        let dimension = EvaluationDimension(text: line.name)
        if let index = evaluation.criteria.firstIndex(where: { $0.name == line.name || (dimension != nil && $0.dimension == dimension) }) {
            evaluation.criteria[index].weight = line.weight
            evaluation.criteria[index].score = line.score
        } else {
            evaluation.criteria.append(EvaluationCriterion(name: line.name, dimension: dimension, weight: line.weight, score: line.score))
        }
    }

    /// `项目的综合评分结果 98 分，评价结果类型为 A，对应的评价结果级别为优。`
    static func readConclusion(_ text: String, into evaluation: inout Evaluation) {
        if let range = text.range(of: "综合评分"), let value = EvaluationScoreLine.firstNumber(in: text[range.upperBound...]) {
            evaluation.statedTotal = value
        }
        if let range = text.range(of: "级别为") ?? text.range(of: "等级为"),
           let grade = text[range.upperBound...].prefix(2).lazy.compactMap({ Grade(text: String($0)) }).first {
            evaluation.statedGrade = grade
        }
        if let range = text.range(of: "类型为") {
            let type = text[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isLetter }
            if !type.isEmpty { evaluation.statedResultType = String(type) }
        }
    }

    /// `重点项目预算的绩效目标：一、城市交通发展奖励资金。` names the project evaluated.
    static func projectName(in text: String) -> String? {
        guard text.includes("重点项目"), let range = text.range(of: ":一、") ?? text.range(of: "：一、") else { return nil }
        var name = String(text[range.upperBound...])
        while let last = name.last, last == "。" || last == "." { name.removeLast() }
        return name.isEmpty ? nil : name
    }
}
