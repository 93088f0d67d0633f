import Foundation

/// A bureau's own 编审表, as a JSON file: a title, which of the two standard kinds it stands
/// for, and its headings one per line in outline order, weights in brackets as forms print
/// them (`一、项目目标(30分)`, `1.1项目依据是否充分(10分)`, `(1)…(10分)`).
public struct ReviewTemplate: Sendable, Hashable, Codable {
    public var title: String
    public var kind: ReviewSheet.Kind?
    public var outline: [String]

    public init(title: String, kind: ReviewSheet.Kind? = nil, outline: [String]) {
        self.title = title
        self.kind = kind
        self.outline = outline
    }

    /// A template read from a JSON file's bytes.
    public init(json data: Data) throws(ReviewTemplateError) {
        do {
            self = try JSONDecoder().decode(ReviewTemplate.self, from: data)
        } catch {
            throw ReviewTemplateError(reason: .init(zh: "不是有效的编审表模板：\(error)", en: "not a valid review template: \(error)"))
        }
    }

    /// The blank sheet, checked: every line is a heading; sections weigh 100 together; each
    /// section's criteria and each group's items add up to its weight.
    public func sheet() throws(ReviewTemplateError) -> ReviewSheet {
        var sheet = ReviewSheet(title: title, kind: kind)
        for line in outline {
            guard let heading = ReviewHeading(text: line) else {
                throw ReviewTemplateError(reason: .init(zh: "“\(line)”不是带编号的标题（一、 / 1.1 / (1)）",
                                                        en: "\"\(line)\" is not a numbered heading (一、 / 1.1 / (1))"))
            }
            sheet.add(heading)
        }
        guard !sheet.leaves.isEmpty else {
            throw ReviewTemplateError(reason: .init(zh: "模板没有评分项", en: "the template has no scored items"))
        }
        if let item = sheet.leaves.first(where: { $0.weight == nil }) {
            throw ReviewTemplateError(reason: .init(zh: "评分项“\(item.title)”没有分值", en: "the item \"\(item.title)\" has no weight"))
        }
        guard sheet.totalWeight == DecimalNumber(100) else {
            throw ReviewTemplateError(reason: .init(zh: "各部分分值之和为 \(sheet.totalWeight)，应为 100",
                                                    en: "the sections weigh \(sheet.totalWeight) together, not 100"))
        }
        for section in sheet.sections where section.weight != section.criteriaWeight {
            throw ReviewTemplateError(reason: .init(
                zh: "“\(section.title)”分值 \(section.weight?.description ?? "—")，其下各项之和为 \(section.criteriaWeight)",
                en: "\"\(section.title)\" weighs \(section.weight?.description ?? "—") but its criteria add up to \(section.criteriaWeight)"))
        }
        for group in sheet.sections.flatMap(\.criteria) where group.isGroup && group.weight != group.itemsWeight {
            throw ReviewTemplateError(reason: .init(
                zh: "“\(group.title)”分值 \(group.weight?.description ?? "—")，其下各项之和为 \(group.itemsWeight)",
                en: "\"\(group.title)\" weighs \(group.weight?.description ?? "—") but its items add up to \(group.itemsWeight)"))
        }
        return sheet
    }
}

/// A template that cannot be used.
public struct ReviewTemplateError: YusuanError, Hashable {
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        .init(zh: "编审表模板有误：\(reason.zh)", en: "bad review template: \(reason.en)")
    }
}
