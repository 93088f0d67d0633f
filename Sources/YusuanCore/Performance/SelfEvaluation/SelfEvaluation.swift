/// 预算项目绩效自评表 of a department: its projects in agency groups, each group closed by a
/// 小计 and the whole by a 合计 (the layout of seed 002). Subtotals and totals are computed,
/// never stored, so they always agree with the rows.
public struct SelfEvaluation: Sendable, Hashable, Codable {
    /// 部门名称 (the department the table is for).
    public var department: String?
    public var fiscalYear: Int?
    /// The unit the amounts print in (seed 002: 万元).
    public var moneyScale: MoneyScale
    public var groups: [Group]

    public init(department: String? = nil, fiscalYear: Int? = nil, moneyScale: MoneyScale = .tenThousandYuan,
                groups: [Group] = []) {
        self.department = department
        self.fiscalYear = fiscalYear
        self.moneyScale = moneyScale
        self.groups = groups
    }

    /// The projects of one agency, in printed order.
    public struct Group: Sendable, Hashable, Codable {
        /// 部门名称 of the agency (`深圳市龙岗区财政局(本级)`).
        public var agency: String
        /// The label its 小计 row prints (`局本级小计`), when a document printed one.
        public var subtotalLabel: String?
        public var projects: [ProjectSelfEvaluation]

        public init(agency: String, subtotalLabel: String? = nil, projects: [ProjectSelfEvaluation] = []) {
            self.agency = agency
            self.subtotalLabel = subtotalLabel
            self.projects = projects
        }

        public var budget: SelfEvaluationAmounts { .sum(projects.map(\.budget)) }
        public var actual: SelfEvaluationAmounts { .sum(projects.map(\.actual)) }
    }

    public var projects: [ProjectSelfEvaluation] { groups.flatMap(\.projects) }

    /// 合计 of the department.
    public var budget: SelfEvaluationAmounts { .sum(groups.map(\.budget)) }
    public var actual: SelfEvaluationAmounts { .sum(groups.map(\.actual)) }

    /// The title a table of it prints: `2021年度深圳市龙岗区财政局预算项目绩效自评表`.
    public var title: String {
        "\(fiscalYear.map { "\($0)年度" } ?? "")\(department ?? "")预算项目绩效自评表"
    }
}
