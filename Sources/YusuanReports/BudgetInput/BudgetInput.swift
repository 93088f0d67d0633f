import YusuanCore

/// What a unit enters to compile its 部门预算公开: the budget facts, last year's figures with
/// the reasons for the changes, and the parts of the 情况说明 only a person can write. The
/// JSON form (docs/budget-input.md) and the workbook template (`yusuan template budget`)
/// hold the same content. Amounts are exact 元 (`"201798"`, `"1205.56"`).
public struct BudgetInput: Sendable, Codable, Hashable {
    public var agency: Agency
    /// The 主管部门, when the tables print a row for it.
    public var department: Agency?
    public var subordinates: [Agency]
    public var fiscalYear: Int
    /// The unit the tables print in; 万元 unless given.
    public var moneyScale: MoneyScale?
    public var profile: AgencyProfile?
    /// 收支明细: one line per 功能分类 项 × 经济分类 款 × kind × source.
    public var lines: [InputLine]
    /// Revenue as the unit states it (optional): each entry must equal the lines' sum.
    public var revenue: [RevenueEntry]
    public var threePublic: ThreePublicExpenses
    public var agencyOperatingCost: Money?
    public var procurement: Procurement?
    public var assets: StateAssets?
    public var projects: [ProjectInput]
    /// Last year's figures and the reasons for the changes.
    public var priorYear: [PriorEntry]
    /// What each 功能分类 类 of the 财政拨款 is mainly used for (`"208": "参公人员机关养老保险缴费"`).
    public var uses: [String: String]
    /// Names to print for codes, where they differ from the catalogue's.
    public var codeNames: [String: String]
    /// 名词解释; the standard terms when empty.
    public var glossary: [GlossaryTerm]
    /// The date printed under the document (`2021年2月8日`).
    public var issued: String?

    public init(agency: Agency, department: Agency? = nil, subordinates: [Agency] = [], fiscalYear: Int,
                moneyScale: MoneyScale? = nil, profile: AgencyProfile? = nil, lines: [InputLine] = [],
                revenue: [RevenueEntry] = [], threePublic: ThreePublicExpenses = .zero, agencyOperatingCost: Money? = nil,
                procurement: Procurement? = nil, assets: StateAssets? = nil, projects: [ProjectInput] = [],
                priorYear: [PriorEntry] = [], uses: [String: String] = [:], codeNames: [String: String] = [:],
                glossary: [GlossaryTerm] = [], issued: String? = nil) {
        self.agency = agency
        self.department = department
        self.subordinates = subordinates
        self.fiscalYear = fiscalYear
        self.moneyScale = moneyScale
        self.profile = profile
        self.lines = lines
        self.revenue = revenue
        self.threePublic = threePublic
        self.agencyOperatingCost = agencyOperatingCost
        self.procurement = procurement
        self.assets = assets
        self.projects = projects
        self.priorYear = priorYear
        self.uses = uses
        self.codeNames = codeNames
        self.glossary = glossary
        self.issued = issued
    }

    private enum CodingKeys: String, CodingKey {
        case agency, department, subordinates, fiscalYear, moneyScale, profile, lines, revenue, threePublic
        case agencyOperatingCost, procurement, assets, projects, priorYear, uses, codeNames, glossary, issued
    }

    /// Optional parts may be left out of the JSON.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        agency = try c.decode(Agency.self, forKey: .agency)
        department = try c.decodeIfPresent(Agency.self, forKey: .department)
        subordinates = try c.decodeIfPresent([Agency].self, forKey: .subordinates) ?? []
        fiscalYear = try c.decode(Int.self, forKey: .fiscalYear)
        moneyScale = try c.decodeIfPresent(MoneyScale.self, forKey: .moneyScale)
        profile = try c.decodeIfPresent(AgencyProfile.self, forKey: .profile)
        lines = try c.decodeIfPresent([InputLine].self, forKey: .lines) ?? []
        revenue = try c.decodeIfPresent([RevenueEntry].self, forKey: .revenue) ?? []
        threePublic = try c.decodeIfPresent(ThreePublicExpenses.self, forKey: .threePublic) ?? .zero
        agencyOperatingCost = try c.decodeIfPresent(Money.self, forKey: .agencyOperatingCost)
        procurement = try c.decodeIfPresent(Procurement.self, forKey: .procurement)
        assets = try c.decodeIfPresent(StateAssets.self, forKey: .assets)
        projects = try c.decodeIfPresent([ProjectInput].self, forKey: .projects) ?? []
        priorYear = try c.decodeIfPresent([PriorEntry].self, forKey: .priorYear) ?? []
        uses = try c.decodeIfPresent([String: String].self, forKey: .uses) ?? [:]
        codeNames = try c.decodeIfPresent([String: String].self, forKey: .codeNames) ?? [:]
        glossary = try c.decodeIfPresent([GlossaryTerm].self, forKey: .glossary) ?? []
        issued = try c.decodeIfPresent(String.self, forKey: .issued)
    }

    /// The precision every table and the narrative print amounts at.
    public var precision: DisplayPrecision { DisplayPrecision(scale: moneyScale ?? .tenThousandYuan, decimals: 2) }

    /// Last year's figure for a key, if entered.
    public func prior(_ key: PriorKey) -> PriorEntry? { priorYear.first { $0.key == key } }
}
