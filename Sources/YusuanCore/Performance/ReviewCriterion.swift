/// A criterion of an 编审表: what is judged, its weight, and the scores the applying
/// department (部门自评) and the finance bureau (财政评审) gave it.
///
/// A group criterion (`1.1项目依据是否充分(8分)`) holds the scored items under it; an item
/// (`(1)…(8分)`) has no subcriteria and carries the scores.
public struct ReviewCriterion: Sendable, Hashable, Codable {
    /// The outline number: `1.1`, `(1)`.
    public var code: String?
    /// The question, without number and weight.
    public var title: String
    /// 权重 / the `(8分)` printed with it.
    public var weight: DecimalNumber?
    /// 部门自评.
    public var selfScore: DecimalNumber?
    /// 财政评审.
    public var bureauScore: DecimalNumber?
    /// 财政评审意见.
    public var comment: String?
    /// 简述: the department's explanation.
    public var summary: String?
    /// The items of a group criterion.
    public var subcriteria: [ReviewCriterion]

    public init(code: String? = nil, title: String, weight: DecimalNumber? = nil, selfScore: DecimalNumber? = nil,
                bureauScore: DecimalNumber? = nil, comment: String? = nil, summary: String? = nil,
                subcriteria: [ReviewCriterion] = []) {
        self.code = code
        self.title = title
        self.weight = weight
        self.selfScore = selfScore
        self.bureauScore = bureauScore
        self.comment = comment
        self.summary = summary
        self.subcriteria = subcriteria
    }

    /// A criterion from a printed heading.
    public init(heading: ReviewHeading) {
        self.init(code: heading.code, title: heading.title, weight: heading.weight)
    }

    public var isGroup: Bool { !subcriteria.isEmpty }

    /// The scored criteria: itself when it has no items, else its items' leaves.
    public var leaves: [ReviewCriterion] { isGroup ? subcriteria.flatMap(\.leaves) : [self] }

    /// The sum of the weights of its items (its own weight for an item).
    public var itemsWeight: DecimalNumber { leaves.compactMap(\.weight).sum() }

    /// The sum of the 部门自评 scores of its items (a blank counts as 0).
    public var computedSelfScore: DecimalNumber { leaves.compactMap(\.selfScore).sum() }

    /// The sum of the 财政评审 scores of its items (a blank counts as 0).
    public var computedBureauScore: DecimalNumber { leaves.compactMap(\.bureauScore).sum() }
}
