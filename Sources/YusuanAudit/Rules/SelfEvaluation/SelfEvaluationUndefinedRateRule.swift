import YusuanCore
import YusuanDocuments

/// A rate printed on a row whose budget is 0: 实际支出 ÷ 0 has no value. Tables print
/// `0%`, `100%` or a dash there by convention; the printed rate is not a computed one,
/// and summaries that average execution rates should not take it as one.
public struct SelfEvaluationUndefinedRateRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "selfeval.undefined-rate", severity: .warning,
        title: .init(zh: "预算为 0 的行，执行率没有定义", en: "a row with a budget of 0 has no execution rate"),
        reason: .init(zh: "执行率是实际支出除以预算；预算为 0 时无法相除，表中印的 0% 或 100% 只是约定写法，读者和汇总分析容易把它当成真实的执行情况。",
                      en: "The execution rate is actual spending divided by the budget; with a budget of 0 there is nothing to divide by, and the 0% or 100% a table prints is a convention that readers and summaries easily take for a real rate."),
        source: RuleSource.performanceEvaluation)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        SelfEvaluationTable.all(in: context.document).flatMap { check($0, context) }
    }

    private func check(_ table: SelfEvaluationTable, _ context: AuditContext) -> [Finding] {
        guard let budgetColumn = table.column(.budget("total")), let rateColumn = table.column(.executionRate) else { return [] }
        let actualColumn = table.column(.actual("total"))
        return table.table.rows.compactMap { row -> Finding? in
            let budget = table.amount(row, budgetColumn)
            guard let rate = table.cell(row, rateColumn)?.percentage, budget.isZero else { return nil }
            let actual = actualColumn.map { table.amount(row, $0) } ?? .blank
            let name = SelfEvaluationTable.name(of: row)
            // Words where the spending belongs (不适用) say neither that money was spent nor that none was.
            let spent = actual.yuan.map { !$0.isZero } ?? false
            let (zeroZh, zeroEn) = actual.yuan == nil ? ("实际支出 ÷ 0", "actual ÷ 0") : ("0 ÷ 0", "0 ÷ 0")
            // The other ways tables write it, for the message.
            let (othersZh, othersEn) = rate.value.isZero ? ("100% 或“—”", "100% or a dash")
                : rate.value == DecimalNumber(100) ? ("0% 或“—”", "0% or a dash") : ("0%、100% 或“—”", "0%, 100% or a dash")
            let zh = spent
                ? "\(name) 的预算印为 \(budget.shown)，实际支出却为 \(actual.shown)：执行率 \(actual.shown) ÷ 0 没有定义（没有预算而有支出）。"
                    + "表中印为 \(rate.text)，这不是由数字算出的比率"
                : "\(name) 的预算印为 \(budget.shown)，实际支出为 \(actual.shown)：执行率 \(zeroZh) 没有定义。"
                    + "表中印为 \(rate.text)，这是一种约定写法（也有印 \(othersZh)的），不是由数字算出的比率；汇总或平均执行率时不应把它算作 \(rate.text)"
            let en = spent
                ? "\(name) prints a budget of \(budget.shown) but actual spending of \(actual.shown): the execution rate \(actual.shown) ÷ 0 is undefined (spending without a budget). "
                    + "The table prints \(rate.text), which is not a computed ratio"
                : "\(name) prints a budget of \(budget.shown) and actual spending of \(actual.shown): the execution rate \(zeroEn) is undefined. "
                    + "The table prints \(rate.text), a convention (others print \(othersEn)) rather than a computed ratio; summaries and averages of execution rates should not count it as \(rate.text)"
            return context.finding(self, at: table.location(context.document, row, rateColumn), found: rate.text,
                                   message: .init(zh: zh, en: en),
                                   related: [table.location(context.document, row, budgetColumn)]
                                       + (actualColumn.map { [table.location(context.document, row, $0)] } ?? []))
        }
    }
}
