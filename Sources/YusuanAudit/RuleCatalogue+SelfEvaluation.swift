extension RuleCatalogue {
    /// 绩效自评表: execution rates, 小计 of agency groups, gaps in the 序号 (selfeval.*).
    static let selfEvaluationRules: [any AuditRule] = [
        SelfEvaluationExecutionRateRule(), SelfEvaluationUndefinedRateRule(), SelfEvaluationSubtotalRule(),
        SelfEvaluationSequenceRule(),
    ]
}
