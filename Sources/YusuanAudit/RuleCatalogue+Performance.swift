extension RuleCatalogue {
    /// 绩效目标 indicators and 编审表 scores (indicator.*, review.*), on the typed
    /// `document.project`. The reader types the indicators of a 项目支出预算申报 only; a budget
    /// disclosure's 项目支出绩效目标表 stays a table of text, which these rules do not read.
    static let performanceRules: [any AuditRule] = [
        IndicatorValueRule(), IndicatorUnitRule(), IndicatorComparatorRule(), IndicatorCategoriesRule(),
        ReviewScoreBoundsRule(), ReviewWeightsRule(), ReviewTotalRule(),
    ]
}
