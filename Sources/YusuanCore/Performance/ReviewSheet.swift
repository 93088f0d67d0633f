/// 编审表: the form on which a department scores its own project application (部门自评)
/// and the finance bureau scores it again (财政评审), criterion by criterion.
public struct ReviewSheet: Sendable, Hashable, Codable {
    /// The title as printed (`项目支出预算编审表`).
    public var title: String
    public var kind: Kind
    public var sections: [ReviewSection]
    /// The totals the sheet prints (`本表得分`, `总分` …).
    public var statedTotals: [ReviewTotal]

    public init(title: String, kind: Kind? = nil, sections: [ReviewSection] = [], statedTotals: [ReviewTotal] = []) {
        self.title = title
        self.kind = kind ?? Kind(title: title)
        self.sections = sections
        self.statedTotals = statedTotals
    }

    /// Which of the two standard sheets it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 项目支出预算编审表: every project.
        case standardProject
        /// 基本建设项目支出预算补充编审表: the supplement for capital construction projects.
        case capitalConstruction

        /// `基本建设…编审表` and `基建…` are the supplement; any other sheet is the standard one.
        public init(title: String) {
            let key = PerformanceText.key(title)
            self = key.includes("基本建设") || key.includes("基建") ? .capitalConstruction : .standardProject
        }
    }

    /// The scored criteria of every section, in printed order.
    public var leaves: [ReviewCriterion] { sections.flatMap(\.leaves) }

    /// The sum of the section weights (100 on a well-formed sheet).
    public var totalWeight: DecimalNumber { sections.compactMap(\.weight).sum() }

    /// The sum of the 部门自评 scores of every item.
    public func computedSelfScore() -> DecimalNumber { leaves.compactMap(\.selfScore).sum() }

    /// The sum of the 财政评审 scores of every item.
    public func computedBureauScore() -> DecimalNumber { leaves.compactMap(\.bureauScore).sum() }

    /// Whether any item carries a score at all (a blank template carries none).
    public var isScored: Bool { leaves.contains { $0.selfScore != nil || $0.bureauScore != nil } }

    /// The first stated total of a kind.
    public func statedTotal(_ kind: ReviewTotal.Kind) -> ReviewTotal? {
        statedTotals.first { $0.kind == kind }
    }

    /// The section with an outline number (`一`) or a title.
    public func section(_ codeOrTitle: String) -> ReviewSection? {
        sections.first { $0.code == codeOrTitle || $0.title == codeOrTitle }
    }

    /// The first item (or group) whose title contains the text.
    public func criterion(containing text: String) -> ReviewCriterion? {
        for section in sections {
            for criterion in section.criteria {
                if criterion.title.contains(text) { return criterion }
                if let item = criterion.subcriteria.first(where: { $0.title.contains(text) }) { return item }
            }
        }
        return nil
    }
}
