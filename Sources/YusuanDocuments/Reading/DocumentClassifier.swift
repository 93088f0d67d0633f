import YusuanCore

/// What kind of document it is, from its title and the tables it holds.
enum DocumentClassifier {
    static func kind(title: String?, tables: [Table]) -> DocumentKind {
        let title = title ?? ""
        let kinds = Set(tables.map(\.kind))
        let disclosure = kinds.contains { TableScope.of($0) != nil || $0 == .threePublicExpenses }
        if title.includes("决算") || tables.contains(where: { $0.title.includes("决算") }) && !title.includes("预算") {
            return .finalAccountsDisclosure
        }
        if kinds.contains(.projectInformation) || kinds.contains(.reviewSheet) { return .projectApplication }
        if disclosure && (title.includes("预算") || tables.count >= 3) { return .budgetDisclosure }
        if kinds.contains(.selfEvaluation) || title.includes("自评") { return .selfEvaluation }
        if title.includes("绩效评价") { return .evaluation }
        if !kinds.isEmpty && kinds.isSubset(of: [.performanceTargets, .agencyPerformanceTargets]) { return .performanceTargets }
        if disclosure { return .budgetDisclosure }
        // The 情况说明 alone, published apart from its tables (`…2026年部门预算情况说明`).
        if title.includes("部门预算") || title.includes("单位预算") { return .budgetDisclosure }
        return .unknown
    }
}
