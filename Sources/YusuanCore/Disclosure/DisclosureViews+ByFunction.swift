/// The tables by 功能分类 (and agency): 收入总表, 支出总表, 一般公共预算支出表, and the
/// 政府性基金 / 国有资本经营 expenditure tables.
extension DisclosureViews {
    public func revenueSummary(grouping: RowGrouping = .functions) -> TableView {
        let fiscalAndSpecial: [FundSource] = [.generalPublicBudget, .governmentFund, .stateCapitalOperation, .fiscalSpecialAccount]
        var columns = [ViewColumn(.total, ["合计"]), ViewColumn(.currentYear(nil), ["本年收入", "小计"])]
        columns += FundSource.allCases.map { ViewColumn(.currentYear($0), ["本年收入", $0.budgetName]) }
        columns.append(ViewColumn(.carryover(nil), ["上年结转结余", "小计"]))
        columns += fiscalAndSpecial.map { ViewColumn(.carryover($0), ["上年结转结余", $0.budgetName]) }
        columns.append(ViewColumn(.carryoverUnitFunds, ["上年结转结余", "单位资金"]))
        return byFunction(.revenueSummary, grouping: grouping, flow: .sources, columns: columns, within: .all)
    }

    public func expenditureSummary(grouping: RowGrouping = .functions) -> TableView {
        let columns = [
            ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出"]), ViewColumn(.project, ["项目支出"]),
            ViewColumn(.institutionBusiness, ["事业单位经营支出"]), ViewColumn(.remittanceToSuperior, ["上缴上级支出"]),
            ViewColumn(.subsidyToSubordinates, ["对附属单位补助支出"]),
        ]
        return byFunction(.expenditureSummary, grouping: grouping, flow: .spending, columns: columns, within: .all)
    }

    public func generalPublicExpenditure(grouping: RowGrouping = .functions) -> TableView {
        let columns = [
            ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出", "小计"]),
            ViewColumn(.personnel, ["基本支出", "人员经费"]), ViewColumn(.operating, ["基本支出", "公用经费"]),
            ViewColumn(.project, ["项目支出"]),
        ]
        return byFunction(.generalPublicExpenditure, grouping: grouping, flow: .spending, columns: columns,
                          within: FactSelector(sources: [.generalPublicBudget]))
    }

    /// 政府性基金预算支出表 or 国有资本经营预算支出表: the spending of one fiscal budget.
    public func fundExpenditure(_ source: FundSource, grouping: RowGrouping = .functions) -> TableView {
        let columns = [ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出"]), ViewColumn(.project, ["项目支出"])]
        let kind: TableKind = source == .stateCapitalOperation ? .stateCapitalExpenditure : .governmentFundExpenditure
        return byFunction(kind, grouping: grouping, flow: .spending, columns: columns, within: FactSelector(sources: [source]))
    }

    private func byFunction(_ kind: TableKind, grouping: RowGrouping, flow: Flow, columns: [ViewColumn],
                            within base: FactSelector) -> TableView {
        let total = row(.grandTotal, label: "合计", role: .total, flow: flow, columns: columns, within: base)
        let scope = flow == .spending ? base.narrowed(by: .expenditure) : base
        let rows = [total] + groupedRows(grouping, matching: scope, flow: flow, columns: columns)
        return TableView(kind: kind, columns: columns, rows: rows)
    }
}
