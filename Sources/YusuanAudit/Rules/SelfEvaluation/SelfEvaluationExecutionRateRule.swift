import YusuanCore
import YusuanDocuments

/// 预算支出执行率 = 实际支出 ÷ 预算, on every row that prints all three (details, 小计, 合计).
/// Both amounts and the rate are rounded, so the check is on ranges: the ratio of what the
/// amounts can stand for must meet what the printed rate can stand for (`82.86%` is
/// 82.855%–82.865%, `100%` is 99.5%–100.5%).
public struct SelfEvaluationExecutionRateRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "selfeval.execution-rate", severity: .error,
        title: .init(zh: "预算支出执行率等于实际支出除以预算", en: "the execution rate is actual spending divided by the budget"),
        reason: .init(zh: "执行率是由同一行的预算和实际支出算出的，是绩效自评中最常被引用的数字；按印出的精度仍对不上，说明执行率、预算或实际支出中有一个印错了。",
                      en: "The execution rate is computed from the row's budget and actual spending, and it is the figure of a self-evaluation most often quoted; if it disagrees even at the printed precision, the rate, the budget or the spending is misprinted."),
        source: RuleSource.performanceEvaluation)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        SelfEvaluationTable.all(in: context.document).flatMap { check($0, context) }
    }

    private func check(_ table: SelfEvaluationTable, _ context: AuditContext) -> [Finding] {
        guard let budgetColumn = table.column(.budget("total")), let actualColumn = table.column(.actual("total")),
              let rateColumn = table.column(.executionRate) else { return [] }
        return table.table.rows.compactMap { row -> Finding? in
            guard let rate = table.cell(row, rateColumn)?.percentage,
                  let budget = table.amount(row, budgetColumn).figure else { return nil }
            let actual = table.amount(row, actualColumn)
            // A budget that prints 0 may be zero: the rate is then undefined, which is
            // selfeval.undefined-rate's finding, not a wrong rate.
            guard let actualInterval = actual.interval, let actualYuan = actual.yuan,
                  let ratio = actualInterval.divided(by: budget.interval),
                  !rate.isConsistent(withRatio: ratio) else { return nil }
            let range = FigureText.percent(ratio, decimals: rate.decimals - 1)
            let face = actualYuan.divided(by: budget.yuan, decimals: rate.decimals + 2).map { "\($0.shifted(by: 2))%" } ?? "—"
            let name = SelfEvaluationTable.name(of: row)
            return context.finding(self, at: table.location(context.document, row, rateColumn), expected: range, found: rate.text,
                message: .init(
                    zh: "\(name) 的预算支出执行率印为 \(rate.text)，而实际支出 \(actual.shown) ÷ 预算 \(budget.text) = \(face)；"
                        + "按印出的精度，执行率应在 \(range) 之间",
                    en: "\(name) prints an execution rate of \(rate.text), but actual spending \(actual.shown) ÷ budget \(budget.text) = \(face); "
                        + "at the printed precision the rate must lie in \(range)"),
                related: [table.location(context.document, row, budgetColumn), table.location(context.document, row, actualColumn)])
        }
    }
}
