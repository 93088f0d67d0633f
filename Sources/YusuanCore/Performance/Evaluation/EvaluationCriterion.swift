/// A criterion of a 绩效评价: what is judged, its 设定分值 and 评价实得分, and the criteria
/// under it (`项目决策` → `项目目标` → `项目立项规范`).
public struct EvaluationCriterion: Sendable, Hashable, Codable {
    /// The name as printed, without its outline number.
    public var name: String
    public var dimension: EvaluationDimension?
    /// 设定分值.
    public var weight: DecimalNumber?
    /// 评价实得分.
    public var score: DecimalNumber?
    /// What the report says of it (the text after the name).
    public var finding: String?
    public var subcriteria: [EvaluationCriterion]

    public init(name: String, dimension: EvaluationDimension? = nil, weight: DecimalNumber? = nil, score: DecimalNumber? = nil,
                finding: String? = nil, subcriteria: [EvaluationCriterion] = []) {
        self.name = name
        self.dimension = dimension
        self.weight = weight
        self.score = score
        self.finding = finding
        self.subcriteria = subcriteria
    }

    /// Its own score, else the sum of its subcriteria's when every one is scored.
    public var effectiveScore: DecimalNumber? {
        if let score { return score }
        let scores = subcriteria.map(\.effectiveScore)
        guard !scores.isEmpty, scores.allSatisfy({ $0 != nil }) else { return nil }
        return scores.compactMap { $0 }.sum()
    }
}
