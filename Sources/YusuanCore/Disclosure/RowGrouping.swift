/// How a table by classification lays out its rows below the 合计: provinces differ.
public enum RowGrouping: String, Sendable, Hashable, Codable, CaseIterable {
    /// 类/款/项 rows only.
    case functions
    /// One row per agency (主管部门, then each unit).
    case agencies
    /// Each agency's row followed by its own 类/款/项 rows.
    case agenciesWithFunctions
}

extension DisclosureViews {
    /// The rows of a table by agency and 功能分类, after its 合计 row.
    func groupedRows(_ grouping: RowGrouping, matching base: FactSelector, flow: Flow,
                     columns: [ViewColumn]) -> [ViewRow] {
        switch grouping {
        case .functions:
            return functionRows(matching: base, flow: flow, columns: columns)
        case .agencies, .agenciesWithFunctions:
            return facts.allAgencies.flatMap { agency -> [ViewRow] in
                let subject = RowSubject.agency(code: agency.code, name: agency.name)
                let header = row(subject, label: agency.name, role: .subtotal, flow: flow, columns: columns, within: base)
                guard grouping == .agenciesWithFunctions else { return [header] }
                // Each agency lists the functions of its own lines; a department's
                // block would otherwise repeat its units' rows.
                let own = FactSelector(agencies: agency.code == facts.agency.code ? [agency.code, ""] : [agency.code])
                return [header] + functionRows(matching: base.narrowed(by: own), flow: flow, columns: columns)
            }
        }
    }
}
