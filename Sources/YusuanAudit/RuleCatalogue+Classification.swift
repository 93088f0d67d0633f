extension RuleCatalogue {
    /// Function and economic codes against the catalogues (code.*).
    static let classificationRules: [any AuditRule] = [CodeUnknownRule(), CodeNameRule()]
}
