/// A unit's budget for one year, as facts. Every disclosure table is a view of these
/// (`DisclosureViews`); nothing a table shows is stored twice.
public struct BudgetFacts: Sendable, Codable {
    /// The disclosing agency (a department or a single unit).
    public var agency: Agency
    /// The 主管部门 the disclosing unit belongs to, when its tables print a row for it.
    public var department: Agency?
    /// Units under the agency that have lines of their own (empty for a single unit).
    public var subordinates: [Agency]
    public var fiscalYear: Int
    public var lines: [BudgetLine]
    /// "三公"经费 of the year.
    public var threePublic: ThreePublicExpenses
    /// 机关运行经费, where stated.
    public var agencyOperatingCost: Money?
    /// Last year's "三公"经费, where known (tables print them beside this year's).
    public var priorYearThreePublic: ThreePublicExpenses?
    /// Other figures of last year's budget the narrative compares against.
    public var priorYear: [PriorFigure]
    /// Names the document prints for codes where they differ from the catalogue
    /// (`2120101` → `行政运行（城乡社区管理事务）`), or for codes the catalogue lacks.
    public var codeNames: [String: String]

    public init(agency: Agency, department: Agency? = nil, subordinates: [Agency] = [], fiscalYear: Int, lines: [BudgetLine] = [],
                threePublic: ThreePublicExpenses = .zero, agencyOperatingCost: Money? = nil,
                priorYearThreePublic: ThreePublicExpenses? = nil, priorYear: [PriorFigure] = [], codeNames: [String: String] = [:]) {
        self.agency = agency
        self.department = department
        self.subordinates = subordinates
        self.fiscalYear = fiscalYear
        self.lines = lines
        self.threePublic = threePublic
        self.agencyOperatingCost = agencyOperatingCost
        self.priorYearThreePublic = priorYearThreePublic
        self.priorYear = priorYear
        self.codeNames = codeNames
    }

    /// The value of a measure; a last-year figure the facts do not record is zero.
    public func value(of measure: Measure) -> Money {
        switch measure {
        case .lines(let selector): lines.lazy.filter(selector.matches).map(\.amount).reduce(.zero, +)
        case .threePublic(let item): threePublic[item]
        case .agencyOperatingCost: agencyOperatingCost ?? .zero
        case .priorYear(let measure): priorValue(of: measure) ?? .zero
        }
    }

    /// Last year's value of a measure, where the facts record it.
    public func priorValue(of measure: Measure) -> Money? {
        if case .threePublic(let item) = measure { return priorYearThreePublic?[item] }
        return priorYear.first { $0.measure == measure }?.amount
    }

    /// Every agency the facts name: the department, the disclosing agency, its units.
    public var allAgencies: [Agency] { (department.map { [$0] } ?? []) + [agency] + subordinates }

    /// The codes of an agency and every unit under it. Lines without an agency code
    /// belong to the disclosing agency; the empty code stands for them.
    public func agencyCodes(under code: String) -> Set<String> {
        var result: Set<String> = [code]
        var frontier = [code]
        while let next = frontier.popLast() {
            for unit in allAgencies where unit.parentCode == next && result.insert(unit.code).inserted {
                frontier.append(unit.code)
            }
        }
        if result.contains(agency.code) { result.insert("") }
        return result
    }
}

/// A figure from last year's budget, for year-over-year statements.
public struct PriorFigure: Sendable, Hashable, Codable {
    public var measure: Measure
    public var amount: Money

    public init(_ measure: Measure, _ amount: Money) {
        self.measure = measure
        self.amount = amount
    }
}
