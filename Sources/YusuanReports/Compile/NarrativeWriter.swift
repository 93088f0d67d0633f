import YusuanCore

/// The 情况说明, section by section, as the seeds lay it out. Every amount is a measure of
/// the facts printed at the tables' precision; shares and changes come from `FigureWords`.
extension PackageBuilder {
    func narrative() -> [PackageSection] {
        var sections = [overall(), revenue(), expenditure(), fiscalAppropriation(), generalPublic(), generalPublicBasic(),
                        projects(), threePublic(), governmentFund()]
        sections.append(PackageSection("其他重要事项的情况说明", subsections: otherMatters()))
        return sections.enumerated().map { index, section in
            var section = section
            section.heading = "\(Self.chineseNumeral(index + 1))、\(section.heading)"
            for sub in section.subsections.indices {
                section.subsections[sub].heading = "（\(Self.chineseNumeral(sub + 1))）\(section.subsections[sub].heading)"
            }
            return section
        }
    }

    /// `关于{单位}{年}年{subject}` when short enough for a reader to take as a heading, else the subject alone.
    func heading(_ subject: String) -> String {
        let full = "关于\(agencyName)\(year)年\(subject)"
        return full.count <= 54 ? full : subject
    }

    func value(_ selector: FactSelector) -> Money { facts.value(of: .lines(selector)) }
    func prior(_ key: PriorKey) -> Money? {
        if case .threePublic(let item)? = key.measure { return facts.priorYearThreePublic?[item] }
        return input.prior(key)?.amount
    }
    /// Assets are holdings, compared with last year's, not with a budget.
    func change(_ key: PriorKey, _ current: Money) -> String? {
        words.change(from: prior(key), to: current, reason: input.prior(key)?.reason, basis: key == .assetsTotal ? "上年" : "上年预算")
    }
    /// `text，change。`
    func sentence(_ text: String, _ change: String?) -> String {
        [text, change].compactMap { $0 }.joined(separator: "，") + "。"
    }

    /// 功能分类 类 codes of the lines a selector matches, with their amounts, in code order.
    func categories(_ selector: FactSelector) -> [(code: FunctionCode, amount: Money)] {
        let codes = Set(facts.lines.filter(selector.matches).compactMap { $0.function.ancestor(at: .category) })
        return codes.sorted().map { ($0, value(selector.narrowed(by: FactSelector(function: $0.digits)))) }.filter { !$0.amount.isZero }
    }

    func overall() -> PackageSection {
        let total = value(.all)
        var paragraphs = [sentence("按照全口径预算的原则，\(agencyName)\(year)年所有收入和支出均纳入部门预算管理。收支总预算 \(words.amount(total))",
                                   change(.revenueTotal, total))]
        var sources = FundSource.allCases.filter { !value(FactSelector(sources: [$0], origins: [.currentYear])).isZero }.map(\.chineseName)
        if !value(FactSelector(origins: [.priorYearCarryover])).isZero { sources.append("上年结转结余") }
        if !sources.isEmpty { paragraphs.append("收入预算包括：\(sources.joined(separator: "、"))。") }
        var uses = categories(.expenditure).map { views.name(of: $0.code.digits) }
        if !value(.yearEndBalance).isZero { uses.append("年终结转结余") }
        if !uses.isEmpty { paragraphs.append("支出预算包括：\(uses.joined(separator: "、"))。") }
        return PackageSection(heading("收支预算情况的总体说明"), paragraphs)
    }

