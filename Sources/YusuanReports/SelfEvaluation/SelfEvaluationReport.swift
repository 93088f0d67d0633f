import YusuanCore

/// A department's self-evaluation with every project scored: what the `selfeval` command
/// prints and writes, in every format.
public struct SelfEvaluationReport: Sendable, Codable {
    public var evaluation: SelfEvaluation
    public var weights: SelfEvaluationWeights
    /// The scores of `evaluation.projects`, in the same order.
    public var scores: [SelfEvaluationScore]
    /// The rule the scores follow.
    public var source: String

    public init(_ evaluation: SelfEvaluation, weights: SelfEvaluationWeights = .national) {
        self.evaluation = evaluation
        self.weights = weights
        let scoring = SelfEvaluationScoring(weights: weights)
        scores = evaluation.projects.map(scoring.score)
        source = weights.source ?? SelfEvaluationRule.source
    }

    /// Each group's projects with their scores.
    public var scoredGroups: [(group: SelfEvaluation.Group, scores: [SelfEvaluationScore])] {
        var offset = 0
        return evaluation.groups.map { group in
            defer { offset += group.projects.count }
            return (group, Array(scores[offset..<offset + group.projects.count]))
        }
    }

    /// How many projects have a total, and how many a grade.
    public var completeCount: Int { scores.filter(\.isComplete).count }

    /// A score as printed: the total, or the range it lies in (`20.00–100.00`).
    static func shown(_ score: SelfEvaluationScore) -> String {
        if let total = score.total { return total.formatted(decimals: 2) }
        return "\(score.range.lower.formatted(decimals: 2))–\(score.range.upper.formatted(decimals: 2))"
    }
}
