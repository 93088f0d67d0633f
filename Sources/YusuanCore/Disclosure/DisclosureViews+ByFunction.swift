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
        return tableByFunction(.revenueSummary, grouping: grouping, columns: columns)
    }

    public func expenditureSummary(grouping: RowGrouping = .functions) -> TableView {
        let columns = [
            ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出"]), ViewColumn(.project, ["项目支出"]),
            ViewColumn(.institutionBusiness, ["事业单位经营支出"]), ViewColumn(.remittanceToSuperior, ["上缴上级支出"]),
            ViewColumn(.subsidyToSubordinates, ["对附属单位补助支出"]),
        ]
        return tableByFunction(.expenditureSummary, grouping: grouping, columns: columns)
    }

    public func generalPublicExpenditure(grouping: RowGrouping = .functions) -> TableView {
        let columns = [
            ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出", "小计"]),
            ViewColumn(.personnel, ["基本支出", "人员经费"]), ViewColumn(.operating, ["基本支出", "公用经费"]),
            ViewColumn(.project, ["项目支出"]),
        ]
        return tableByFunction(.generalPublicExpenditure, grouping: grouping, columns: columns)
    }

    /// 政府性基金预算支出表 or 国有资本经营预算支出表: the spending of one fiscal budget.
    public func fundExpenditure(_ source: FundSource, grouping: RowGrouping = .functions) -> TableView {
        let columns = [ViewColumn(.total, ["合计"]), ViewColumn(.basic, ["基本支出"]), ViewColumn(.project, ["项目支出"])]
        let kind: TableKind = source == .stateCapitalOperation ? .stateCapitalExpenditure : .governmentFundExpenditure
        return tableByFunction(kind, grouping: grouping, columns: columns)
    }
}
