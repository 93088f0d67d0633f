import YusuanCore

/// 一般公共预算 sections: 当年拨款 (规模, 结构, 具体使用), 基本支出. The money is the
/// 一般公共预算支出表's — carry-over included — so the text and the table cannot disagree.
extension PackageBuilder {
    var generalPublicSelector: FactSelector { FactSelector(uses: [.expenditure], sources: [.generalPublicBudget]) }

    func generalPublic() -> PackageSection {
        let gp = generalPublicSelector
        let total = value(gp)
        guard !total.isZero || !(prior(.generalPublicTotal) ?? .zero).isZero else {
            return PackageSection(heading("一般公共预算当年拨款情况说明"), ["\(agencyName)\(year)年未安排一般公共预算拨款支出。"])
        }
        let basic = value(gp.narrowed(by: FactSelector(kinds: ExpenditureKind.basic)))
        let project = value(gp.narrowed(by: FactSelector(kinds: [.project])))
        var scale = [sentence("\(agencyName)\(year)年一般公共预算拨款支出 \(words.amount(total))", change(.generalPublicTotal, total))]
        let carried = value(gp.narrowed(by: FactSelector(origins: [.priorYearCarryover])))
        if !carried.isZero { scale.append("上年结转的一般公共预算拨款安排支出 \(words.amount(carried))。") }
        scale.append(sentence("基本支出 \(words.amount(basic))", change(.generalPublicBasic, basic)))
        scale.append(sentence("项目支出 \(words.amount(project))", change(.generalPublicProject, project)))

        var structure = ["\(year)年一般公共预算拨款支出 \(words.amount(total))，其中："]
        let classes = categories(gp)
        for (index, (code, amount)) in classes.enumerated() {
            let end = index == classes.count - 1 ? "。" : "；"
            structure.append("\(index + 1). \(views.name(of: code.digits))（类）\(words.amount(amount))，占 \(words.share(amount, of: total) ?? "0.00%")\(end)")
        }

        var uses: [String] = []
        let items = Set(facts.lines.filter(gp.matches).map(\.function)).sorted()
        for (index, code) in items.enumerated() {
            let amount = value(gp.narrowed(by: FactSelector(function: code.digits)))
            let names = CodeLevel.allCases.compactMap { code.ancestor(at: $0) }.map { ancestor in
                "\(views.name(of: ancestor.digits))（\(["类", "款", "项"][ancestor.level.depth])）"
            }.joined()
            uses.append(sentence("\(index + 1). \(names)：\(year)年预算数为 \(words.amount(amount))", change(.generalPublic(code), amount)))
        }
        return PackageSection(heading("一般公共预算当年拨款情况说明"), subsections: [
            PackageSection("一般公共预算当年拨款规模变化情况", scale),
            PackageSection("一般公共预算当年拨款结构情况", structure),
            PackageSection("一般公共预算当年拨款具体使用情况", uses),
        ])
    }

    func generalPublicBasic() -> PackageSection {
        let gp = generalPublicSelector
        let basic = value(gp.narrowed(by: FactSelector(kinds: ExpenditureKind.basic)))
        guard !basic.isZero else {
            return PackageSection(heading("一般公共预算基本支出情况说明"), ["\(agencyName)\(year)年未安排一般公共预算基本支出。"])
        }
        var paragraphs = ["\(agencyName)\(year)年一般公共预算基本支出 \(words.amount(basic))，其中："]
        for (name, kind) in [("人员经费", ExpenditureKind.basicPersonnel), ("公用经费", .basicOperating)] {
            let selector = gp.narrowed(by: FactSelector(kinds: [kind]))
            let amount = value(selector)
            let sections = Set(facts.lines.filter { selector.matches($0) && !$0.amount.isZero }.compactMap(\.economic)).sorted()
            let list = sections.isEmpty ? "" : "，主要包括：\(sections.map { views.name(of: $0.digits) }.joined(separator: "、"))"
            paragraphs.append("\(name) \(words.amount(amount))\(list)。")
        }
        return PackageSection(heading("一般公共预算基本支出情况说明"), paragraphs)
    }

    /// 项目支出: each project with its amount and share of all project spending.
    func projects() -> PackageSection {
        let selector = FactSelector(uses: [.expenditure], kinds: [.project])
        let total = value(selector)
        guard !total.isZero else {
            return PackageSection(heading("项目支出情况说明"), ["\(agencyName)\(year)年未安排项目支出预算。"])
        }
        var paragraphs = ["\(agencyName)\(year)年项目支出预算 \(words.amount(total))，其中："]
        var names: [String] = []
        for line in facts.lines where selector.matches(line) {
            if let name = line.project, !names.contains(name) { names.append(name) }
        }
        for (index, name) in names.enumerated() {
            let amount = value(selector.narrowed(by: FactSelector(project: name)))
            let general = value(selector.narrowed(by: FactSelector(sources: [.generalPublicBudget], project: name)))
            // `…拨款 X 万元` alone would name the 一般公共预算 revenue row; `…安排支出` names no row.
            let funding = general == amount ? "全部为一般公共预算拨款" : (general.isZero ? "" : "其中一般公共预算拨款安排支出 \(words.amount(general))")
            let share = "占 \(words.share(amount, of: total)!)"
            paragraphs.append("\(index + 1). “\(name)” \(words.amount(amount))，\(share)\(funding.isEmpty ? "" : "，\(funding)")。")
        }
        return PackageSection(heading("项目支出情况说明"), paragraphs)
    }
}
