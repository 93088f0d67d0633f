/// 部门收支总表 and 财政拨款收支总表: revenue on one side, expenditure by 类 on the other.
extension DisclosureViews {
    public func revenueExpenditureSummary() -> TableView {
        let columns = [
            ViewColumn(.amount, ["收入", "预算数"], side: .revenue),
            ViewColumn(.amount, ["支出", "预算数"], side: .expenditure),
        ]
        let kind = TableKind.revenueExpenditureSummary
        let scope = TableScope.of(kind, side: .revenue)!
        func revenue(_ subject: RowSubject, _ label: String, _ role: RowRole, depth: Int = 0) -> ViewRow {
            row(subject, label: label, role: role, in: kind, scope: scope, columns: columns, side: .revenue, depth: depth)
        }
        var rows = [revenue(.fiscalAppropriation, "财政拨款（补助）", .subtotal)]
        rows += FundSource.allCases.map { source in
            revenue(.fundSource(source), source.isFiscalAppropriation ? source.budgetName : source.chineseName,
                    .detail, depth: source.isFiscalAppropriation ? 1 : 0)
        }
        rows += [
            revenue(.currentYearTotal, "本年收入合计", .total),
            revenue(.carryover, "上年结转结余", .detail),
            revenue(.grandTotal, "收入总计", .total),
        ]
        rows += expenditureSide(kind, columns: columns)
        return TableView(kind: kind, columns: columns, rows: rows)
    }

    public func fiscalAppropriationSummary() -> TableView {
        let kind = TableKind.fiscalAppropriationSummary
        let scope = TableScope.of(kind, side: .revenue)!
        let budgets: [FundSource] = [.generalPublicBudget, .governmentFund, .stateCapitalOperation]
        let columns = [ViewColumn(.amount, ["财政拨款收入", "预算数"], side: .revenue),
                       ViewColumn(.total, ["财政拨款支出", "合计"], side: .expenditure)]
            + budgets.map { ViewColumn(.source($0), ["财政拨款支出", $0.budgetName], side: .expenditure) }
        func revenue(_ subject: RowSubject, _ label: String, _ role: RowRole, depth: Int = 0) -> ViewRow {
            row(subject, label: label, role: role, in: kind, scope: scope, columns: columns, side: .revenue, depth: depth)
        }
        var rows = [revenue(.currentYearTotal, "本年收入", .subtotal)]
        rows += budgets.map { revenue(.fundSource($0), $0.chineseName, .detail, depth: 1) }
        rows.append(revenue(.carryover, "上年结转", .subtotal))
        rows += budgets.map { revenue(.carriedOver($0), $0.chineseName, .detail, depth: 1) }
        rows.append(revenue(.grandTotal, "收入总计", .total))
        rows += expenditureSide(kind, columns: columns)
        return TableView(kind: kind, columns: columns, rows: rows)
    }

    /// The 支出 side: every 类 of the catalogue (tables print the empty ones too), then
    /// 本年支出合计, 年终结转结余 and 支出总计.
    private func expenditureSide(_ kind: TableKind, columns: [ViewColumn]) -> [ViewRow] {
        let scope = TableScope.of(kind, side: .expenditure)!
        let used = facts.lines.map { $0.function.ancestor(at: .category)! }
        let categories = Set(catalogues.function.categories.compactMap { FunctionCode($0.code) } + used).sorted()
        func expenditure(_ subject: RowSubject, _ label: String, _ role: RowRole) -> ViewRow {
            row(subject, label: label, role: role, in: kind, scope: scope, columns: columns, side: .expenditure)
        }
        return categories.map { expenditure(.function($0), name(of: $0.digits), .detail) } + [
            expenditure(.currentYearTotal, "本年支出合计", .total),
            expenditure(.yearEndBalance, "年终结转结余", .detail),
            expenditure(.grandTotal, "支出总计", .total),
        ]
    }
}
