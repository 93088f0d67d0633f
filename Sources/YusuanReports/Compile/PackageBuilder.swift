import YusuanCore

/// Builds the disclosure package from validated facts and the input they came from.
public struct PackageBuilder: Sendable {
    public var input: BudgetInput
    public var facts: BudgetFacts
    public var views: DisclosureViews
    public var words: FigureWords

    public init(input: BudgetInput, facts: BudgetFacts, catalogues: CatalogueSet) {
        self.input = input
        self.facts = facts
        self.views = DisclosureViews(facts: facts, catalogues: catalogues)
        self.words = FigureWords(precision: input.precision)
    }

    public func build() -> DisclosurePackage {
        DisclosurePackage(
            title: "\(agencyName)\(facts.fiscalYear)年部门预算公开", agency: agencyName, fiscalYear: facts.fiscalYear,
            precision: input.precision, profile: profile(), tables: tables(), narrative: narrative(),
            glossary: input.glossary.isEmpty ? StandardGlossary.terms : input.glossary, issued: input.issued)
    }

    var agencyName: String { facts.agency.name }
    var year: Int { facts.fiscalYear }

    /// The standard tables in their usual order; 国有资本经营预算支出表 only when the unit has
    /// such money. Tables by 功能分类 list 类/款/项 rows under the 合计; a department with units
    /// lists each agency with its own rows.
    func tables() -> [PackageTable] {
        let grouping: RowGrouping = facts.subordinates.isEmpty ? .functions : .agenciesWithFunctions
        var kinds = TableKind.disclosureTables
        if !views.fundExpenditure(.stateCapitalOperation).isEmpty { kinds.insert(.stateCapitalExpenditure, at: kinds.count - 1) }
        return kinds.enumerated().map { index, kind in
            let view: TableView = switch kind {
            case .revenueSummary: views.revenueSummary(grouping: grouping)
            case .expenditureSummary: views.expenditureSummary(grouping: grouping)
            case .generalPublicExpenditure: views.generalPublicExpenditure(grouping: grouping)
            case .governmentFundExpenditure: views.fundExpenditure(.governmentFund, grouping: grouping)
            case .stateCapitalExpenditure: views.fundExpenditure(.stateCapitalOperation, grouping: grouping)
            case .projectExpenditure: projectTable()
            default: views.table(kind)!
            }
            return PackageTable(number: "表\(Self.chineseNumeral(index + 1))", view: view, note: view.isEmpty ? emptyNote(kind, view) : nil)
        }
    }

    /// 项目支出表 by 经济分类 when every project line has its 经济分类; else only each project's
    /// total, since columns that do not add up to it would be wrong, not just incomplete.
    func projectTable() -> TableView {
        var view = views.projectExpenditure()
        let lines = FactSelector(uses: [.expenditure], kinds: [.project])
        guard facts.lines.contains(where: { lines.matches($0) && $0.economic == nil }) else { return view }
        view.columns = view.columns.filter { $0.meaning == .total }
        for index in view.rows.indices { view.rows[index].cells = view.rows[index].cells.filter { $0.key == .total } }
        return view
    }

    /// Why a table is empty, as the seeds say it.
    func emptyNote(_ kind: TableKind, _ view: TableView) -> String {
        let reason = switch kind {
        case .threePublicExpenses: "未安排“三公”经费支出预算"
        case .governmentFundExpenditure: "没有使用政府性基金预算拨款安排的支出"
        case .stateCapitalExpenditure: "没有使用国有资本经营预算拨款安排的支出"
        case .projectExpenditure: "未安排项目支出预算"
        case .generalPublicProjectExpenditure: "未安排一般公共预算项目支出"
        default: "未安排此项预算"
        }
        return "备注：\(agencyName)\(year)年\(reason)，因此\(view.title)为空表。"
    }

    func profile() -> [PackageSection] {
        guard let profile = input.profile else { return [] }
        var sections: [PackageSection] = []
        if !profile.functions.isEmpty {
            sections.append(PackageSection("一、主要职能", profile.functions.enumerated().map { "\($0 + 1). \($1)" }))
        }
        if !profile.organisation.isEmpty {
            sections.append(PackageSection("\(Self.chineseNumeral(sections.count + 1))、机构设置及人员情况", profile.organisation))
        }
        return sections
    }

    /// 一, 二 … 十, 十一 … 九十九.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if number < 10 { return digits[number] }
        let tens = number / 10, ones = number % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
    }
}
