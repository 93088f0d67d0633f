import YusuanCore
import YusuanDocuments

/// `2021 年预算数为 20.18 万元，比上年预算减少 0.28 万元，下降 1.37%`: the rate is the change
/// over last year's amount (this year's less the change), at the precision printed, and
/// it goes the same way as the change.
public struct NarrativeChangeRateRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "narrative.change-rate", severity: .error,
        title: .init(zh: "说明中的增减率与增减额相符", en: "every rate of change the narrative states matches its amounts"),
        reason: .init(zh: "增长率由本年数与增减额决定；与之不符的增长率说明其中至少一个数字有误。",
                      en: "A rate of change follows from this year's amount and the change; a rate that does not means at least one of the figures is wrong."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        NarrativeItems.build(context.document.statements).compactMap { item in
            guard let rate = item.changeRate, let percentage = rate.percentage, let change = item.change,
                  let delta = change.figure?.interval else { return nil }
            if let opposite = Self.oppositeDirections(change, rate) { return finding(opposite, item, context) }
            // Last year's amount: printed after 比 when the clause gives it; else this year's
            // less an increase, plus a decrease.
            let prior: Interval
            let amount: (zh: String, en: String)
            if let base = item.base, let printed = base.figure?.interval {
                prior = printed
                amount = ("比 \(base.text)", "against \(base.text)")
            } else if let current = item.amountInterval {
                prior = change.direction == .decrease ? current + delta : current - delta
                amount = (item.amount!.text, item.amount!.text)
            } else {
                return nil
            }
            guard let ratio = delta.divided(by: prior), !percentage.isConsistent(withRatio: ratio) else { return nil }
            let expected = FigureText.percentAsPrinted(ratio, decimals: percentage.decimals)
            let range = FigureText.percent(ratio, decimals: percentage.decimals)
            return context.finding(
                self, at: item.location(of: rate), expected: expected, found: rate.text,
                message: .init(zh: "“\(item.subject)” \(amount.zh)，变动 \(change.text)，变动率应为 \(expected)（\(range)），说明中印为 \(rate.text)",
                               en: "\(item.subject) \(amount.en) changed by \(change.text): the rate is \(expected) (\(range)), the narrative prints \(rate.text)"))
        }
    }

    /// `增加 … 下降 x%`: a change and a rate that go opposite ways.
    static func oppositeDirections(_ change: Statement, _ rate: Statement) -> (Statement, Statement)? {
        guard let one = change.direction, let other = rate.direction, one != .unchanged, other != .unchanged, one != other,
              !(change.figure?.value.isZero ?? false) else { return nil }
        return (change, rate)
    }

    private func finding(_ pair: (Statement, Statement), _ item: NarrativeItem, _ context: AuditContext) -> Finding {
        let (change, rate) = pair
        return context.finding(
            self, at: item.location(of: rate), expected: change.direction?.rawValue, found: rate.direction?.rawValue,
            message: .init(zh: "“\(item.subject)” 的增减额与增减率方向相反：\(change.sentence)",
                           en: "\(item.subject): the change and its rate go opposite ways: \(change.sentence)"))
    }
}
