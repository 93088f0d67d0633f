/// 绩效指标: one 三级指标 of a performance target, with the tier and category it is
/// printed under. Independent of where it was read: readers keep locations apart.
public struct Indicator: Sendable, Hashable, Codable {
    /// 指标性质 (the glossary's `Comparator`).
    public typealias Comparator = IndicatorComparator

    /// 三级指标 / 指标名称 (`综合业务用房面积`).
    public var name: String
    /// 一级指标, when printed.
    public var tier: IndicatorTier?
    /// 二级指标, when printed.
    public var category: IndicatorCategory?
    /// 指标性质 (`=`, `≥`, `定性` …), when printed.
    public var comparator: Comparator?
    /// 指标值, as printed and as a number.
    public var targetValue: TargetValue
    /// 度量单位, when printed.
    public var unit: MeasureUnit?
    /// 指标类型: true for 定量指标, false for 定性指标, nil when the form says neither.
    public var isQuantitative: Bool?
    /// 绩效指标值设定依据及数据来源.
    public var basis: String?
    /// 说明 / 备注.
    public var note: String?
    /// 是否核心指标, when printed.
    public var isCore: Bool?

    public init(name: String, tier: IndicatorTier? = nil, category: IndicatorCategory? = nil,
                comparator: Comparator? = nil, targetValue: TargetValue = TargetValue(""), unit: MeasureUnit? = nil,
                isQuantitative: Bool? = nil, basis: String? = nil, note: String? = nil, isCore: Bool? = nil) {
        self.name = name
        self.tier = tier
        self.category = category
        self.comparator = comparator
        self.targetValue = targetValue
        self.unit = unit
        self.isQuantitative = isQuantitative
        self.basis = basis
        self.note = note
        self.isCore = isCore
    }

    /// The tier the indicator is under: the printed one, else its category's.
    public var effectiveTier: IndicatorTier? { tier ?? category?.tier }

    /// Whether the indicator is measured against a number: the printed 指标类型 when there is
    /// one, else what the comparator says.
    public var isMeasured: Bool {
        isQuantitative ?? comparator.map(\.isQuantitative) ?? (targetValue.number != nil)
    }

    /// Reads an 指标类型 cell: `定量指标`/`定量` → true, `定性指标`/`定性` → false.
    public static func quantitative(fromType text: String) -> Bool? {
        let key = PerformanceText.key(text)
        if key.hasPrefix("定量") { return true }
        if key.hasPrefix("定性") { return false }
        return nil
    }
}
