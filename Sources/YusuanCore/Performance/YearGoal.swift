/// 年度目标: the goal for one fiscal year, in words.
public struct YearGoal: Sendable, Hashable, Codable {
    /// 财年.
    public var fiscalYear: Int
    /// 目标.
    public var goal: String
    /// 备注.
    public var note: String?

    public init(fiscalYear: Int, goal: String, note: String? = nil) {
        self.fiscalYear = fiscalYear
        self.goal = goal
        self.note = note
    }
}
