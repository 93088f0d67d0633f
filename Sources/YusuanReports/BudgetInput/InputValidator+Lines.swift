import YusuanCore

extension InputValidator {
    /// One line: codes well formed and known (or named), a kind, a project where one is
    /// needed, an amount that is not negative. Returns the budget line when it is usable.
    func check(_ line: InputLine, _ index: Int, _ input: BudgetInput, _ issues: inout [InputIssue],
               _ codeNames: inout [String: String]) -> BudgetLine? {
        func error(_ column: String, _ zh: String, _ en: String) {
            issues.append(InputIssue(.error, InputField(.lines, index, column), zh: zh, en: en))
        }
        var usable = true
        let function = FunctionCode(line.function.trimmed)
        if let function {
            if function.level != .item {
                error("function", "功能分类编码 \(function.digits) 须到项（7 位）", "功能分类 code \(function.digits) must be an item (7 digits)")
                usable = false
            } else {
                checkName(function.digits, line.functionName, .function, index, "functionName", &issues, &codeNames)
            }
        } else {
            error("function", "“\(line.function)”不是功能分类编码（以 2 开头的 7 位数字）", "“\(line.function)” is not a 功能分类 code (7 digits starting with 2)")
            usable = false
        }
        var economic: EconomicCode?
        if let text = line.economic?.trimmed, !text.isEmpty {
            economic = EconomicCode(text)
            if let code = economic, code.level == .section, !code.isGovernment {
                checkName(code.digits, line.economicName, .economicDepartment, index, "economicName", &issues, &codeNames)
            } else {
                error("economic", "“\(text)”不是部门预算支出经济分类的款（以 3 开头的 5 位数字）",
                      "“\(text)” is not a 部门预算支出经济分类 section code (5 digits starting with 3)")
                usable = false
            }
        } else if line.source == .generalPublicBudget, line.kind?.isBasic == true, line.use == .expenditure {
            error("economic", "一般公共预算基本支出须填经济分类（款），一般公共预算基本支出表按经济分类列示",
                  "general public budget basic spending needs an economic section code: its table is by 经济分类")
            usable = false
        }
        if line.kind == nil && line.use == .expenditure {
            error("kind", "支出类型必填（人员经费、公用经费、项目支出等）", "the kind of spending is required (personnel, operating, project …)")
            usable = false
        }
        let project = line.project?.trimmed
        if line.kind == .project && (project ?? "").isEmpty {
            error("project", "项目支出须填项目名称", "a project line needs the project's name")
            usable = false
        } else if line.kind != .project, let project, !project.isEmpty {
            error("project", "只有项目支出才填项目名称（本行为\(line.kind?.chineseName ?? "年终结转结余")）",
                  "only project lines name a project (this line is \(line.kind?.rawValue ?? "a year-end balance"))")
            usable = false
        }
        if line.amount < .zero {
            error("amount", "金额不得为负：\(line.amount.yuan) 元", "the amount must not be negative: \(line.amount.yuan) yuan")
            usable = false
        }
        if let agency = line.agency?.trimmed, !agency.isEmpty, !input.allAgencyCodes.contains(agency) {
            error("agency", "单位代码 \(agency) 不是本单位、主管部门或所列下属单位", "agency code \(agency) is not the agency, its department or a listed unit")
            usable = false
        }
        guard usable, let function else { return nil }
        let agency = line.agency?.trimmed
        return BudgetLine(function: function, economic: economic, kind: line.use == .yearEndBalance ? line.kind : line.kind,
                          source: line.source, origin: line.origin, amount: line.amount,
                          agency: agency == input.agency.code || agency?.isEmpty == true ? nil : agency,
                          project: line.kind == .project ? project : nil, use: line.use)
    }

    /// A code's name against the catalogue: a different name is an error, a shortened one a
    /// warning; a code the catalogue lacks is unverified (a warning) when named, an error
    /// when there is no name to print. Names that differ but are accepted are printed.
    private func checkName(_ code: String, _ name: String?, _ kind: ClassificationKind, _ index: Int, _ column: String,
                           _ issues: inout [InputIssue], _ codeNames: inout [String: String]) {
        let catalogue = catalogues[kind]
        let typed = name?.trimmed ?? ""
        let field = InputField(.lines, index, column)
        guard catalogue.entry(code) != nil else {
            if let known = codeNames[code] ?? (typed.isEmpty ? nil : typed) {
                codeNames[code] = known
                issues.append(InputIssue(.warning, field, zh: "编码 \(code)（\(known)）不在分类目录中，未能核实；目录据已公开文件整理，并非完整科目表",
                                         en: "code \(code) (\(known)) is not in the catalogue, so it is unverified; the catalogue is compiled from published documents, not the complete book"))
            } else {
                issues.append(InputIssue(.error, field, zh: "编码 \(code) 不在分类目录中，请填写其名称", en: "code \(code) is not in the catalogue: give its name"))
            }
            return
        }
        guard !typed.isEmpty else { return }
        switch catalogue.check(code: code, name: typed) {
        case .exact: break
        case .knownVariant, .qualifiedByParent: codeNames[code] = codeNames[code] ?? typed
        case .abbreviated(let expected):
            codeNames[code] = codeNames[code] ?? typed
            issues.append(InputIssue(.warning, field, zh: "编码 \(code) 的名称“\(typed)”是“\(expected)”的简写", en: "“\(typed)” shortens the name of \(code), “\(expected)”"))
        case .mismatch(let expected):
            issues.append(InputIssue(.error, field, zh: "编码 \(code) 的名称应为“\(expected)”，填写的是“\(typed)”", en: "code \(code) is “\(expected)”, the input says “\(typed)”"))
        case .unverifiedCode: break
        }
    }
}

extension BudgetInput {
    var allAgencyCodes: Set<String> {
        Set([agency.code] + (department.map { [$0.code] } ?? []) + subordinates.map(\.code))
    }
}
