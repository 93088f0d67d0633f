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
            guard let unit = indicator.unit, let measure = Measure(name: indicator.name), measure.misfits.contains(unit.kind) else {
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

    /// What an indicator's name says it measures.
    enum Measure {
        case households, rate, area, time, count

        /// From the end of the name, without a bracketed note (`（户）`) or a trailing `指标`.
        init?(name: String) {
            var key = TextNormalization.removingSpaces(TextNormalization.halfWidth(name))
            if key.hasSuffix(")"), let open = key.lastIndex(of: "(") { key = String(key[..<open]) }
            if key.hasSuffix("指标") { key.removeLast(2) }
            func ends(_ suffixes: [String]) -> Bool { suffixes.contains { key.hasSuffix($0) } }
            if ends(["户数"]) {
                self = .households
            } else if ends(["率", "满意度", "满意程度", "占比", "比例", "比重"]) {
                self = .rate
            } else if ends(["面积"]) {
                self = .area
            } else if ends(["时间", "时限", "日期", "期限", "工期"]) {
                self = .time
            } else if ends(["数", "数量"]),
                      !ends(["指数", "系数", "分数", "倍数", "基数", "参数", "天数", "日数", "年数", "月数", "时数", "周数"]) {
                self = .count
            } else {
                return nil
            }
        }

        /// Unit kinds that cannot measure it. Kinds not listed may (a 满意度 in 分, a count of
        /// enterprises in 个), and unrecognised units (`other`) are never judged.
        var misfits: Set<MeasureUnit.Kind> {
            switch self {
            case .households: [.percent, .time, .area, .money, .length, .score]
            case .rate: [.area, .households, .count, .time, .money, .length]
            case .area: [.percent, .households, .count, .time, .money, .length, .score]
            case .time: [.percent, .area, .households, .money, .length, .score]
            case .count: [.percent, .time]
            }
        }

        var chineseName: String {
            switch self {
            case .households: "户数"
            case .rate: "比率"
            case .area: "面积"
            case .time: "时间或期限"
            case .count: "数量"
            }
        }

        var englishName: String {
            switch self {
            case .households: "a number of households"
            case .rate: "a rate"
            case .area: "an area"
            case .time: "a date or deadline"
            case .count: "a count"
            }
        }

        var expected: BilingualMessage {
            switch self {
            case .households: .init(zh: "户、家", en: "households (户, 家)")
            case .rate: .init(zh: "%", en: "a percentage (%)")
            case .area: .init(zh: "平方米、亩、公顷等面积单位", en: "a unit of area (平方米, 亩, 公顷)")
            case .time: .init(zh: "年、季度、月、日等时间单位", en: "a unit of time (年, 季度, 月, 日)")
            case .count: .init(zh: "个、人、次、项等计数单位", en: "a unit that counts (个, 人, 次, 项)")
            }
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
