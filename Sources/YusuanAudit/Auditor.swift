import YusuanCore
import YusuanDocuments

/// Runs the rules over a document and collects their findings.
public struct Auditor: Sendable {
    public var rules: [any AuditRule]
    public var catalogues: CatalogueSet
    /// The pack the rules come from: its id goes on every finding, its severities replace
    /// the rules' own.
    public var pack: ResolvedPack?

    public init(rules: [any AuditRule] = RuleCatalogue.all, catalogues: CatalogueSet) {
        self.rules = rules
        self.catalogues = catalogues
    }

    /// An auditor with a pack's rules and severities.
    public init(pack: ResolvedPack, catalogues: CatalogueSet) {
        self.rules = pack.rules
        self.catalogues = catalogues
        self.pack = pack
    }

    /// Every finding, most severe first, then in document order.
    public func audit(_ document: Document) -> [Finding] {
        audit(AuditContext(document: document, catalogues: catalogues))
    }

    /// Every finding in a context already built (a batch keeps it for the checks across
    /// documents rather than building its identity graph twice).
    public func audit(_ context: AuditContext) -> [Finding] {
        var findings = context.layoutGate.apply(to: Self.culpritsFirst(rules.flatMap { $0.check(context) }), in: context)
        findings = OCRReadingRule.marking(findings, of: context.document)
        if let pack {
            for index in findings.indices {
                if let severity = pack.severities[findings[index].rule] { findings[index].severity = severity }
                findings[index].pack = pack.pack.id
            }
        }
        return Self.ordered(findings)
    }

    /// Most severe first, then in document order.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            return (a.location.tableIndex ?? -1, a.location.line ?? 0, a.rule) < (b.location.tableIndex ?? -1, b.location.line ?? 0, b.rule)
        }
    }

    /// A culprit finding replaces the pair findings of the identities it explains: they are
    /// the cells it lists.
    static func culpritsFirst(_ findings: [Finding]) -> [Finding] {
        let culprits = findings.filter { $0.rule == IdentityCulpritRule.descriptor.id }
        guard !culprits.isEmpty else { return findings }
        let explained = Set(culprits.flatMap { [$0.location] + $0.related }.map(CellPlace.init))
        return findings.filter { finding in
            !(IdentityCulpritRule.identityRules.contains(finding.rule) && explained.contains(CellPlace(finding.location)))
        }
    }

    private struct CellPlace: Hashable {
        var table: Int?
        var row: Int?
        var column: Int?
        init(_ location: FindingLocation) {
            table = location.tableIndex
            row = location.rowIndex
            column = location.columnIndex
        }
    }
}
