/// The tables by 经济分类: 一般公共预算基本支出表 and 项目支出表.
extension DisclosureViews {
    public func generalPublicBasicExpenditure() -> TableView {
        let kind = TableKind.generalPublicBasicExpenditure
        let scope = TableScope.of(kind)!
        let columns = [ViewColumn(.total, ["合计"]), ViewColumn(.personnel, ["人员经费"]), ViewColumn(.operating, ["公用经费"])]
        let rows = [row(.grandTotal, label: "合计", role: .total, in: kind, scope: scope, columns: columns)]
            + economicRows(kind, scope: scope, columns: columns)
        return TableView(kind: kind, columns: columns, rows: rows)
    }

    /// One row per project, with its spending by 经济分类 类: every project, or only those
    /// the general public budget funds (`.generalPublicProjectExpenditure`).
    public func projectExpenditure(_ kind: TableKind = .projectExpenditure) -> TableView {
        let scope = TableScope.of(kind)!
        let columns = [ViewColumn(.total, ["项目支出合计"])] + catalogues.economicDepartment.categories.map {
            ViewColumn(.economicCategory($0.code), [$0.name])
        }
        var projects: [String] = []
        for line in facts.lines where scope.lines.matches(line) {
            if let project = line.project, !projects.contains(project) { projects.append(project) }
        }
        let rows = [row(.grandTotal, label: "合计", role: .total, in: kind, scope: scope, columns: columns)]
            + projects.map { row(.project($0), label: $0, role: .detail, in: kind, scope: scope, columns: columns) }
        return TableView(kind: kind, columns: columns, rows: rows)
    }
}
