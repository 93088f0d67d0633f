import YusuanCore

/// A unit's complete 部门预算公开, built from its facts: the parts every format writes. Every
/// figure in it — tables and narrative — comes from the facts; formats only lay it out.
public struct DisclosurePackage: Sendable {
    /// `新疆…监督站2021年部门预算公开`
    public var title: String
    public var agency: String
    public var fiscalYear: Int
    public var precision: DisplayPrecision
    /// 第一部分 单位概况.
    public var profile: [PackageSection]
    /// 第二部分: the standard tables, numbered.
    public var tables: [PackageTable]
    /// 第三部分 情况说明.
    public var narrative: [PackageSection]
    /// 第四部分 名词解释.
    public var glossary: [GlossaryTerm]
    public var issued: String?

    /// The titles of the four parts, as printed.
    public var partTitles: [String] {
        ["第一部分 \(agency)概况", "第二部分 \(fiscalYear)年部门预算公开表", "第三部分 \(fiscalYear)年部门预算情况说明", "第四部分 名词解释"]
    }
}

/// One standard table: its number (`表一`), the view, and the 备注 an empty table carries.
public struct PackageTable: Sendable {
    public var number: String
    public var view: TableView
    public var note: String?
}

/// A section of text: a heading, paragraphs, and the tables some sections hold (预算绩效
/// holds the 项目支出绩效目标表).
public struct PackageSection: Sendable {
    public var heading: String
    public var paragraphs: [String]
    public var subsections: [PackageSection]
    public var targets: [ProjectTargets]

    public init(_ heading: String, _ paragraphs: [String] = [], subsections: [PackageSection] = [], targets: [ProjectTargets] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.subsections = subsections
        self.targets = targets
    }
}

/// 项目支出绩效目标表 of one project.
public struct ProjectTargets: Sendable {
    public var project: String
    public var total: Money
    public var fiscal: Money
    public var other: Money
    public var goal: String?
    public var indicators: [IndicatorInput]
}
