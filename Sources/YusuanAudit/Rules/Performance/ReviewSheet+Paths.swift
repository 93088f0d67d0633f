import YusuanCore

extension ReviewSheet {
    /// The places of the scored criteria, in printed order: the items of each group, and the
    /// criteria of a section without groups.
    var leafPaths: [ReviewCriterionPath] {
        sections.enumerated().flatMap { s, section in
            section.criteria.enumerated().flatMap { c, criterion in
                criterion.isGroup
                    ? criterion.subcriteria.indices.map { ReviewCriterionPath(section: s, criterion: c, item: $0) }
                    : [ReviewCriterionPath(section: s, criterion: c)]
            }
        }
    }
}

extension ReviewCriterion {
    /// The criterion as printed, for messages: `(3)项目绩效指标是否量化、可考核`.
    var printedName: String { (code ?? "") + title }
}

extension ReviewSection {
    /// The section as printed, for messages: `二、项目计划`.
    var printedName: String { code.map { "\($0)、\(title)" } ?? title }
}
