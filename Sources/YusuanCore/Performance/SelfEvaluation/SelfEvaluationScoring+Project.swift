/// Scoring a whole project: execution rate, tiers, total and grade.
extension SelfEvaluationScoring {
    public func score(_ project: ProjectSelfEvaluation) -> SelfEvaluationScore {
        let execution = scoreExecution(budget: project.budget.effectiveTotal, actual: project.actual.effectiveTotal)
        var indicators: [IndicatorScore] = []
        var tiers: [TierScore] = []
        var lower = execution.points ?? .zero
        var unscored = execution.points == nil ? weights.executionRate : .zero

        let byTier = Dictionary(grouping: project.indicators.filter { $0.scoredTier != nil }, by: { $0.scoredTier! })
        let tierWeights = redistributedTierWeights(present: Set(byTier.keys))
        for tier in SelfEvaluationWeights.scoredTiers {
            let weight = tierWeights[tier] ?? .zero
            let members = byTier[tier] ?? []
            guard !members.isEmpty else {
                if tierWeights.isEmpty { unscored += weights.weight(of: tier) }
                let note: BilingualMessage = tierWeights.isEmpty
                    ? .init(zh: "没有任何绩效指标，\(tier.chineseName)无法计分", en: "no indicators at all: \(tier.englishName) cannot be scored")
                    : .init(zh: "未设\(tier.chineseName)，其权重按比例并入其他指标", en: "no \(tier.englishName) indicators: the weight goes to the other tiers in proportion")
                tiers.append(TierScore(tier: tier, weight: weight, points: tierWeights.isEmpty ? nil : .zero, note: note))
                continue
            }
            // Relative shares: the 分值 the unit set when every indicator has one, else equal.
            let shares: [DecimalNumber] = members.allSatisfy { ($0.weight ?? -1) > .zero } ? members.map { $0.weight! } : members.map { _ in 1 }
            let shareTotal = shares.sum()
            var complete = true
            var earned = DecimalNumber.zero
            for (indicator, share) in zip(members, shares) {
                let indicatorWeight = (weight * share).divided(by: shareTotal, decimals: SelfEvaluationRule.workingDecimals)!
                switch Self.completion(of: indicator) {
                case .success(let (fraction, method)):
                    let points = (weight * share * fraction).divided(by: shareTotal, decimals: SelfEvaluationRule.workingDecimals)!
                    earned += points
                    indicators.append(IndicatorScore(
                        name: indicator.name, tier: tier, weight: Self.printed(indicatorWeight),
                        rate: Self.printed(fraction.shifted(by: 2)), points: Self.printed(points), method: method, reason: nil))
                case .failure(let gap):
                    complete = false
                    unscored += indicatorWeight
                    indicators.append(IndicatorScore(
                        name: indicator.name, tier: tier, weight: Self.printed(indicatorWeight),
                        rate: nil, points: nil, method: nil, reason: gap.reason))
                }
            }
            lower += earned
            tiers.append(TierScore(tier: tier, weight: weight, points: complete ? Self.printed(earned) : nil))
        }
        let complete = unscored.isZero
        let total = complete ? Self.printed(lower) : nil
        let range = Interval(lower: Self.printed(lower), upper: Self.printed(lower + unscored))
        let grade: Grade?
        if let total {
            grade = Grade(score: total)
        } else {
            let low = Grade(score: range.lower), high = Grade(score: range.upper)
            grade = low == high ? low : nil
        }
        return SelfEvaluationScore(execution: execution, indicators: indicators, tiers: tiers, total: total, range: range, grade: grade)
    }

    /// The execution rate's points: weight × 执行率, the rate capped at 100%.
    public func scoreExecution(budget: Money?, actual: Money?) -> ExecutionScore {
        switch Self.executionShare(budget: budget, actual: actual) {
        case .success(let share):
            let capped = min(max(share, .zero), 1)
            let points = (weights.executionRate * capped).rounded(toDecimals: SelfEvaluationRule.workingDecimals)
            return ExecutionScore(weight: weights.executionRate, rate: Self.printed(share.shifted(by: 2)),
                                  points: Self.printed(points), reason: nil)
        case .failure(let gap):
            return ExecutionScore(weight: weights.executionRate, rate: nil, points: nil, reason: gap.reason)
        }
    }

    /// Tier weights once tiers without indicators have passed theirs on, in proportion to the
    /// weights of the tiers that have indicators; empty when no tier has any.
    func redistributedTierWeights(present: Set<IndicatorTier>) -> [IndicatorTier: DecimalNumber] {
        let tiers = SelfEvaluationWeights.scoredTiers
        let kept = tiers.filter(present.contains)
        let keptWeight = kept.map(weights.weight(of:)).sum()
        guard !kept.isEmpty, keptWeight > .zero else { return [:] }
        let all = tiers.map(weights.weight(of:)).sum()
        var result: [IndicatorTier: DecimalNumber] = [:]
        for tier in tiers {
            result[tier] = kept.contains(tier)
                ? (weights.weight(of: tier) * all).divided(by: keptWeight, decimals: SelfEvaluationRule.workingDecimals)!
                : .zero
        }
        return result
    }

    static func printed(_ value: DecimalNumber) -> DecimalNumber {
        value.rounded(toDecimals: SelfEvaluationRule.printedDecimals)
    }
}
