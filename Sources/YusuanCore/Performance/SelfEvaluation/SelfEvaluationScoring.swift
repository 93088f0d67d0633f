/// The scoring of a project's self-evaluation by 财预〔2020〕10号 (`SelfEvaluationRule.source`),
/// with configurable weights. Pure: the same facts and weights always give the same score.
///
/// - 预算执行率: 实际支出 ÷ 预算 of its weight, capped at the full weight.
/// - Each indicator tier's weight is shared by its indicators, equally or by the 分值 the unit
///   set (taken as relative shares); a tier without indicators passes its weight on to the
///   others in proportion to theirs.
/// - A quantitative indicator scores by `completion(of:)`; a qualitative one by its band.
/// - 总分 is the sum, rounded to 2 decimals, and its grade by `Grade(score:)`.
public struct SelfEvaluationScoring: Sendable {
    public var weights: SelfEvaluationWeights

    public init(weights: SelfEvaluationWeights = .national) {
        self.weights = weights
    }

    /// The share of an indicator's points it earns (0…1), and by which formula; or why it
    /// cannot be scored.
    public static func completion(of indicator: IndicatorCompletion)
        -> Result<(share: DecimalNumber, method: IndicatorScore.Method), ScoringGap> {
        // The reader could not take a target or a result from the printed text: say why.
        if let note = indicator.note, indicator.attainment == nil {
            return .failure(ScoringGap(.init(zh: "指标“\(indicator.name)”：\(note)",
                                             en: "the indicator \"\(indicator.name)\": \(note)")))
        }
        if indicator.isQualitative || (indicator.attainment != nil && indicator.target.number == nil) {
            return qualitativeCompletion(of: indicator)
        }
        guard let target = indicator.target.number else {
            return .failure(ScoringGap(.init(
                zh: "指标“\(indicator.name)”没有数字指标值\(printed(indicator.target.text))，无法按完成比例计分",
                en: "the indicator \"\(indicator.name)\" has no numeric target\(printed(indicator.target.text)), so it cannot be scored in proportion")))
        }
        guard let actual = indicator.actual?.number else {
            return .failure(ScoringGap(.init(
                zh: "指标“\(indicator.name)”没有数字完成值\(printed(indicator.actual?.text ?? ""))",
                en: "the indicator \"\(indicator.name)\" reports no numeric result\(printed(indicator.actual?.text ?? ""))")))
        }
        if indicator.comparator?.isUpperBound == true {
            // 反向指标 (≤, <): at or under the target is met; over it earns 指标值 ÷ 完成值.
            if actual <= target { return .success((1, .met)) }
            guard target.signum > 0 else { return .success((0, .reverseProportional)) }
            return .success((ratio(target, actual), .reverseProportional))
        }
        // `= 0` (安全事故 = 0 起) is a ceiling: anything above it misses the target entirely.
        if indicator.comparator == .equal, target.isZero {
            return .success(actual.signum <= 0 ? (1, .met) : (0, .reverseProportional))
        }
        // ≥, >, = and an unstated comparator: reaching the target (or passing it) is met;
        // short of it earns 完成值 ÷ 指标值, never below 0.
        if actual >= target { return .success((1, .met)) }
        guard target.signum > 0, actual.signum > 0 else { return .success((0, .proportional)) }
        return .success((ratio(actual, target), .proportional))
    }

    private static func qualitativeCompletion(of indicator: IndicatorCompletion)
        -> Result<(share: DecimalNumber, method: IndicatorScore.Method), ScoringGap> {
        guard let attainment = indicator.attainment else {
            return .failure(ScoringGap(.init(
                zh: "定性指标“\(indicator.name)”需由评价人定档（达成 / 部分达成 / 未达成）",
                en: "the qualitative indicator \"\(indicator.name)\" needs the evaluator's band (achieved / partly / not achieved)")))
        }
        let rate = indicator.attainmentRate ?? attainment.defaultRate
        guard attainment.admits(rate) else {
            let band = attainment.band
            return .failure(ScoringGap(.init(
                zh: "定性指标“\(indicator.name)”定为\(attainment.chineseName)，得分比例 \(rate)% 不在该档 \(band.lower)%–\(band.upper)% 之内",
                en: "the qualitative indicator \"\(indicator.name)\" is \(attainment.rawValue), but \(rate)% lies outside its band \(band.lower)%–\(band.upper)%")))
        }
        return .success((rate.divided(by: 100, decimals: shareDecimals)!, .qualitative))
    }

    /// 预算执行率 as a share (uncapped), or why it is undefined. A budget of 0 has no rate,
    /// as the auditor's `selfeval.undefined-rate` says of printed tables.
    public static func executionShare(budget: Money?, actual: Money?) -> Result<DecimalNumber, ScoringGap> {
        guard let budget, let actual else {
            return .failure(ScoringGap(.init(zh: "缺少预算数或实际支出数，执行率无法计算",
                                             en: "the budget or the actual spending is missing, so there is no execution rate")))
        }
        guard !budget.isZero else {
            return .failure(ScoringGap(.init(
                zh: "预算为 0，执行率（\(actual.yuan) ÷ 0）没有定义",
                en: "the budget is 0, so the execution rate (\(actual.yuan) ÷ 0) is undefined")))
        }
        return .success(ratio(actual.yuan, budget.yuan))
    }

    /// Why a part could not be scored.
    public struct ScoringGap: Error, Sendable, Hashable {
        public var reason: BilingualMessage
        public init(_ reason: BilingualMessage) { self.reason = reason }
    }

    static let shareDecimals = 6

    static func ratio(_ numerator: DecimalNumber, _ denominator: DecimalNumber) -> DecimalNumber {
        numerator.divided(by: denominator, decimals: shareDecimals)!
    }

    private static func printed(_ text: String) -> String {
        text.isEmpty ? "" : "（“\(text.count > 40 ? String(text.prefix(40)) + "…" : text)”）"
    }
}
