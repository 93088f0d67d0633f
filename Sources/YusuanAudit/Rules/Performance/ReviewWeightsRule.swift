import YusuanCore
import YusuanDocuments

/// The weights of an 编审表 add up: a group's items to the group's weight, a section's
/// criteria to the section's weight, the sections to 100.
///
/// Weights are set by the form, not computed, so they must agree exactly; a sheet whose
/// weights do not add up scores out of something other than 100, and its total means
/// nothing. A weight the reader did not find keeps the sum it belongs to unchecked.
public struct ReviewWeightsRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "review.weights", severity: .error,
        title: .init(zh: "编审表权重逐级相加一致，各部分合计 100 分", en: "review weights add up at every level, and the sections to 100"),
        reason: .init(zh: "各要点分值之和应等于上级分值，各部分之和应为 100 分；对不上，说明分值印错或漏印了要点，总分也就失去意义。",
                      en: "The weights under a heading must add up to its weight and the sections to 100; otherwise a weight is misprinted or a criterion is missing, and the total means nothing."),
        source: RuleSource.performanceEvaluation)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let sheets = context.document.project?.reviewSheets ?? []
        return sheets.indices.flatMap { index in check(sheets[index], places: ReviewSheetPlaces(context.document, sheet: index), context) }
    }

    private func check(_ sheet: ReviewSheet, places: ReviewSheetPlaces, _ context: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for (s, section) in sheet.sections.enumerated() {
            for (c, criterion) in section.criteria.enumerated() where criterion.isGroup {
                let path = ReviewCriterionPath(section: s, criterion: c)
                guard let weight = criterion.weight, let sum = Self.sum(criterion.subcriteria.map(\.weight)), sum != weight else { continue }
                findings.append(context.finding(
                    self, at: places.heading(path), expected: sum.description, found: weight.description,
                    message: .init(
                        zh: "\(places.name) “\(criterion.printedName)”的分值为 \(weight) 分，其下 \(criterion.subcriteria.count) 个要点的分值之和为 \(sum) 分",
                        en: "\(places.name): \"\(criterion.printedName)\" is worth \(weight), but its \(criterion.subcriteria.count) items are worth \(sum) together"),
                    related: criterion.subcriteria.indices.map { places.heading(ReviewCriterionPath(section: s, criterion: c, item: $0)) }))
            }
            guard let weight = section.weight, !section.criteria.isEmpty, let sum = Self.sum(section.criteria.map(\.weight)),
                  sum != weight else { continue }
            findings.append(context.finding(
                self, at: places.section(s), expected: sum.description, found: weight.description,
                message: .init(
                    zh: "\(places.name) “\(section.printedName)”的分值为 \(weight) 分，其下 \(section.criteria.count) 个要点的分值之和为 \(sum) 分",
                    en: "\(places.name): \"\(section.printedName)\" is worth \(weight), but its \(section.criteria.count) criteria are worth \(sum) together"),
                related: section.criteria.indices.map { places.heading(ReviewCriterionPath(section: s, criterion: $0)) }))
        }
        let hundred = DecimalNumber(100)
        if !sheet.sections.isEmpty, let sum = Self.sum(sheet.sections.map(\.weight)), sum != hundred {
            let parts = sheet.sections.compactMap(\.weight).map(\.description).joined(separator: " + ")
            findings.append(context.finding(
                self, at: places.whole(), expected: "100", found: sum.description,
                message: .init(zh: "\(places.name) 各部分分值 \(parts) 合计 \(sum) 分，而不是 100 分",
                               en: "\(places.name): the sections are worth \(parts) = \(sum), not 100"),
                related: sheet.sections.indices.map { places.section($0) }))
        }
        return findings
    }

    /// The sum of the weights, nil when one is missing.
    static func sum(_ weights: [DecimalNumber?]) -> DecimalNumber? {
        guard weights.allSatisfy({ $0 != nil }) else { return nil }
        return weights.compactMap { $0 }.sum()
    }
}
