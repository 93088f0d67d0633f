import YusuanCore

/// A published document read into a typed model: the auditor, the compiler and the web
/// application all work from this.
public struct Document: Sendable, Hashable, Codable {
    /// The file it was read from, as given.
    public var file: String
    public var kind: DocumentKind
    /// The document's own title (`2021 年部门预算公开`).
    public var title: String?
    /// The issuing agency.
    public var agency: String?
    public var fiscalYear: Int?
    /// The unit most of its tables print in.
    public var moneyScale: MoneyScale?
    public var tables: [Table]
    /// The narrative (情况说明, 名词解释 …): every paragraph outside the tables.
    public var narrative: [NarrativeParagraph]
    /// The quantified statements of its narrative.
    public var statements: [Statement]
    /// For a 项目支出预算申报: the application, typed (project, targets, review sheets).
    public var project: ProjectApplication?
    /// What the reader could not understand, with its place and why.
    public var unrecognized: [Unrecognized]
    /// For a scan read by OCR: how it was read. Its figures are less certain.
    public var ocr: OCRReading?

    public init(file: String, kind: DocumentKind = .unknown, title: String? = nil, agency: String? = nil,
                fiscalYear: Int? = nil, moneyScale: MoneyScale? = nil, tables: [Table] = [],
                narrative: [NarrativeParagraph] = [], statements: [Statement] = [], project: ProjectApplication? = nil, unrecognized: [Unrecognized] = []) {
        self.file = file
        self.kind = kind
        self.title = title
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.moneyScale = moneyScale
        self.tables = tables
        self.narrative = narrative
        self.statements = statements
        self.project = project
        self.unrecognized = unrecognized
    }

    /// The tables of one kind, in document order.
    public func tables(_ kind: TableKind) -> [Table] { tables.filter { $0.kind == kind } }
}
