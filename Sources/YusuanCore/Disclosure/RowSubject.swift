/// What a table row stands for, whatever its label says.
public enum RowSubject: Sendable, Hashable {
    /// A 功能分类 类, 款 or 项.
    case function(FunctionCode)
    /// A 经济分类 类 or 款.
    case economic(EconomicCode)
    /// Revenue from one source (this year's, on a revenue side).
    case fundSource(FundSource)
    /// Money from one source carried over from last year (上年结转 一般公共预算拨款).
    case carriedOver(FundSource)
    /// 财政拨款（补助）: the three fiscal budgets together.
    case fiscalAppropriation
    /// An agency's block of rows.
    case agency(code: String, name: String)
    /// A project.
    case project(String)
    /// 本年收入合计 / 本年支出合计.
    case currentYearTotal
    /// 上年结转结余 (revenue side).
    case carryover
    /// 年终结转结余 (expenditure side).
    case yearEndBalance
    /// 合计 / 收入总计 / 支出总计.
    case grandTotal
    /// The figures of one year ("三公" tables print a row per year).
    case year(Int)
    /// A row that is none of the above.
    case label(String)

    /// The lines the row adds up, before its column narrows them; nil when the row is
    /// not a sum of budget lines.
    public func selector(in facts: BudgetFacts, flow: Flow) -> FactSelector? {
        let spending = FactSelector.expenditure
        let rowSelector: FactSelector
        switch self {
        case .function(let code): rowSelector = FactSelector(function: code.digits)
        case .economic(let code): rowSelector = FactSelector(economic: code.digits)
        case .fundSource(let source): rowSelector = FactSelector(sources: [source])
        case .carriedOver(let source): return FactSelector(sources: [source], origins: [.priorYearCarryover])
        case .fiscalAppropriation: rowSelector = FactSelector(sources: FundSource.fiscalAppropriation)
        case .agency(let code, _): rowSelector = FactSelector(agencies: facts.agencyCodes(under: code))
        case .project(let name): rowSelector = FactSelector(project: name)
        case .currentYearTotal:
            return flow == .sources ? FactSelector(origins: [.currentYear]) : spending
        case .carryover: return FactSelector(origins: [.priorYearCarryover])
        case .yearEndBalance: return .yearEndBalance
        case .grandTotal: return flow == .spending ? spending : .all
        case .year, .label: return nil
        }
        switch flow {
        case .sources:
            // A revenue row by source counts this year's money; 上年结转 has its own row.
            if case .fundSource = self { return rowSelector.narrowed(by: FactSelector(origins: [.currentYear])) }
            if case .fiscalAppropriation = self { return rowSelector.narrowed(by: FactSelector(origins: [.currentYear])) }
            return rowSelector
        case .uses, .spending:
            return rowSelector.narrowed(by: spending)
        }
    }
}

/// Which money a table accounts for.
public enum Flow: String, Sendable, Hashable, Codable {
    /// Where money comes from (收入): this year's revenue and last year's carry-over.
    case sources
    /// Where it goes, including what is kept as 年终结转结余 (the 支出 side of a 收支总表).
    case uses
    /// What is spent this year (支出 tables).
    case spending
}
