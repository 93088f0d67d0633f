/// 绩效目标: what a project means to achieve — its yearly goals in words (年度目标) and the
/// indicators that measure them (绩效指标).
public struct PerformanceTarget: Sendable, Hashable, Codable {
    /// 年度目标, one per 财年 as printed.
    public var yearGoals: [YearGoal]
    /// 绩效指标, in printed order.
    public var indicators: [Indicator]

    public init(yearGoals: [YearGoal] = [], indicators: [Indicator] = []) {
        self.yearGoals = yearGoals
        self.indicators = indicators
    }

    public var isEmpty: Bool { yearGoals.isEmpty && indicators.isEmpty }

    /// The goal stated for a fiscal year.
    public func goal(for fiscalYear: Int) -> YearGoal? {
        yearGoals.first { $0.fiscalYear == fiscalYear }
    }

    /// The indicators under a tier (printed, or implied by their category).
    public func indicators(in tier: IndicatorTier) -> [Indicator] {
        indicators.filter { $0.effectiveTier == tier }
    }

    /// The indicators of a category.
    public func indicators(in category: IndicatorCategory) -> [Indicator] {
        indicators.filter { $0.category == category }
    }

    /// The indicators measured against a number (定量).
    public var quantitativeIndicators: [Indicator] { indicators.filter(\.isMeasured) }
}
