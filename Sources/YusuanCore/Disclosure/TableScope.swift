/// Which lines a kind of table accounts for, before its rows and columns narrow them.
public struct TableScope: Sendable, Hashable {
    public var flow: Flow
    public var base: FactSelector

    public init(flow: Flow, base: FactSelector) {
        self.flow = flow
        self.base = base
    }

    /// The lines that can appear in the table's rows: spending tables never show a
    /// year-end balance.
    public var lines: FactSelector {
        flow == .spending ? base.narrowed(by: .expenditure) : base
    }

    /// The scope of one kind of table (and side, for a 收支总表); nil for tables that are
    /// not sums of budget lines.
    public static func of(_ kind: TableKind, side: TableSide? = nil) -> TableScope? {
        let fiscal = FactSelector(sources: FundSource.fiscalAppropriation)
        let summaryFlow: Flow = side == .revenue ? .sources : .uses
        switch kind {
        case .revenueExpenditureSummary: return TableScope(flow: summaryFlow, base: .all)
        case .fiscalAppropriationSummary: return TableScope(flow: summaryFlow, base: fiscal)
        case .revenueSummary: return TableScope(flow: .sources, base: .all)
        case .expenditureSummary: return TableScope(flow: .spending, base: .all)
        case .generalPublicExpenditure:
            return TableScope(flow: .spending, base: FactSelector(sources: [.generalPublicBudget]))
        case .generalPublicBasicExpenditure:
            return TableScope(flow: .spending, base: FactSelector(kinds: ExpenditureKind.basic, sources: [.generalPublicBudget]))
        case .generalPublicEconomicExpenditure:
            return TableScope(flow: .spending, base: FactSelector(sources: [.generalPublicBudget]))
        case .basicExpenditure:
            return TableScope(flow: .spending, base: FactSelector(kinds: ExpenditureKind.basic))
        case .governmentFundExpenditure:
            return TableScope(flow: .spending, base: FactSelector(sources: [.governmentFund]))
        case .stateCapitalExpenditure:
            return TableScope(flow: .spending, base: FactSelector(sources: [.stateCapitalOperation]))
        case .projectExpenditure:
            return TableScope(flow: .spending, base: FactSelector(kinds: [.project]))
        case .generalPublicProjectExpenditure:
            return TableScope(flow: .spending, base: FactSelector(kinds: [.project], sources: [.generalPublicBudget]))
        default: return nil
        }
    }
}

extension DisclosureViews {
    /// What one cell of a table adds up: the table's scope narrowed by the row and the
    /// column. The same definition computes a view and, for a published table read from a
    /// document, says which of its cells must agree. Nil when the cell is not a figure.
    public func measure(_ kind: TableKind, side: TableSide? = nil, row: RowSubject, column: ColumnMeaning,
                        scope: TableScope? = nil) -> Measure? {
        if let item = column.threePublicItem {
            guard case .year(let year) = row else { return nil }
            if year == facts.fiscalYear { return .threePublic(item) }
            return year == facts.fiscalYear - 1 ? .priorYear(.threePublic(item)) : nil
        }
        guard let scope = scope ?? TableScope.of(kind, side: side),
              let rowSelector = row.selector(in: facts, flow: scope.flow),
              let columnSelector = column.selector
        else { return nil }
        return .lines(rowSelector.narrowed(by: columnSelector).narrowed(by: scope.base))
    }

    /// The exact value of one cell of a table (see `measure`).
    public func value(_ kind: TableKind, side: TableSide? = nil, row: RowSubject, column: ColumnMeaning) -> Money? {
        measure(kind, side: side, row: row, column: column).map(facts.value(of:))
    }
}
