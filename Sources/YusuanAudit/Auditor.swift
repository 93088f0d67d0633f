import YusuanCore
import YusuanDocuments

/// Runs the rules over a document and collects their findings.
public struct Auditor: Sendable {
    public var rules: [any AuditRule]
    public var catalogues: CatalogueSet

    public init(rules: [any AuditRule] = RuleCatalogue.all, catalogues: CatalogueSet) {
        self.rules = rules
        self.catalogues = catalogues
    }

    /// Every finding, most severe first, then in document order.
    public func audit(_ document: Document) -> [Finding] {
        let context = AuditContext(document: document, catalogues: catalogues)
        let findings = LayoutGate(context).apply(to: rules.flatMap { $0.check(context) }, in: context)
        return findings.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            return (a.location.tableIndex ?? -1, a.location.line ?? 0, a.rule) < (b.location.tableIndex ?? -1, b.location.line ?? 0, b.rule)
        }
    }
}
