import YusuanCore

/// Checks a budget input and turns it into facts. Nothing is compiled from an input with an
/// error: every problem is reported with its place, all at once.
///
/// The catalogues are the codes seen in published documents, not the Ministry's complete
/// book, so a code they lack is a warning ("unverified") when the unit names it, and an
/// error only when it has no name to print.
public struct InputValidator: Sendable {
    public var catalogues: CatalogueSet
    /// A change of at least this share of last year's figure (or from zero) needs a reason.
    public var reasonThreshold = DecimalNumber(units: 10, scale: 2)

    public init(catalogues: CatalogueSet) {
        self.catalogues = catalogues
    }

    public struct Result: Sendable {
        public var issues: [InputIssue]
        /// The facts, when there is no error.
        public var facts: BudgetFacts?

        public var errors: [InputIssue] { issues.filter { $0.severity == .error } }
    }

    public func validate(_ input: BudgetInput) -> Result {
        var issues: [InputIssue] = []
        var codeNames = input.codeNames
        checkAgency(input, &issues)
        var lines: [BudgetLine] = []
        for (index, line) in input.lines.enumerated() {
            if let valid = check(line, index, input, &issues, &codeNames) { lines.append(valid) }
        }
        if let index = input.lines.firstIndex(where: { $0.kind == .project && ($0.economic ?? "").isEmpty }) {
            issues.append(InputIssue(.warning, InputField(.lines, index, "economic"),
                zh: "项目支出未填经济分类（款），项目支出表将只列各项目合计", en: "project lines lack their economic section: the project table will show totals only"))
        }
        if let index = input.lines.firstIndex(where: { $0.use == .yearEndBalance && !$0.amount.isZero }) {
            issues.append(InputIssue(.warning, InputField(.lines, index, "use"),
                zh: "预算安排了年终结转结余；部门预算通常为零，请确认",
                en: "the budget keeps a year-end balance; budgets normally plan none: please confirm"))
        }
        let draft = BudgetFacts(agency: input.agency, department: input.department, subordinates: input.subordinates,
                                fiscalYear: input.fiscalYear, lines: lines, threePublic: input.threePublic,
                                agencyOperatingCost: input.agencyOperatingCost, codeNames: codeNames)
        checkRevenue(input, draft, &issues)
        checkOtherFigures(input, draft, &issues)
        let facts = checkPriorYear(input, draft, &issues)
        checkProjects(input, &issues)
        for (code, _) in input.uses.sorted(by: { $0.key < $1.key }) where FunctionCode(code)?.level != .category {
            issues.append(InputIssue(.error, InputField(.uses, nil, "code"), zh: "“\(code)”不是功能分类的类（3 位）编码",
                                     en: "“\(code)” is not a 3-digit 功能分类 category code"))
        }
        let hasErrors = issues.contains { $0.severity == .error }
        return Result(issues: issues, facts: hasErrors ? nil : facts)
    }

    private func checkAgency(_ input: BudgetInput, _ issues: inout [InputIssue]) {
        if input.agency.name.trimmed.isEmpty {
            issues.append(InputIssue(.error, InputField(.agency, nil, "agency.name"), zh: "单位名称必填", en: "the agency name is required"))
        }
        if input.agency.code.trimmed.isEmpty {
            issues.append(InputIssue(.error, InputField(.agency, nil, "agency.code"), zh: "单位代码必填", en: "the agency code is required"))
        }
        if !(2000...2100).contains(input.fiscalYear) {
            issues.append(InputIssue(.error, InputField(.agency, nil, "fiscalYear"), zh: "预算年度 \(input.fiscalYear) 不是有效年份",
                                     en: "fiscal year \(input.fiscalYear) is not a valid year"))
        }
    }

