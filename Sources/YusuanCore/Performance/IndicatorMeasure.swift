/// What an indicator's name says it measures, read from how the name ends — `…户数`,
/// `…率`/`…满意度`, `…面积`, `…时间`/`…时限`, `…数量`/`…人数` — and the unit kinds that cannot
/// measure it. The auditor's `indicator.unit` and the indicator library share it.
public enum IndicatorMeasure: String, Sendable, Hashable, CaseIterable {
    case households, rate, area, time, count

    /// From the end of the name, without a bracketed note (`（户）`) or a trailing `指标`.
    public init?(name: String) {
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
    public var misfits: Set<MeasureUnit.Kind> {
        switch self {
        case .households: [.percent, .time, .area, .money, .length, .score]
        case .rate: [.area, .households, .count, .time, .money, .length]
        case .area: [.percent, .households, .count, .time, .money, .length, .score]
        case .time: [.percent, .area, .households, .money, .length, .score]
        case .count: [.percent, .time]
        }
    }

    public var chineseName: String {
        switch self {
        case .households: "户数"
        case .rate: "比率"
        case .area: "面积"
        case .time: "时间或期限"
        case .count: "数量"
        }
    }

    public var englishName: String {
        switch self {
        case .households: "a number of households"
        case .rate: "a rate"
        case .area: "an area"
        case .time: "a date or deadline"
        case .count: "a count"
        }
    }

    public var expected: BilingualMessage {
        switch self {
        case .households: .init(zh: "户、家", en: "households (户, 家)")
        case .rate: .init(zh: "%", en: "a percentage (%)")
        case .area: .init(zh: "平方米、亩、公顷等面积单位", en: "a unit of area (平方米, 亩, 公顷)")
        case .time: .init(zh: "年、季度、月、日等时间单位", en: "a unit of time (年, 季度, 月, 日)")
        case .count: .init(zh: "个、人、次、项等计数单位", en: "a unit that counts (个, 人, 次, 项)")
        }
    }
}

extension IndicatorMeasure {
    /// Whether a unit can measure what the name says (a unit of unknown kind always can).
    public func fits(_ unit: MeasureUnit) -> Bool { !misfits.contains(unit.kind) }
}
