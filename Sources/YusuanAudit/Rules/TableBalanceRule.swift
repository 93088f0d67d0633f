import YusuanCore

/// 收入总计 = 支出总计, 财政拨款收入 = 财政拨款支出: the two halves of a 收支总表 balance.
public struct TableBalanceRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "table.balance", severity: .error,
        title: .init(zh: "收入总计等于支出总计", en: "total revenue equals total expenditure"),
        reason: .init(zh: "部门预算收支平衡：收入总计（含上年结转）等于支出总计（含年终结转结余），同一张表里同一笔钱的两处数字也应一致。",
                      en: "A department budget balances: total revenue (with carry-over) equals total uses (with the year-end balance); the same money printed twice in one table must agree."),
        source: RuleSource.budgetLawArticle14)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        context.cells.equalities.filter { !$0.holds && $0.isWithinOneTable }.map { context.finding(self, for: $0) }
    }
}
