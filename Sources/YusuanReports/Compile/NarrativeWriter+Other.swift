import YusuanCore

/// “三公”经费, 政府性基金, and the other matters: 机关运行经费, 政府采购, 国有资产, 预算绩效.
extension PackageBuilder {
    func threePublic() -> PackageSection {
        let current = facts.threePublic
        let title = heading("一般公共预算“三公”经费预算情况说明")
        guard !current.total.isZero || !(facts.priorYearThreePublic?.total ?? .zero).isZero else {
            return PackageSection(title, ["\(agencyName)\(year)年未安排一般公共预算“三公”经费预算。"])
        }
        var paragraphs = [sentence("\(agencyName)\(year)年一般公共预算“三公”经费预算 \(words.amount(current.total))",
                                   words.change(from: facts.priorYearThreePublic?.total, to: current.total))]
        for item in ThreePublicItem.parts {
            paragraphs.append(sentence("\(item.chineseName) \(words.amount(current[item]))", change(.threePublic(item), current[item])))
        }
        return PackageSection(title, paragraphs)
    }

    func governmentFund() -> PackageSection {
        let selector = FactSelector(uses: [.expenditure], sources: [.governmentFund])
        let total = value(selector)
        let title = heading("政府性基金预算拨款情况说明")
        guard !total.isZero else {
            return PackageSection(title, ["\(agencyName)\(year)年没有使用政府性基金预算拨款安排的支出，因此政府性基金预算支出表为空表。"])
        }
        var paragraphs = ["\(agencyName)\(year)年政府性基金预算拨款安排的支出 \(words.amount(total))，其中："]
        for (code, amount) in categories(selector) {
            paragraphs.append("\(views.name(of: code.digits)) \(words.amount(amount))，占 \(words.share(amount, of: total)!)。")
        }
        return PackageSection(title, paragraphs)
    }

    func otherMatters() -> [PackageSection] {
        var sections: [PackageSection] = []
        if let cost = facts.agencyOperatingCost {
            sections.append(PackageSection("机关运行经费情况", [sentence("\(year)年，\(agencyName)机关运行经费财政拨款预算 \(words.amount(cost))",
                                                                   change(.agencyOperatingCost, cost))]))
        } else {
            sections.append(PackageSection("机关运行经费情况", ["\(year)年，\(agencyName)未安排机关运行经费财政拨款预算。"]))
        }
        if let procurement = input.procurement {
            sections.append(PackageSection("政府采购情况", [
                sentence("\(year)年，\(agencyName)政府采购预算 \(words.amount(procurement.total))", change(.procurementTotal, procurement.total)),
                "其中：政府采购货物预算 \(words.amount(procurement.goods))，政府采购工程预算 \(words.amount(procurement.works))，政府采购服务预算 \(words.amount(procurement.services))。",
                "面向中小企业预留政府采购项目预算金额 \(words.amount(procurement.reservedForSmallEnterprises))，其中：面向小微企业预留政府采购项目预算金额 \(words.amount(procurement.reservedForMicroEnterprises))。",
            ]))
        } else {
            sections.append(PackageSection("政府采购情况", ["\(year)年，\(agencyName)未安排政府采购预算。"]))
        }
        if let assets = input.assets {
            var paragraphs = ["截至\(assets.asOf)，\(agencyName)占用使用国有资产情况为："]
            for (index, item) in assets.items.enumerated() {
                let quantity = item.quantity.map { " \($0)\(item.unit.map { " \($0)" } ?? "")" } ?? ""
                let worth = item.value.map { "\(quantity.isEmpty ? "" : "，")价值 \(words.amount($0))" } ?? ""
                paragraphs.append("\(index + 1). \(item.name)\(quantity)\(worth)。")
            }
            if let text = change(.assetsTotal, assets.total) {
                paragraphs.append("国有资产价值合计 \(words.amount(assets.total))，\(text)。")
            }
            sections.append(PackageSection("国有资产占用使用情况", paragraphs))
        }
        sections.append(performance())
        return sections
    }

    func performance() -> PackageSection {
        let targets = input.projects.filter { !$0.indicators.isEmpty }.map { project -> ProjectTargets in
            let lines = FactSelector(uses: [.expenditure], kinds: [.project], project: project.name)
            let fiscal = value(lines.narrowed(by: FactSelector(sources: FundSource.fiscalAppropriation)))
            let total = value(lines)
            return ProjectTargets(project: project.name, total: total, fiscal: fiscal, other: total - fiscal, goal: project.goal,
                                  indicators: project.indicators)
        }
        guard !targets.isEmpty else {
            let none = value(FactSelector(uses: [.expenditure], kinds: [.project])).isZero ? "未安排项目支出预算，无实行绩效目标管理的项目" : "未填报项目绩效目标"
            return PackageSection("预算绩效情况", ["\(agencyName)\(year)年\(none)。"])
        }
        let amount = targets.map(\.total).sum()
        return PackageSection("预算绩效情况", [
            "\(year)年，\(agencyName)实行绩效目标管理的项目 \(targets.count) 个，涉及预算金额 \(words.amount(amount))。各项目绩效目标见下表。",
        ], targets: targets)
    }
}