    func revenue() -> PackageSection {
        let total = value(.all)
        var paragraphs = ["\(agencyName)\(year)年收入预算 \(words.amount(total))，其中："]
        for source in FundSource.allCases {
            let amount = value(FactSelector(sources: [source], origins: [.currentYear]))
            guard !amount.isZero || !(prior(.revenue(source)) ?? .zero).isZero else { continue }
            let share = words.share(amount, of: total).map { "占 \($0)" }
            paragraphs.append(sentence([source.chineseName + " " + words.amount(amount), share].compactMap { $0 }.joined(separator: "，"),
                                       change(.revenue(source), amount)))
        }
        let carryover = value(FactSelector(origins: [.priorYearCarryover]))
        if !carryover.isZero {
            paragraphs.append("上年结转结余 \(words.amount(carryover))，占 \(words.share(carryover, of: total)!)。")
        }
        if total.isZero { paragraphs = ["\(agencyName)\(year)年未安排收入预算。"] }
        return PackageSection(heading("收入预算情况说明"), paragraphs)
    }

    func expenditure() -> PackageSection {
        let total = value(.expenditure)
        var paragraphs = ["\(agencyName)\(year)年支出预算 \(words.amount(total))，其中："]
        let kinds: [(String, Set<ExpenditureKind>, PriorKey?)] = [("基本支出", ExpenditureKind.basic, .expenditureBasic), ("项目支出", [.project], .expenditureProject)]
            + [ExpenditureKind.institutionBusiness, .remittanceToSuperior, .subsidyToSubordinates].map { ($0.chineseName, [$0], nil) }
        for (name, kinds, key) in kinds {
            let amount = value(FactSelector(uses: [.expenditure], kinds: kinds))
            guard !amount.isZero || (key.flatMap(prior).map { !$0.isZero } ?? false) else { continue }
            let share = words.share(amount, of: total).map { "占 \($0)" }
            paragraphs.append(sentence([name + " " + words.amount(amount), share].compactMap { $0 }.joined(separator: "，"),
                                       key.flatMap { change($0, amount) }))
        }
        let balance = value(.yearEndBalance)
        if !balance.isZero { paragraphs.append("另有年终结转结余 \(words.amount(balance))。") }
        if total.isZero { paragraphs = ["\(agencyName)\(year)年未安排支出预算。"] }
        return PackageSection(heading("支出预算情况说明"), paragraphs)
    }

    func fiscalAppropriation() -> PackageSection {
        let fiscal = FactSelector(sources: FundSource.fiscalAppropriation)
        let total = value(fiscal)
        var paragraphs = ["\(year)年财政拨款收支总预算 \(words.amount(total))。"]
        let budgets: [FundSource] = [.generalPublicBudget, .governmentFund, .stateCapitalOperation]
        let funded = budgets.filter { !value(FactSelector(sources: [$0], origins: [.currentYear])).isZero }
        let absent = budgets.filter { !funded.contains($0) }.map(\.chineseName)
        if funded.count == 1 {
            paragraphs.append("收入全部为\(funded[0].chineseName)" + (absent.isEmpty ? "。" : "，无\(absent.joined(separator: "和"))。"))
        }
        if !funded.isEmpty {
            let parts = funded.map { "\($0.chineseName) \(words.amount(value(FactSelector(sources: [$0], origins: [.currentYear]))))" }
            paragraphs.append("收入预算包括：\(parts.joined(separator: "，"))。")
        }
        let carried = value(fiscal.narrowed(by: FactSelector(origins: [.priorYearCarryover])))
        if !carried.isZero { paragraphs.append("另有上年结转的财政拨款 \(words.amount(carried))。") }
        let spending = categories(fiscal.narrowed(by: .expenditure))
        if !spending.isEmpty { paragraphs.append("财政拨款支出按功能分类如下：") }
        for (code, amount) in spending {
            let use = input.uses[code.digits].map { "，主要用于\(FigureWords.withoutFinalStop($0))" } ?? ""
            paragraphs.append("\(views.name(of: code.digits)) \(words.amount(amount))\(use)。")
        }
        if total.isZero { paragraphs = ["\(agencyName)\(year)年未安排财政拨款预算。"] }
        return PackageSection(heading("财政拨款收支预算情况的总体说明"), paragraphs)
    }
}
