/// The quality checks of a 绩效目标, shared by the auditor's indicator.* rules (on a printed
/// 绩效目标表) and the project library (on a target being written): one predicate each, here.
extension Indicator {
    /// Whether the indicator must state a number: 定量 by its 指标类型, or, when none is
    /// printed, by an inequality as its 指标性质 (`indicator.value`).
    public var requiresNumericValue: Bool {
        if let printed = isQuantitative { return printed }
        guard let comparator else { return false }
        return comparator.isQuantitative && comparator != .equal
    }

    /// A quantitative indicator without a usable 指标性质 (`indicator.comparator`).
    public enum ComparatorProblem: Sendable, Hashable {
        /// No comparator: the value may be a floor or a ceiling.
        case missing
        /// 定量 by its type, 定性 by its comparator.
        case qualitative
    }

    public var comparatorProblem: ComparatorProblem? {
        guard isQuantitative == true, comparator?.isQuantitative != true else { return nil }
        return comparator == .qualitative ? .qualitative : .missing
    }

    /// The measure its name states when its unit cannot measure it (`indicator.unit`).
    public var unitMisfit: IndicatorMeasure? {
        guard let unit, let measure = IndicatorMeasure(name: name), !measure.fits(unit) else { return nil }
        return measure
    }

    /// A quantitative 服务对象满意度 indicator whose unit is not a percentage.
    public var isSatisfactionOutOfPercent: Bool {
        guard effectiveTier == .satisfaction, isMeasured, let unit else { return false }
        return unit.kind != .percent
    }
}

extension PerformanceTarget {
    /// The tiers every target needs: 产出, 效益, 满意度 (成本 is optional).
    public static let requiredTiers: [IndicatorTier] = [.output, .outcome, .satisfaction]

    /// The required tiers no indicator is in; nil when some indicator's tier is unknown (it
    /// may be the missing one), or when there are no indicators (`indicator.categories`).
    public var missingTiers: [IndicatorTier]? {
        guard !indicators.isEmpty, indicators.allSatisfy({ $0.effectiveTier != nil }) else { return nil }
        let present = Set(indicators.compactMap(\.effectiveTier))
        return Self.requiredTiers.filter { !present.contains($0) }
    }

    /// Every quality problem, with the id of the auditor rule that says the same of a printed
    /// table (`indicator.satisfaction-percent` has no printed-table rule yet).
    public var qualityProblems: [IndicatorProblem] {
        var found: [IndicatorProblem] = []
        for indicator in indicators {
            let name = indicator.name
            if indicator.requiresNumericValue, indicator.targetValue.number == nil {
                found.append(.init(rule: "indicator.value", indicator: name, message: .init(
                    zh: "定量指标“\(name)”的指标值“\(indicator.targetValue.text)”不是数值",
                    en: "the quantitative indicator \"\(name)\" has the value \"\(indicator.targetValue.text)\", which is not a number")))
            }
            if let problem = indicator.comparatorProblem {
                found.append(.init(rule: "indicator.comparator", indicator: name, message: problem == .missing
                    ? .init(zh: "定量指标“\(name)”未注明指标性质（=、≥、≤ 等）", en: "the quantitative indicator \"\(name)\" has no comparator")
                    : .init(zh: "指标“\(name)”的指标类型为定量，指标性质却为“定性”", en: "the indicator \"\(name)\" is quantitative, but its comparator reads 定性")))
            }
            if let measure = indicator.unitMisfit, let unit = indicator.unit {
                found.append(.init(rule: "indicator.unit", indicator: name, message: .init(
                    zh: "指标“\(name)”衡量\(measure.chineseName)，度量单位却为“\(unit.text)”；应为\(measure.expected.zh)",
                    en: "the indicator \"\(name)\" measures \(measure.englishName), but its unit is \"\(unit.text)\"; expected \(measure.expected.en)")))
            }
            if indicator.isSatisfactionOutOfPercent, let unit = indicator.unit {
                found.append(.init(rule: "indicator.satisfaction-percent", indicator: name, message: .init(
                    zh: "满意度指标“\(name)”的度量单位为“\(unit.text)”，应以 % 表示",
                    en: "the satisfaction indicator \"\(name)\" is in \"\(unit.text)\"; satisfaction is expressed in %")))
            }
        }
        for tier in missingTiers ?? [] {
            found.append(.init(rule: "indicator.categories", indicator: nil, message: .init(
                zh: "绩效目标没有\(tier.chineseName)", en: "the target has no \(tier.englishName) indicator")))
        }
        return found
    }
}

/// A quality problem of a 绩效目标, named by the auditor rule that checks the same.
public struct IndicatorProblem: Sendable, Hashable, Codable {
    public var rule: String
    /// The indicator, or nil for the target as a whole.
    public var indicator: String?
    public var message: BilingualMessage

    public init(rule: String, indicator: String?, message: BilingualMessage) {
        self.rule = rule
        self.indicator = indicator
        self.message = message
    }
}
