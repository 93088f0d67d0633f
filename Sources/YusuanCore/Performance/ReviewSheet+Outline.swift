/// Building a sheet heading by heading, and reaching a criterion by its place.
extension ReviewSheet {
    /// Adds a heading where the outline puts it: a section; a group in the last section; an
    /// item under the last group of the last section, or directly in the section when the
    /// section has no groups (the 基本建设 sheet). Returns where it went.
    @discardableResult
    public mutating func add(_ heading: ReviewHeading) -> ReviewCriterionPath? {
        switch heading.level {
        case .section:
            sections.append(ReviewSection(heading: heading))
            return nil
        case .group:
            if sections.isEmpty { sections.append(ReviewSection(title: "")) }
            sections[sections.count - 1].criteria.append(ReviewCriterion(heading: heading))
            return ReviewCriterionPath(section: sections.count - 1, criterion: sections[sections.count - 1].criteria.count - 1)
        case .item:
            if sections.isEmpty { sections.append(ReviewSection(title: "")) }
            let s = sections.count - 1
            // An item belongs to the last group, unless items have started directly in the section.
            if let last = sections[s].criteria.indices.last, sections[s].criteria[last].code?.contains(".") == true {
                sections[s].criteria[last].subcriteria.append(ReviewCriterion(heading: heading))
                return ReviewCriterionPath(section: s, criterion: last, item: sections[s].criteria[last].subcriteria.count - 1)
            }
            sections[s].criteria.append(ReviewCriterion(heading: heading))
            return ReviewCriterionPath(section: s, criterion: sections[s].criteria.count - 1)
        }
    }

    /// The criterion at a path.
    public subscript(path: ReviewCriterionPath) -> ReviewCriterion {
        get {
            let criterion = sections[path.section].criteria[path.criterion]
            return path.item.map { criterion.subcriteria[$0] } ?? criterion
        }
        set {
            if let item = path.item {
                sections[path.section].criteria[path.criterion].subcriteria[item] = newValue
            } else {
                sections[path.section].criteria[path.criterion] = newValue
            }
        }
    }
}
