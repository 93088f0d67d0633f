/// How a table by classification lays out its rows below the 合计: provinces differ.
public enum RowGrouping: String, Sendable, Hashable, Codable, CaseIterable {
    /// 类/款/项 rows only.
    case functions
    /// One row per agency (主管部门, the disclosing agency, each unit).
    case agencies
    /// Each agency's row followed by its own 类/款/项 rows.
    case agenciesWithFunctions
}

extension DisclosureViews {
    /// A table by agency and 功能分类: its 合计 row, then the rows `grouping` asks for.
    func tableByFunction(_ kind: TableKind, grouping: RowGrouping, columns: [ViewColumn]) -> TableView {
        let scope = TableScope.of(kind)!
        var rows = [row(.grandTotal, label: "合计", role: .total, in: kind, scope: scope, columns: columns)]
        switch grouping {
        case .functions:
            rows += functionRows(kind, scope: scope, columns: columns)
        case .agencies, .agenciesWithFunctions:
            for agency in facts.allAgencies {
                let subject = RowSubject.agency(code: agency.code, name: agency.name)
                rows.append(row(subject, label: agency.name, role: .subtotal, in: kind, scope: scope, columns: columns))
                guard grouping == .agenciesWithFunctions else { continue }
                // Each agency lists the functions of its own lines; a department's block
                // would otherwise repeat its units' rows.
                let own = FactSelector(agencies: agency.code == facts.agency.code ? [agency.code, ""] : [agency.code])
                let agencyScope = TableScope(flow: scope.flow, base: scope.base.narrowed(by: own))
                rows += functionRows(kind, scope: agencyScope, columns: columns)
            }
        }
        return TableView(kind: kind, columns: columns, rows: rows)
    }
}
