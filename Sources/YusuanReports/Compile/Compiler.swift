import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Compiles a budget input into its disclosure package: validate, build, write the text,
/// read it back and audit it. A package is publishable only when the input has no error
/// and the audit of what was generated finds no error either.
public struct Compiler: Sendable {
    public var catalogues: CatalogueSet
    /// What the generated package is audited with: Yusuan's rules, or a bureau's pack.
    public var auditor: Auditor

    public init(catalogues: CatalogueSet, pack: ResolvedPack? = nil) {
        self.catalogues = catalogues
        self.auditor = pack.map { Auditor(pack: $0, catalogues: catalogues) } ?? Auditor(catalogues: catalogues)
    }

    public struct Result: Sendable {
        public var issues: [InputIssue]
        public var package: DisclosurePackage?
        /// The package as text (tab-separated tables), as it was read back and audited.
        public var text: String?
        public var document: Document?
        public var findings: [Finding]
        public var facts: BudgetFacts?
        /// Where the text read back differs from the views (`ReadBackCheck`); empty when it is the facts' document.
        public var readBack: [String] = []

        /// No input error, no error finding in the generated package, and every table read
        /// back as generated.
        public var isPublishable: Bool {
            package != nil && !issues.contains { $0.severity == .error } && !findings.contains { $0.severity == .error } && readBack.isEmpty
        }
    }

    public func compile(_ input: BudgetInput, file: String = "disclosure.txt") -> Result {
        let validation = InputValidator(catalogues: catalogues).validate(input)
        guard let facts = validation.facts else {
            return Result(issues: validation.issues, package: nil, text: nil, document: nil, findings: [], facts: nil)
        }
        let package = PackageBuilder(input: input, facts: facts, catalogues: catalogues).build()
        let text = PackageText(package).text
        let document = DocumentReader(catalogues: catalogues).read(text: text, file: file)
        let findings = auditor.audit(document)
        return Result(issues: validation.issues, package: package, text: text, document: document, findings: findings, facts: facts,
                      readBack: ReadBackCheck.differences(package, document))
    }
}
