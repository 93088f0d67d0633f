/// Scoring a sheet: a 部门自评 and a 财政评审 score per item with a comment, each bounded by
/// the item's weight, and the totals computed from the items.
extension ReviewSheet {
    /// The places of the scored criteria, in printed order: the items of each group, and the
    /// criteria of a section without groups.
    public var leafPaths: [ReviewCriterionPath] {
        sections.enumerated().flatMap { s, section in
            section.criteria.enumerated().flatMap { c, criterion in
                criterion.isGroup
                    ? criterion.subcriteria.indices.map { ReviewCriterionPath(section: s, criterion: c, item: $0) }
                    : [ReviewCriterionPath(section: s, criterion: c)]
            }
        }
    }

    /// The path of the item with an outline number within a section: (`二`, `2.2`, `(3)`), or
    /// (`一`, `(1)`) on a sheet whose sections have no groups.
    public func path(section: String, _ codes: String...) -> ReviewCriterionPath? { path(section: section, codes) }

    /// The path of the item with these outline numbers within a section.
    public func path(section: String, _ codes: [String]) -> ReviewCriterionPath? {
        guard let s = sections.firstIndex(where: { $0.code == section || $0.title == section }) else { return nil }
        return leafPaths.first { path in
            guard path.section == s else { return false }
            let criterion = sections[s].criteria[path.criterion]
            let found = [criterion.code] + (path.item.map { [criterion.subcriteria[$0].code] } ?? [])
            return found.compactMap { $0 } == codes
        }
    }

    /// Enters the scores of one item. A score outside 0…weight is refused (the auditor's
    /// `review.score-bounds` says the same of printed sheets); nil leaves a score blank.
    public mutating func score(_ path: ReviewCriterionPath, selfScore: DecimalNumber?, bureauScore: DecimalNumber?,
                               comment: String? = nil) throws(ReviewScoreError) {
        guard leafPaths.contains(path) else { throw ReviewScoreError(kind: .notAnItem, criterion: self[path].title, score: nil) }
        var criterion = self[path]
        for score in [selfScore, bureauScore].compactMap({ $0 }) {
            if let problem = criterion.boundsProblem(score) {
                throw ReviewScoreError(kind: problem, criterion: criterion.title, score: score, weight: criterion.weight)
            }
        }
        criterion.selfScore = selfScore
        criterion.bureauScore = bureauScore
        if let comment { criterion.comment = comment }
        self[path] = criterion
    }

    /// The computed totals, section by section.
    public var scoreSummary: ReviewScoreSummary {
        ReviewScoreSummary(
            sections: sections.map { .init(title: $0.title, weight: $0.weight, selfScore: $0.computedSelfScore,
                                           bureauScore: $0.computedBureauScore) },
            selfScore: computedSelfScore(), bureauScore: computedBureauScore(), weight: totalWeight)
    }
}

extension ReviewCriterion {
    /// Why a score cannot stand for this criterion: below 0, or above its weight.
    public func boundsProblem(_ score: DecimalNumber) -> ReviewScoreError.Kind? {
        if score.isNegative { return .negative }
        if let weight, score > weight { return .exceedsWeight }
        return nil
    }
}

/// A sheet's computed totals.
public struct ReviewScoreSummary: Sendable, Hashable, Codable {
    public struct Section: Sendable, Hashable, Codable {
        public var title: String
        public var weight: DecimalNumber?
        public var selfScore: DecimalNumber
        public var bureauScore: DecimalNumber
    }

    public var sections: [Section]
    public var selfScore: DecimalNumber
    public var bureauScore: DecimalNumber
    public var weight: DecimalNumber
}

/// A score that cannot be entered.
public struct ReviewScoreError: YusuanError, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case negative
        case exceedsWeight
        /// A group or a section carries no score of its own: its items do.
        case notAnItem
    }

    public var kind: Kind
    public var criterion: String
    public var score: DecimalNumber?
    public var weight: DecimalNumber?

    public init(kind: Kind, criterion: String, score: DecimalNumber?, weight: DecimalNumber? = nil) {
        self.kind = kind
        self.criterion = criterion
        self.score = score
        self.weight = weight
    }

    public var message: BilingualMessage {
        let score = score?.description ?? ""
        switch kind {
        case .negative:
            return .init(zh: "“\(criterion)”的得分 \(score) 为负数", en: "the score \(score) of \"\(criterion)\" is negative")
        case .exceedsWeight:
            return .init(zh: "“\(criterion)”的得分 \(score) 超过该项权重 \(weight?.description ?? "")分",
                         en: "the score \(score) of \"\(criterion)\" exceeds its weight of \(weight?.description ?? "")")
        case .notAnItem:
            return .init(zh: "“\(criterion)”不是评分项，请给其下各项打分", en: "\"\(criterion)\" is not a scored item: score the items under it")
        }
    }
}
