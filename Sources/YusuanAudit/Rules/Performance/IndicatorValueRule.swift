import YusuanCore
import YusuanDocuments

/// A 定量 indicator states a number as its 指标值.
///
/// A quantitative indicator is scored by comparing the result with its value; `2021年一季度`
/// or `按期完成` cannot be compared, so the indicator is either qualitative or its value is
/// misplaced. An indicator is taken as quantitative when its 指标类型 says 定量, or, with no
/// 指标类型 printed, when its 指标性质 is an inequality (≥, ≤, >, <).
public struct IndicatorValueRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "indicator.value", severity: .error,
        title: .init(zh: "定量指标的指标值为数值", en: "every quantitative indicator has a numeric value"),
        reason: .init(zh: "定量指标按实际值与指标值的比较评分；指标值不是数值，就无从比较，绩效无法考核。",
                      en: "A quantitative indicator is scored by comparing the result with its value; a value that is not a number cannot be compared, so the target cannot be assessed."),
        source: RuleSource.indicatorGuide)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let indicators = context.document.project?.target.indicators, !indicators.isEmpty else { return [] }
        let places = IndicatorPlaces(context.document, indicators: indicators)
        return indicators.enumerated().compactMap { index, indicator in
            guard indicator.requiresNumericValue, indicator.targetValue.number == nil else { return nil }
            let value = indicator.targetValue.text
            let printed = value.isEmpty ? BilingualMessage(zh: "未填写指标值", en: "has no value")
                : BilingualMessage(zh: "指标值为“\(value)”，不是数值", en: "has the value \"\(value)\", which is not a number")
            return context.finding(
                self, at: places.location(index, name: indicator.name, column: .indicatorValue),
                expected: "数值 / a number", found: value,
                message: .init(zh: "定量指标“\(indicator.name)”\(printed.zh)", en: "The quantitative indicator \"\(indicator.name)\" \(printed.en)"))
        }
    }
}
