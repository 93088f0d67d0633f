/// 一般公共预算“三公”经费支出表: one row for the year, and one for last year when known.
extension DisclosureViews {
    public func threePublicExpenses() -> TableView {
        let kind = TableKind.threePublicExpenses
        let columns = [
            ViewColumn(.threePublic(.total), ["合计"]),
            ViewColumn(.threePublic(.overseasTravel), ["因公出国（境）费"]),
            ViewColumn(.threePublic(.vehicles), ["公务用车购置及运行费", "小计"]),
            ViewColumn(.threePublic(.vehiclePurchase), ["公务用车购置及运行费", "公务用车购置费"]),
            ViewColumn(.threePublic(.vehicleOperation), ["公务用车购置及运行费", "公务用车运行费"]),
            ViewColumn(.threePublic(.reception), ["公务接待费"]),
        ]
        let scope = TableScope(flow: .spending, base: .all)
        let years = facts.priorYearThreePublic != nil ? [facts.fiscalYear - 1, facts.fiscalYear] : [facts.fiscalYear]
        let rows = years.map { year in
            row(.year(year), label: "\(year)年", role: .detail, in: kind, scope: scope, columns: columns)
        }
        return TableView(kind: kind, columns: columns, rows: rows)
    }
}
