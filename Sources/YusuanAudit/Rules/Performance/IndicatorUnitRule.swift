import YusuanCore
import YusuanDocuments

/// An indicator's 度量单位 fits what its name measures.
///
/// What a name measures is read from how it ends — `…户数`, `…率`/`…满意度`, `…面积`,
/// `…时间`/`…时限`, `…数量`/`…人数` — and its unit's kind from `MeasureUnit`. The rule
/// speaks only when the two cannot go together (a deadline in %, a number of households in
/// 年); a unit it does not recognise, or a name that says nothing, keeps it quiet.
public struct IndicatorUnitRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "indicator.unit", severity: .warning,
        title: .init(zh: "指标的度量单位与指标名称相符", en: "every indicator's unit fits what its name measures"),
        reason: .init(zh: "单位与指标所衡量的量不符（时间用%、户数用年），指标值便无法理解，考核时也无从比较。",
                      en: "A unit that does not fit what the indicator measures (a deadline in %, households in years) leaves its value meaningless and the result impossible to compare."),
        source: RuleSource.indicatorGuide)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let indicators = context.document.project?.target.indicators, !indicators.isEmpty else { return [] }
        let places = IndicatorPlaces(context.document, indicators: indicators)
        return indicators.enumerated().compactMap { index, indicator in
            guard let unit = indicator.unit, let measure = indicator.unitMisfit else {
                return nil
            }
            return context.finding(
                self, at: places.location(index, name: indicator.name, column: .indicatorUnit),
                expected: "\(measure.expected.zh) / \(measure.expected.en)", found: unit.text,
                message: .init(
                    zh: "指标“\(indicator.name)”衡量\(measure.chineseName)，度量单位却为“\(unit.text)”（\(unit.kind.chineseName)）；应为\(measure.expected.zh)",
                    en: "The indicator \"\(indicator.name)\" measures \(measure.englishName), but its unit is \"\(unit.text)\" (\(Self.englishName(unit.kind))); expected \(measure.expected.en)"))
        }
    }

    static func englishName(_ kind: MeasureUnit.Kind) -> String {
        switch kind {
        case .area: "an area"
        case .percent: "a percentage"
        case .households: "households"
        case .count: "a count"
        case .time: "a time"
        case .money: "money"
        case .length: "a length"
        case .score: "a score"
        case .other: "another unit"
        }
    }
}
