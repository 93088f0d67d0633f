/// 绩效评价 of a project: scored criteria (决策 / 过程 / 产出 / 效益, or as a report groups
/// them), the total, and the grade by 财预〔2020〕10号's bands (`Grade`), with what the report
/// itself states so the two can be compared.
public struct Evaluation: Sendable, Hashable, Codable {
    /// The project evaluated, when named.
    public var projectName: String?
    public var criteria: [EvaluationCriterion]
    /// 综合评分结果 as stated.
    public var statedTotal: DecimalNumber?
    /// 评价结果级别 as stated.
    public var statedGrade: Grade?
    /// 评价结果类型 as stated (`A`).
    public var statedResultType: String?

    public init(projectName: String? = nil, criteria: [EvaluationCriterion] = [], statedTotal: DecimalNumber? = nil,
                statedGrade: Grade? = nil, statedResultType: String? = nil) {
        self.projectName = projectName
        self.criteria = criteria
        self.statedTotal = statedTotal
        self.statedGrade = statedGrade
        self.statedResultType = statedResultType
    }

    /// The sum of the first-level scores; nil when one is missing.
    public var total: DecimalNumber? {
        let scores = criteria.map(\.effectiveScore)
        guard !scores.isEmpty, scores.allSatisfy({ $0 != nil }) else { return nil }
        return scores.compactMap { $0 }.sum()
    }

    /// The grade of the computed total.
    public var grade: Grade? { total.map { Grade(score: $0) } }

    /// The sum of the first-level weights (100 for a well-formed evaluation).
    public var totalWeight: DecimalNumber { criteria.compactMap(\.weight).sum() }

    /// What does not hold: a score above its weight or below 0, weights that do not add up to
    /// 100, a stated total or grade that differs from the computed one.
    public var problems: [BilingualMessage] {
        var found: [BilingualMessage] = []
        for criterion in criteria {
            guard let score = criterion.effectiveScore else { continue }
            if score.isNegative || (criterion.weight.map { score > $0 } ?? false) {
                found.append(.init(zh: "“\(criterion.name)”实得分 \(score) 超出 0–\(criterion.weight?.description ?? "—") 分",
                                   en: "\"\(criterion.name)\" scores \(score), outside 0–\(criterion.weight?.description ?? "—")"))
            }
        }
        if !criteria.isEmpty, criteria.allSatisfy({ $0.weight != nil }), totalWeight != DecimalNumber(100) {
            found.append(.init(zh: "各项设定分值之和为 \(totalWeight)，不是 100", en: "the weights add up to \(totalWeight), not 100"))
        }
        if let statedTotal, let total, statedTotal != total {
            found.append(.init(zh: "综合评分印为 \(statedTotal) 分，各项得分之和为 \(total) 分",
                               en: "the total is stated as \(statedTotal), but the scores add up to \(total)"))
        }
        if let statedGrade, let grade, statedGrade != grade {
            found.append(.init(zh: "评价级别印为“\(statedGrade.chineseName)”，按总分 \(total!) 应为“\(grade.chineseName)”",
                               en: "the grade is stated as \(statedGrade.englishName), but a total of \(total!) is \(grade.englishName)"))
        }
        return found
    }
}