    private func checkRevenue(_ input: BudgetInput, _ facts: BudgetFacts, _ issues: inout [InputIssue]) {
        guard !input.revenue.isEmpty else { return }
        for (index, entry) in input.revenue.enumerated() {
            let field = InputField(.revenue, index, "amount")
            if entry.amount < .zero {
                issues.append(InputIssue(.error, field, zh: "金额不得为负", en: "the amount must not be negative"))
            }
            let selector = FactSelector(sources: [entry.source], origins: [entry.origin])
            let fromLines = facts.value(of: .lines(selector))
            let stated = input.revenue.filter { $0.source == entry.source && $0.origin == entry.origin }.map(\.amount).sum()
            if stated != fromLines, input.revenue.firstIndex(where: { $0.source == entry.source && $0.origin == entry.origin }) == index {
                issues.append(InputIssue(.error, field,
                    zh: "\(entry.source.chineseName)收入 \(stated.yuan) 元，收支明细中该来源合计 \(fromLines.yuan) 元，二者不符",
                    en: "\(entry.source.englishName) revenue is \(stated.yuan) yuan but the lines from it add up to \(fromLines.yuan) yuan"))
            }
        }
        let stated = Set(input.revenue.map { "\($0.source.rawValue)|\($0.origin.rawValue)" })
        for (index, line) in input.lines.enumerated() where !stated.contains("\(line.source.rawValue)|\(line.origin.rawValue)") && !line.amount.isZero {
            issues.append(InputIssue(.error, InputField(.lines, index, "source"),
                zh: "资金来源“\(line.source.chineseName)”未在“收入”中列出", en: "the source \(line.source.englishName) is not listed under revenue"))
            break
        }
    }

    private func checkOtherFigures(_ input: BudgetInput, _ facts: BudgetFacts, _ issues: inout [InputIssue]) {
        for item in [ThreePublicItem.overseasTravel, .vehiclePurchase, .vehicleOperation, .reception] where input.threePublic[item] < .zero {
            issues.append(InputIssue(.error, InputField(.threePublic, nil, item.rawValue), zh: "金额不得为负", en: "the amount must not be negative"))
        }
        let generalPublic = facts.value(of: .lines(FactSelector(uses: [.expenditure], sources: [.generalPublicBudget])))
        if input.threePublic.total > generalPublic {
            issues.append(InputIssue(.error, InputField(.threePublic), zh: "“三公”经费合计 \(input.threePublic.total.yuan) 元超过一般公共预算支出 \(generalPublic.yuan) 元",
                                     en: "the three public expenses (\(input.threePublic.total.yuan) yuan) exceed general public budget spending (\(generalPublic.yuan) yuan)"))
        }
        if let cost = input.agencyOperatingCost, cost < .zero {
            issues.append(InputIssue(.error, InputField(.otherFigures, nil, "agencyOperatingCost"), zh: "金额不得为负", en: "the amount must not be negative"))
        }
        if let procurement = input.procurement {
            let parts: [(String, Money)] = [("goods", procurement.goods), ("works", procurement.works), ("services", procurement.services),
                                            ("reservedForSmallEnterprises", procurement.reservedForSmallEnterprises),
                                            ("reservedForMicroEnterprises", procurement.reservedForMicroEnterprises)]
            for (key, amount) in parts where amount < .zero {
                issues.append(InputIssue(.error, InputField(.otherFigures, nil, "procurement.\(key)"), zh: "金额不得为负", en: "the amount must not be negative"))
            }
            if procurement.reservedForMicroEnterprises > procurement.reservedForSmallEnterprises {
                issues.append(InputIssue(.error, InputField(.otherFigures, nil, "procurement.reservedForMicroEnterprises"),
                                         zh: "面向小微企业预留额大于面向中小企业预留额", en: "the amount reserved for micro enterprises exceeds the amount reserved for small ones"))
            }
        }
        for (index, item) in (input.assets?.items ?? []).enumerated() {
            if let value = item.value, value < .zero {
                issues.append(InputIssue(.error, InputField(.assets, index, "value"), zh: "价值不得为负", en: "the value must not be negative"))
            }
            if let quantity = item.quantity, quantity.isNegative {
                issues.append(InputIssue(.error, InputField(.assets, index, "quantity"), zh: "数量不得为负", en: "the quantity must not be negative"))
            }
        }
    }

    private func checkProjects(_ input: BudgetInput, _ issues: inout [InputIssue]) {
        let funded = Set(input.lines.compactMap(\.project))
        for (index, project) in input.projects.enumerated() {
            if !funded.contains(project.name) {
                issues.append(InputIssue(.error, InputField(.projects, index, "project"),
                    zh: "项目“\(project.name)”在收支明细中没有金额", en: "project “\(project.name)” has no line in the budget"))
            }
            for indicator in project.indicators where indicator.value.trimmed.isEmpty || indicator.name.trimmed.isEmpty {
                issues.append(InputIssue(.error, InputField(.projects, index, indicator.name.trimmed.isEmpty ? "name" : "value"),
                    zh: "项目“\(project.name)”的绩效指标缺少指标名称或指标值", en: "an indicator of project “\(project.name)” lacks its name or value"))
            }
        }
    }
}

extension String {
    var trimmed: String { TextNormalization.trimmed(self) }
}
