import YusuanCore
import YusuanDocuments

/// A 小计 (局本级小计, 评审中心小计) is the sum of its agency group's rows, column by column;
/// a 合计 is the sum of the 小计 and of the rows of groups printed without one. Sums are
/// taken over what the printed figures can stand for, so rounding never fires.
public struct SelfEvaluationSubtotalRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "selfeval.subtotal", severity: .error,
        title: .init(zh: "小计等于本组各行之和，合计等于各组之和", en: "a 小计 is the sum of its group's rows, a 合计 the sum of the groups"),
        reason: .init(zh: "小计和合计是读者了解各单位预算和执行规模的地方；与印出的各行对不上，说明有行漏印或某个数字印错，自评表所反映的规模就不可信。",
                      en: "The 小计 and 合计 rows are where readers see how much each agency budgeted and spent; if they disagree with the rows printed, a row is missing or a figure is misprinted, and the totals the self-evaluation reports cannot be relied on."))

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        SelfEvaluationTable.all(in: context.document).flatMap { check($0, context) }
    }

    /// What a 小计 or 合计 row adds up.
    private struct Sum {
        let row: Row
        let parts: [Row]
        /// For a 合计: how many of its parts are 小计 rows.
        let subtotals: Int
    }

    private func check(_ table: SelfEvaluationTable, _ context: AuditContext) -> [Finding] {
        var sums: [Sum] = []
        // Detail rows no 小计 has summed yet, and the 小计 rows since the last 合计.
        var pending: [Row] = [], covered: [Row] = []
        // A 小计 printed above its rows (nothing before it to sum) makes what the 合计
        // adds up unclear: such a table's 合计 is not checked.
        var headed = false
        for row in table.table.rows {
            switch row.role {
            case .detail:
                pending.append(row)
            case .subtotal:
                // The reader gives a 小计 its group's agency; without agency names every
                // row's is nil and the 小计 sums the rows since the one before.
                let parts = pending.filter { $0.agency == row.agency }
                pending.removeAll { $0.agency == row.agency }
                covered.append(row)
                if parts.isEmpty { headed = true } else { sums.append(Sum(row: row, parts: parts, subtotals: 0)) }
            case .total:
                let members = covered + pending
                if !headed, !members.isEmpty {
                    sums.append(Sum(row: row, parts: table.table.rows.filter(members.contains), subtotals: covered.count))
                }
                pending = []
                covered = []
                headed = false
            }
        }
        let problems = SelfEvaluationSequenceRule.problems(in: table)
        return sums.flatMap { sum in
            table.moneyColumns.compactMap { column in finding(sum, column, table, problems, context) }
        }
    }

    private func finding(_ sum: Sum, _ column: Column, _ table: SelfEvaluationTable,
                         _ problems: [SelfEvaluationSequenceRule.Problem], _ context: AuditContext) -> Finding? {
        // A 小计 that prints nothing in a column claims nothing there.
        guard let printed = table.amount(sum.row, column).figure else { return nil }
        let amounts = sum.parts.map { table.amount($0, column) }
        let intervals = amounts.compactMap(\.interval)
        guard intervals.count == amounts.count else { return nil }
        let interval = intervals.sum()
        guard !printed.isConsistent(with: interval) else { return nil }

        let decimals = ([printed] + amounts.compactMap(\.figure)).map(\.decimals).max() ?? printed.decimals
        let total = FigureText.amount(amounts.compactMap(\.yuan).sum(), in: printed.scale, decimals: decimals)
        let range = FigureText.range(interval, in: printed.scale, decimals: decimals + 1)
        let (columnZh, columnEn) = SelfEvaluationTable.name(of: column)
        let (partsZh, partsEn) = describeParts(of: sum)
        var hintZh = "", hintEn = ""
        // Rows missing from the group's numbering may be the difference, when the 小计 is the larger.
        let missing = problems.filter { problem in sum.parts.contains(problem.row) }.compactMap(\.missing)
        if sum.row.role == .subtotal, !missing.isEmpty, printed.interval.lower > interval.upper {
            let numbers = missing.map(SelfEvaluationSequenceRule.text).joined(separator: "、")
            hintZh = "；本组序号 \(numbers) 的行没有印出，差额可能就是这些行"
            hintEn = "; rows \(numbers) of the group are not printed, and the difference may be theirs"
        }
        return context.finding(self, at: table.location(context.document, sum.row, column), expected: range, found: printed.text,
            message: .init(
                zh: "\(sum.row.label) 的\(columnZh)印为 \(printed.text)，而\(partsZh)之和为 \(total)；按印出的精度，它应在 \(range) 之间\(hintZh)",
                en: "\(sum.row.label) prints \(printed.text) as its \(columnEn), but \(partsEn) add up to \(total); at the printed precision it must lie in \(range)\(hintEn)"),
            related: sum.parts.map { table.location(context.document, $0, column) })
    }

    /// `本组（深圳市龙岗区财政投资评审中心）印出的 3 行`, `2 个小计及未列小计的 10 行`.
    private func describeParts(of sum: Sum) -> (zh: String, en: String) {
        let details = sum.parts.count - sum.subtotals
        if sum.row.role == .subtotal {
            let group = sum.row.agency.map { ("本组（\($0)）", "the group's (\($0))") } ?? ("本组", "the group's")
            return ("\(group.0)印出的 \(details) 行", "\(group.1) \(details) printed row\(details == 1 ? "" : "s")")
        }
        if sum.subtotals == 0 { return ("本表印出的 \(details) 行", "the table's \(details) printed row\(details == 1 ? "" : "s")") }
        let labels = sum.parts.filter { $0.role != .detail }.map(\.label).joined(separator: "、")
        let subtotalsEn = "\(sum.subtotals) 小计 row\(sum.subtotals == 1 ? "" : "s") (\(labels))"
        guard details > 0 else { return ("\(sum.subtotals) 个小计（\(labels)）", subtotalsEn) }
        return ("\(sum.subtotals) 个小计（\(labels)）及未列小计的 \(details) 行",
                "\(subtotalsEn) and the \(details) row\(details == 1 ? "" : "s") of groups without one")
    }
}
