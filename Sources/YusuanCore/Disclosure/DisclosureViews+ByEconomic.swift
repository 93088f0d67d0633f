/// The tables by 经济分类: 一般公共预算基本支出表 and 项目支出表.
extension DisclosureViews {
    public func generalPublicBasicExpenditure() -> TableView {
        let base = FactSelector(uses: [.expenditure], kinds: ExpenditureKind.basic, sources: [.generalPublicBudget])
        let columns = [ViewColumn(.total, ["合计"]), ViewColumn(.personnel, ["人员经费"]), ViewColumn(.operating, ["公用经费"])]
        let total = row(.grandTotal, label: "合计", role: .total, flow: .spending, columns: columns, within: base)
        let rows = [total] + economicRows(matching: base, flow: .spending, columns: columns)
        return TableView(kind: .generalPublicBasicExpenditure, columns: columns, rows: rows)
    }

    /// One row per project, with its spending by 经济分类 类; `sources` narrows it to one
    /// budget (`[.generalPublicBudget]` for a 一般公共预算项目支出表).
    public func projectExpenditure(sources: Set<FundSource>? = nil) -> TableView {
        let base = FactSelector(uses: [.expenditure], kinds: [.project], sources: sources)
        let columns = [ViewColumn(.total, ["项目支出合计"])] + catalogues.economicDepartment.categories.map {
            ViewColumn(.economicCategory($0.code), [$0.name])
        }
        let total = row(.grandTotal, label: "合计", role: .total, flow: .spending, columns: columns, within: base)
        var projects: [String] = []
        for line in facts.lines where base.matches(line) {
            if let project = line.project, !projects.contains(project) { projects.append(project) }
        }
        let rows = [total] + projects.map {
            row(.project($0), label: $0, role: .detail, flow: .spending, columns: columns, within: base)
        }
        return TableView(kind: .projectExpenditure, columns: columns, rows: rows)
    }
}
