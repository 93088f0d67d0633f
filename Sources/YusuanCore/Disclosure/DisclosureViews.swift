/// The standard disclosure tables (部门预算公开) as pure functions of a unit's budget facts.
/// Rollups and totals are computed here and only here; no total is ever typed in.
public struct DisclosureViews: Sendable {
    public let facts: BudgetFacts
    public let catalogues: CatalogueSet

    public init(facts: BudgetFacts, catalogues: CatalogueSet) {
        self.facts = facts
        self.catalogues = catalogues
    }

    /// The view of one kind of table; nil for kinds that are not views of budget facts.
    public func table(_ kind: TableKind) -> TableView? {
        switch kind {
        case .revenueExpenditureSummary: revenueExpenditureSummary()
        case .revenueSummary: revenueSummary()
        case .expenditureSummary: expenditureSummary()
        case .fiscalAppropriationSummary: fiscalAppropriationSummary()
        case .generalPublicExpenditure: generalPublicExpenditure()
        case .generalPublicBasicExpenditure: generalPublicBasicExpenditure()
        case .threePublicExpenses: threePublicExpenses()
        case .governmentFundExpenditure: fundExpenditure(.governmentFund)
        case .stateCapitalExpenditure: fundExpenditure(.stateCapitalOperation)
        case .projectExpenditure, .generalPublicProjectExpenditure: projectExpenditure(kind)
        default: nil
        }
    }

    /// One row of a table: each column's cell is `measure(kind, side:row:column:scope:)`.
    func row(_ subject: RowSubject, label: String, role: RowRole, in kind: TableKind, scope: TableScope,
             columns: [ViewColumn], side: TableSide? = nil, depth: Int = 0) -> ViewRow {
        var cells: [ColumnMeaning: ViewCell] = [:]
        for column in columns where column.side == side {
            guard let measure = measure(kind, side: side, row: subject, column: column.meaning, scope: scope) else { continue }
            cells[column.meaning] = ViewCell(measure: measure, value: facts.value(of: measure))
        }
        return ViewRow(subject: subject, label: label, role: role, side: side, depth: depth, cells: cells)
    }

    /// 类, 款 and 项 rows for every 功能分类 code the matching lines use, in code order,
    /// each 类 followed by its 款 and each 款 by its 项.
    func functionRows(_ kind: TableKind, scope: TableScope, columns: [ViewColumn]) -> [ViewRow] {
        let codes = Set(facts.lines.filter(scope.lines.matches).flatMap { line in
            CodeLevel.allCases.compactMap { line.function.ancestor(at: $0) }
        })
        return codes.sorted().map { code in
            row(.function(code), label: name(of: code.digits), role: code.level == .item ? .detail : .subtotal,
                in: kind, scope: scope, columns: columns, depth: code.level.depth)
        }
    }

    /// 类 and 款 rows for every 经济分类 code the matching lines use.
    func economicRows(_ kind: TableKind, scope: TableScope, columns: [ViewColumn]) -> [ViewRow] {
        let codes = Set(facts.lines.filter(scope.lines.matches).flatMap { line -> [EconomicCode] in
            guard let economic = line.economic else { return [] }
            return [CodeLevel.category, .section].compactMap { economic.ancestor(at: $0) }
        })
        return codes.sorted().map { code in
            row(.economic(code), label: name(of: code.digits), role: code.level == .category ? .subtotal : .detail,
                in: kind, scope: scope, columns: columns, depth: code.level.depth)
        }
    }

    /// The name a table prints for a code: the facts' own wording, else the catalogue's.
    public func name(of code: String) -> String {
        facts.codeNames[code] ?? catalogues.entry(code)?.name ?? code
    }
}
