/// 一般公共预算“三公”经费支出表: one row for the year, and one for last year when known.
extension DisclosureViews {
    public func threePublicExpenses() -> TableView {
        let columns = [
            ViewColumn(.threePublic(.total), ["合计"]),
            ViewColumn(.threePublic(.overseasTravel), ["因公出国（境）费"]),
            ViewColumn(.threePublic(.vehicles), ["公务用车购置及运行费", "小计"]),
            ViewColumn(.threePublic(.vehiclePurchase), ["公务用车购置及运行费", "公务用车购置费"]),
            ViewColumn(.threePublic(.vehicleOperation), ["公务用车购置及运行费", "公务用车运行费"]),
            ViewColumn(.threePublic(.reception), ["公务接待费"]),
        ]
        var rows = [row(.year(facts.fiscalYear), label: "\(facts.fiscalYear)年", role: .detail, flow: .spending,
                        columns: columns)]
        let prior = ThreePublicItem.allCases.compactMap { item in
            facts.priorValue(of: .threePublic(item)).map { (item, $0) }
        }
        if !prior.isEmpty {
            let cells = Dictionary(uniqueKeysWithValues: prior.map { item, amount in
                (ColumnMeaning.threePublic(item), ViewCell(measure: .priorYear(.threePublic(item)), value: amount))
            })
            rows.insert(ViewRow(subject: .year(facts.fiscalYear - 1), label: "\(facts.fiscalYear - 1)年",
                                role: .detail, cells: cells), at: 0)
        }
        return TableView(kind: .threePublicExpenses, columns: columns, rows: rows)
    }
}
