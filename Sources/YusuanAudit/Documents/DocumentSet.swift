import YusuanCore
import YusuanDocuments

/// Documents audited together (`yusuan audit DIR`), matched by agency and year: a 部门's
/// disclosure with its 单位's, this year's with last year's.
public struct DocumentSet: Sendable {
    /// One context per document, in the order given.
    public let contexts: [AuditContext]

    public init(documents: [Document], catalogues: CatalogueSet) {
        contexts = documents.map { AuditContext(document: $0, catalogues: catalogues) }
    }

    /// The documents of contexts already built, in the order given.
    public init(contexts: [AuditContext]) {
        self.contexts = contexts
    }

    /// An agency's name as documents compare: without spaces, width variants or `(本级)`.
    public static func agencyKey(_ name: String) -> String { AgencyNameRule.normalize(name) }

    /// The documents of an agency, a year and a kind.
    public func documents(agency: String, year: Int, kind: DocumentKind) -> [AuditContext] {
        let key = Self.agencyKey(agency)
        return contexts.filter { context in
            context.document.kind == kind && context.document.fiscalYear == year
                && context.document.agency.map(Self.agencyKey) == key
        }
    }

    /// Last year's document of the same agency and kind, if the set has one.
    public func priorYear(of context: AuditContext) -> AuditContext? {
        guard let agency = context.document.agency, let year = context.document.fiscalYear else { return nil }
        return documents(agency: agency, year: year - 1, kind: context.document.kind).first
    }
}

/// A check across the documents of a set. One rule per file, like `AuditRule`.
public protocol DocumentSetRule: Sendable {
    static var descriptor: RuleDescriptor { get }
    func check(_ set: DocumentSet) -> [Finding]
}

extension DocumentSetRule {
    public var descriptor: RuleDescriptor { Self.descriptor }
}

/// Runs the set rules and returns their findings, with a pack's severities.
public struct DocumentSetAuditor: Sendable {
    public var rules: [any DocumentSetRule]
    public var pack: ResolvedPack?

    public init(rules: [any DocumentSetRule] = RuleCatalogue.documentSetRules, pack: ResolvedPack? = nil) {
        self.rules = rules.filter { rule in !(pack?.disabled.contains(rule.descriptor.id) ?? false) }
        self.pack = pack
    }

    public func audit(_ set: DocumentSet) -> [Finding] {
        rules.flatMap { $0.check(set) }.map { finding in
            var finding = finding
            if let severity = pack?.severities[finding.rule] { finding.severity = severity }
            finding.pack = pack?.pack.id
            return finding
        }
    }
}

extension FindingLocation {
    /// The same place, marked as in another document.
    func inFile(_ file: String) -> FindingLocation {
        var location = self
        location.file = file
        return location
    }
}
