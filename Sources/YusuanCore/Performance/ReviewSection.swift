/// A section of an 编审表 (`一、项目目标(23分)`): a weight out of the sheet's total and the
/// criteria under it.
public struct ReviewSection: Sendable, Hashable, Codable {
    /// The outline number: `一`.
    public var code: String?
    /// The title without number and weight: `项目目标`.
    public var title: String
    /// The weight printed with the title.
    public var weight: DecimalNumber?
    public var criteria: [ReviewCriterion]

    public init(code: String? = nil, title: String, weight: DecimalNumber? = nil, criteria: [ReviewCriterion] = []) {
        self.code = code
        self.title = title
        self.weight = weight
        self.criteria = criteria
    }

    /// A section from a printed heading.
    public init(heading: ReviewHeading) {
        self.init(code: heading.code, title: heading.title, weight: heading.weight)
    }

    /// The scored criteria of the section.
    public var leaves: [ReviewCriterion] { criteria.flatMap(\.leaves) }

    /// The sum of the weights of its top-level criteria (a check against `weight`).
    public var criteriaWeight: DecimalNumber { criteria.compactMap(\.weight).sum() }

    /// The sum of the 部门自评 scores of its items.
    public var computedSelfScore: DecimalNumber { leaves.compactMap(\.selfScore).sum() }

    /// The sum of the 财政评审 scores of its items.
    public var computedBureauScore: DecimalNumber { leaves.compactMap(\.bureauScore).sum() }
}
