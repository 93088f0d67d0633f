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
        case .projectExpenditure: projectExpenditure()
        default: nil
        }
    }

    /// One row: every column's cell is the row's selector narrowed by the column's.
    func row(_ subject: RowSubject, label: String, role: RowRole, flow: Flow, columns: [ViewColumn],
             side: TableSide? = nil, depth: Int = 0, within base: FactSelector = .all) -> ViewRow {
        var cells: [ColumnMeaning: ViewCell] = [:]
        let rowSelector = subject.selector(in: facts, flow: flow)
        for column in columns where column.side == side {
            let measure: Measure
            if let item = column.meaning.threePublicItem {
                measure = .threePublic(item)
            } else if let rowSelector, let columnSelector = column.meaning.selector {
                measure = .lines(rowSelector.narrowed(by: columnSelector).narrowed(by: base))
            } else {
                continue
            }
            cells[column.meaning] = ViewCell(measure: measure, value: facts.value(of: measure))
        }
        return ViewRow(subject: subject, label: label, role: role, side: side, depth: depth, cells: cells)
    }

    /// 类, 款 and 项 rows for every 功能分类 code the matching lines use, in code order,
    /// each 类 followed by its 款 and each 款 by its 项.
    func functionRows(matching base: FactSelector, flow: Flow, columns: [ViewColumn]) -> [ViewRow] {
        let codes = Set(facts.lines.filter(base.matches).flatMap { line in
            CodeLevel.allCases.compactMap { line.function.ancestor(at: $0) }
        })
        return codes.sorted().map { code in
            row(.function(code), label: name(of: code.digits), role: code.level == .item ? .detail : .subtotal,
                flow: flow, columns: columns, depth: code.level.depth, within: base)
        }
    }

    /// 类 and 款 rows for every 经济分类 code the matching lines use.
    func economicRows(matching base: FactSelector, flow: Flow, columns: [ViewColumn]) -> [ViewRow] {
        let codes = Set(facts.lines.filter(base.matches).flatMap { line -> [EconomicCode] in
            guard let economic = line.economic else { return [] }
            return [CodeLevel.category, .section].compactMap { economic.ancestor(at: $0) }
        })
        return codes.sorted().map { code in
            row(.economic(code), label: name(of: code.digits), role: code.level == .category ? .subtotal : .detail,
                flow: flow, columns: columns, depth: code.level.depth, within: base)
        }
    }

    /// The name a table prints for a code: the facts' own wording, else the catalogue's.
    public func name(of code: String) -> String {
        facts.codeNames[code] ?? catalogues.entry(code)?.name ?? code
    }

    /// The agencies that get a block of rows: the disclosing agency, then its units.
    var agencies: [Agency] { [facts.agency] + facts.subordinates }
}
