import Foundation
import YusuanCore

/// The self-evaluation facts as a unit writes them in JSON (docs/self-evaluation.md): amounts
/// as decimal strings in the file's unit, categories, comparators and bands in Chinese or as
/// Yusuan's identifiers. Reading is all-or-nothing: the first bad value is reported by place.
public enum SelfEvaluationInput {
    struct File: Decodable {
        var department: String?
        var fiscalYear: Int?
        var moneyScale: String?
        var groups: [Group]
    }

    struct Group: Decodable {
        var agency: String
        var projects: [Project]
    }

    struct Project: Decodable {
        var sequence: String?
        var name: String
        var budget: Amounts
        var actual: Amounts
        var goal: String?
        var goalResult: String?
        var indicators: [Indicator]?
        var problems: String?
        var rectification: String?
    }

    struct Amounts: Decodable {
        var total: String?
        var generalPublic: String?
        var governmentFund: String?
        var nonFiscal: String?
    }

    struct Indicator: Decodable {
        var name: String
        var category: String
        var comparator: String?
        var target: String?
        var actual: String?
        var unit: String?
        var attainment: String?
        var rate: String?
        var weight: String?
    }

    /// The facts in a JSON file's bytes.
    public static func read(_ data: Data) throws(SelfEvaluationInputError) -> SelfEvaluation {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw SelfEvaluationInputError(place: "", reason: .init(zh: "不是有效的自评 JSON：\(error)", en: "not valid self-evaluation JSON: \(error)"))
        }
        let scale: MoneyScale
        if let label = file.moneyScale {
            guard let parsed = MoneyScale(label: label) ?? MoneyScale(rawValue: label) else {
                throw SelfEvaluationInputError(place: "moneyScale", reason: .init(zh: "不认识的金额单位“\(label)”", en: "unknown money unit \"\(label)\""))
            }
            scale = parsed
        } else {
            scale = .tenThousandYuan
        }
        var evaluation = SelfEvaluation(department: file.department, fiscalYear: file.fiscalYear, moneyScale: scale)
        for (g, group) in file.groups.enumerated() {
            var projects: [ProjectSelfEvaluation] = []
            for (p, project) in group.projects.enumerated() {
                let place = "groups[\(g)].projects[\(p)]"
                projects.append(ProjectSelfEvaluation(
                    sequence: project.sequence, name: project.name, agency: group.agency,
                    budget: try amounts(project.budget, scale, "\(place).budget"),
                    actual: try amounts(project.actual, scale, "\(place).actual"),
                    goal: project.goal, goalResult: project.goalResult,
                    indicators: try (project.indicators ?? []).enumerated().map { i, indicator throws(SelfEvaluationInputError) in
                        try self.indicator(indicator, "\(place).indicators[\(i)]")
                    },
                    problems: project.problems, rectification: project.rectification))
            }
            evaluation.groups.append(.init(agency: group.agency, projects: projects))
        }
        return evaluation
    }

    static func amounts(_ amounts: Amounts, _ scale: MoneyScale, _ place: String) throws(SelfEvaluationInputError) -> SelfEvaluationAmounts {
        func money(_ text: String?, _ field: String) throws(SelfEvaluationInputError) -> Money? {
            guard let text, !text.isEmpty else { return nil }
            guard let value = DecimalNumber(text), let money = Money(exactly: value, in: scale) else {
                throw SelfEvaluationInputError(place: "\(place).\(field)", reason: .init(
                    zh: "“\(text)”不是\(scale.label)金额（精确到分）", en: "\"\(text)\" is not an amount in \(scale.englishLabel) (to the fen)"))
            }
            return money
        }
        return SelfEvaluationAmounts(total: try money(amounts.total, "total"), generalPublic: try money(amounts.generalPublic, "generalPublic"),
                                     governmentFund: try money(amounts.governmentFund, "governmentFund"),
                                     nonFiscal: try money(amounts.nonFiscal, "nonFiscal"))
    }

    static func indicator(_ input: Indicator, _ place: String) throws(SelfEvaluationInputError) -> IndicatorCompletion {
        guard let category = IndicatorCategory(rawValue: input.category) ?? IndicatorCategory(text: input.category) else {
            throw SelfEvaluationInputError(place: "\(place).category", reason: .init(
                zh: "不认识的二级指标“\(input.category)”", en: "unknown indicator category \"\(input.category)\""))
        }
        var comparator: IndicatorComparator?
        if let text = input.comparator {
            guard let parsed = IndicatorComparator(text: text) else {
                throw SelfEvaluationInputError(place: "\(place).comparator", reason: .init(zh: "不认识的指标性质“\(text)”", en: "unknown comparator \"\(text)\""))
            }
            comparator = parsed
        }
        var attainment: Attainment?
        if let text = input.attainment {
            guard let parsed = Attainment(text: text) else {
                throw SelfEvaluationInputError(place: "\(place).attainment", reason: .init(
                    zh: "达成情况应为 达成 / 部分达成 / 未达成，而不是“\(text)”", en: "attainment must be achieved / partlyAchieved / notAchieved, not \"\(text)\""))
            }
            attainment = parsed
        }
        func number(_ text: String?, _ field: String) throws(SelfEvaluationInputError) -> DecimalNumber? {
            guard let text else { return nil }
            guard let value = DecimalNumber(text) else {
                throw SelfEvaluationInputError(place: "\(place).\(field)", reason: .init(zh: "“\(text)”不是数字", en: "\"\(text)\" is not a number"))
            }
            return value
        }
        return IndicatorCompletion(
            name: input.name, category: category, comparator: comparator, target: TargetValue(input.target ?? ""),
            actual: input.actual.map(TargetValue.init), unit: input.unit.flatMap { MeasureUnit(printed: $0) },
            attainment: attainment, attainmentRate: try number(input.rate, "rate"), weight: try number(input.weight, "weight"))
    }
}

/// Self-evaluation JSON that cannot be read, with the place of the bad value.
public struct SelfEvaluationInputError: YusuanError, Hashable {
    public var place: String
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        let at = place.isEmpty ? "" : "（\(place)）"
        return .init(zh: "自评数据有误\(at)：\(reason.zh)", en: "bad self-evaluation data\(place.isEmpty ? "" : " at \(place)"): \(reason.en)")
    }
}
