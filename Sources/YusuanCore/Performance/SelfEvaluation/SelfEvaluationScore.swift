/// A project's self-evaluation score, part by part, with why any part could not be scored.
public struct SelfEvaluationScore: Sendable, Hashable, Codable {
    public var execution: ExecutionScore
    public var indicators: [IndicatorScore]
    public var tiers: [TierScore]

    /// 总分, rounded to 2 decimals; nil when any part could not be scored.
    public var total: DecimalNumber?
    /// Where the total lies given what could be scored: exact when everything was, else from
    /// the points earned to those plus every unscored part's full weight.
    public var range: Interval
    /// 等级: of the total, or of the range when the range lies within one grade.
    public var grade: Grade?

    public init(execution: ExecutionScore, indicators: [IndicatorScore], tiers: [TierScore], total: DecimalNumber?,
                range: Interval, grade: Grade?) {
        self.execution = execution
        self.indicators = indicators
        self.tiers = tiers
        self.total = total
        self.range = range
        self.grade = grade
    }

    public var isComplete: Bool { total != nil }

    /// Why parts could not be scored, in order.
    public var unscoredReasons: [BilingualMessage] {
        [execution.reason].compactMap { $0 } + indicators.compactMap(\.reason)
            + tiers.filter { $0.points == nil }.compactMap(\.note)
    }

    /// How the weights were applied where the rule leaves a choice (a tier without indicators).
    public var notes: [BilingualMessage] { tiers.filter { $0.points != nil }.compactMap(\.note) }
}

/// 预算执行率 and its points.
public struct ExecutionScore: Sendable, Hashable, Codable {
    public var weight: DecimalNumber
    /// 执行率 in %, 2 decimals; nil when undefined.
    public var rate: DecimalNumber?
    /// Points, 2 decimals; nil when not scored.
    public var points: DecimalNumber?
    public var reason: BilingualMessage?

    public init(weight: DecimalNumber, rate: DecimalNumber?, points: DecimalNumber?, reason: BilingualMessage?) {
        self.weight = weight
        self.rate = rate
        self.points = points
        self.reason = reason
    }
}

/// One indicator's points.
public struct IndicatorScore: Sendable, Hashable, Codable {
    public var name: String
    public var tier: IndicatorTier?
    /// Its share of its tier's weight.
    public var weight: DecimalNumber?
    /// The share of its weight earned, in % (2 decimals); nil when not scored.
    public var rate: DecimalNumber?
    /// Points, 2 decimals; nil when not scored.
    public var points: DecimalNumber?
    public var method: Method?
    public var reason: BilingualMessage?

    public init(name: String, tier: IndicatorTier?, weight: DecimalNumber?, rate: DecimalNumber?, points: DecimalNumber?,
                method: Method?, reason: BilingualMessage?) {
        self.name = name
        self.tier = tier
        self.weight = weight
        self.rate = rate
        self.points = points
        self.method = method
        self.reason = reason
    }

    /// Which formula gave the points.
    public enum Method: String, Sendable, Hashable, Codable {
        /// 完成指标值: full points.
        case met
        /// 未完成: 完成值 ÷ 指标值 of the points.
        case proportional
        /// A ≤ indicator exceeded: 指标值 ÷ 完成值 of the points.
        case reverseProportional
        /// 定性: the evaluator's band.
        case qualitative
    }
}

/// An indicator tier's points.
public struct TierScore: Sendable, Hashable, Codable {
    public var tier: IndicatorTier
    /// The weight after redistribution (a tier without indicators passes its weight on).
    public var weight: DecimalNumber
    /// Points, 2 decimals; nil when an indicator of it was not scored.
    public var points: DecimalNumber?
    public var note: BilingualMessage?

    public init(tier: IndicatorTier, weight: DecimalNumber, points: DecimalNumber?, note: BilingualMessage? = nil) {
        self.tier = tier
        self.weight = weight
        self.points = points
        self.note = note
    }
}
