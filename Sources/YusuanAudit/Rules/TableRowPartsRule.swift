import YusuanCore

/// Within a row: 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, 合计 = Σ 资金来源.
public struct TableRowPartsRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "table.row-parts", severity: .error,
        title: .init(zh: "每行的合计等于其各列之和", en: "a row's total equals its parts across columns"),
        reason: .init(zh: "同一行中，合计列等于基本支出与项目支出之和，基本支出等于人员经费与公用经费之和，收入合计等于各来源之和。",
                      en: "Across a row, the total is basic plus project spending, basic spending is personnel plus operating costs, and revenue is the sum of its sources."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.sums.filter { !$0.holds && $0.isAcrossColumns }.map { context.finding(self, for: $0) }
    }
}
