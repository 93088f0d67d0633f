extension RuleCatalogue {
    /// Narrative against tables: amounts, shares and year-over-year changes (narrative.*).
    static let narrativeRules: [any AuditRule] = [
        NarrativeAmountRule(), NarrativeShareRule(), NarrativeChangeRateRule(),
    ]
}
