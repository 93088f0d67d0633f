/// 绩效自评 of one project: budget and actual spending by source, the goal and how far it
/// was reached, each indicator's target and result, problems and rectification.
public struct ProjectSelfEvaluation: Sendable, Hashable, Codable {
    /// 序号 as printed.
    public var sequence: String?
    /// 项目名称.
    public var name: String
    /// 部门名称: the agency the project belongs to (the group it is listed under).
    public var agency: String?
    /// 项目年度预算金额.
    public var budget: SelfEvaluationAmounts
    /// 实际支出金额.
    public var actual: SelfEvaluationAmounts
    /// 预算支出执行率 as printed, when a document printed one.
    public var printedExecutionRate: String?
    /// 年初绩效目标.
    public var goal: String?
    /// 绩效目标整体完成情况.
    public var goalResult: String?
    public var indicators: [IndicatorCompletion]
    /// 项目执行中存在的问题.
    public var problems: String?
    /// 整改情况.
    public var rectification: String?
    /// Why the indicators of the row cannot be trusted as read (a shifted row …).
    public var readingNote: String?

    public init(sequence: String? = nil, name: String, agency: String? = nil, budget: SelfEvaluationAmounts = .init(),
                actual: SelfEvaluationAmounts = .init(), printedExecutionRate: String? = nil, goal: String? = nil,
                goalResult: String? = nil, indicators: [IndicatorCompletion] = [], problems: String? = nil,
                rectification: String? = nil, readingNote: String? = nil) {
        self.sequence = sequence
        self.name = name
        self.agency = agency
        self.budget = budget
        self.actual = actual
        self.printedExecutionRate = printedExecutionRate
        self.goal = goal
        self.goalResult = goalResult
        self.indicators = indicators
        self.problems = problems
        self.rectification = rectification
        self.readingNote = readingNote
    }
}
