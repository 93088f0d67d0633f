extension RuleCatalogue {
    /// 绩效目标 indicators and 编审表 scores (indicator.*, review.*).
    static let performanceRules: [any AuditRule] = []
}
