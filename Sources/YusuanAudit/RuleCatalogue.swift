/// Every rule Yusuan has, in the order `yusuan audit --rules` lists them. Each family of
/// rules lists its own in a file of its own (`RuleCatalogue+Narrative.swift` …).
public enum RuleCatalogue {
    public static let all: [any AuditRule] = tableRules + crossRules + narrativeRules + classificationRules
        + selfEvaluationRules + performanceRules + [IdentityCulpritRule(), UncertainLayoutRule(), OCRReadingRule()]

    /// Sums and balances within one table.
    static let tableRules: [any AuditRule] = [
        TableTotalRule(), TableSubtotalRule(), TableRowPartsRule(), TableBalanceRule(), ThreePublicRule(),
    ]

    /// The same money printed in several tables, and the headers that name the agency and year.
    static let crossRules: [any AuditRule] = [
        CrossRevenueBySourceRule(), CrossExpenditureByFunctionRule(), CrossBasicByEconomicRule(), CrossTotalsRule(),
        AgencyNameRule(), FiscalYearRule(),
    ]

    /// Checks across the documents audited together (documents.*).
    public static let documentSetRules: [any DocumentSetRule] = [
        DepartmentUnitsRule(), PriorYearRule(), CodeNamesAcrossYearsRule(), PerformanceTargetsFundingRule(),
    ]

    /// The rule with an id.
    public static func rule(_ id: String) -> (any AuditRule)? {
        all.first { $0.descriptor.id == id }
    }
}
