import YusuanCore
import YusuanDocuments

/// A 定量 indicator says how its result is compared with its value (=, ≥, ≤, >, <).
///
/// Without a 指标性质, `90` may be a floor or a ceiling, and the result cannot be scored; a
/// 定量 indicator whose 指标性质 reads 定性 contradicts itself.
public struct IndicatorComparatorRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "indicator.comparator", severity: .warning,
        title: .init(zh: "定量指标注明指标性质（=、≥、≤ 等）", en: "every quantitative indicator has a comparator (=, ≥, ≤ …)"),
        reason: .init(zh: "没有指标性质，指标值是下限还是上限无从判断，实际完成情况也就无法评分。",
                      en: "Without a comparator, the value may be a floor or a ceiling, and the result cannot be scored."),
        source: RuleSource.indicatorGuide)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let indicators = context.document.project?.target.indicators, !indicators.isEmpty else { return [] }
        let places = IndicatorPlaces(context.document, indicators: indicators)
        return indicators.enumerated().compactMap { index, indicator in
            guard let problem = indicator.comparatorProblem else { return nil }
            let location = places.location(index, name: indicator.name, column: .indicatorComparator)
            if problem == .qualitative {
                return context.finding(
                    self, at: location, expected: "=、≥、≤、>、<", found: IndicatorComparator.qualitative.symbol,
                    message: .init(zh: "指标“\(indicator.name)”的指标类型为定量，指标性质却为“定性”",
                                   en: "The indicator \"\(indicator.name)\" is quantitative by its type, but its comparator reads 定性 (qualitative)"))
            }
            return context.finding(
                self, at: location, expected: "=、≥、≤、>、<",
                message: .init(zh: "定量指标“\(indicator.name)”未注明指标性质（=、≥、≤ 等），无法判断指标值“\(indicator.targetValue.text)”是下限还是上限",
                               en: "The quantitative indicator \"\(indicator.name)\" has no comparator (=, ≥, ≤ …): its value \"\(indicator.targetValue.text)\" may be a floor or a ceiling"))
        }
    }
}
