/// One indicator of a self-evaluation: what was targeted (年度指标值) and what was done
/// (实际完成值), or for a qualitative indicator the band the evaluator put it in.
public struct IndicatorCompletion: Sendable, Hashable, Codable {
    /// 三级指标 (`验收合格率`).
    public var name: String
    /// 二级指标, when known.
    public var category: IndicatorCategory?
    /// 一级指标, when printed; else the category's.
    public var tier: IndicatorTier?
    /// 指标性质; nil reads as `≥` (a target is a level to reach).
    public var comparator: IndicatorComparator?
    /// 年度指标值 as printed, with its number.
    public var target: TargetValue
    /// 实际完成值 as printed, with its number; nil when none is reported.
    public var actual: TargetValue?
    /// 度量单位.
    public var unit: MeasureUnit?
    /// For a qualitative indicator: the band it reached.
    public var attainment: Attainment?
    /// For a qualitative indicator: the share (in %) of its points within the band.
    public var attainmentRate: DecimalNumber?
    /// 分值 the unit set; nil shares its tier's weight equally.
    public var weight: DecimalNumber?
    /// Why a reader could not take a target or a result from the printed text.
    public var note: String?

    public init(name: String, category: IndicatorCategory? = nil, tier: IndicatorTier? = nil,
                comparator: IndicatorComparator? = nil, target: TargetValue = TargetValue(""), actual: TargetValue? = nil,
                unit: MeasureUnit? = nil, attainment: Attainment? = nil, attainmentRate: DecimalNumber? = nil,
                weight: DecimalNumber? = nil, note: String? = nil) {
        self.name = name
        self.category = category
        self.tier = tier
        self.comparator = comparator
        self.target = target
        self.actual = actual
        self.unit = unit
        self.attainment = attainment
        self.attainmentRate = attainmentRate
        self.weight = weight
        self.note = note
    }

    /// The tier it is scored under; 成本 counts as 产出 (10号 files cost under output).
    public var scoredTier: IndicatorTier? {
        switch tier ?? category?.tier {
        case .cost: .output
        case let other: other
        }
    }

    /// Qualitative when it says so, or when it is graded in a band rather than measured.
    public var isQualitative: Bool {
        comparator == .qualitative || (attainment != nil && actual?.number == nil)
    }
}
