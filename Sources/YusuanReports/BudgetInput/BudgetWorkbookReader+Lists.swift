import YusuanCore
import YusuanXLSX

extension BudgetWorkbookReader {
    /// The entries of a list sheet: each non-blank row as its cells' text by JSON key, with
    /// the sheet row (1-based) it was on.
    mutating func entries(_ workbook: Workbook, _ part: InputPart) -> [(row: Int, values: [String: String])] {
        let layout = BudgetWorkbookLayout.sheet(for: part)
        guard let sheet = workbook.sheet(named: layout.name), sheet.rowCount > 0 else { return [] }
        var columns: [String: Int] = [:]
        for column in 0..<sheet.columnCount {
            let header = Self.text(sheet.cell(row: 0, column: column))
            if let key = layout.columns.first(where: { Self.same($0.header, header) })?.key { columns[key] = column }
        }
        var result: [(Int, [String: String])] = []
        for row in 1..<sheet.rowCount {
            let values = columns.mapValues { Self.text(sheet.cell(row: row, column: $0)) }.filter { !$0.value.isEmpty }
            if !values.isEmpty { result.append((row + 1, values)) }
        }
        return result
    }

    mutating func readLists(_ workbook: Workbook, into input: inout BudgetInput, assetsAsOf: String?) {
        let lines = entries(workbook, .lines)
        record(.lines, lines)
        for (index, (_, v)) in lines.enumerated() {
            let kind = v["kind"].flatMap { lookup($0, BudgetWorkbookLayout.kindNames, .lines, index, "kind") }
            let source = v["source"].map { lookup($0, BudgetWorkbookLayout.sourceNames, .lines, index, "source") }
            let origin = v["origin"].flatMap { lookup($0, BudgetWorkbookLayout.originNames, .lines, index, "origin") } ?? .currentYear
            let use = v["use"].flatMap { lookup($0, BudgetWorkbookLayout.useNames, .lines, index, "use") } ?? .expenditure
            let amount = money(v["amount"], .lines, index, "amount")
            if v["function"] == nil { issue(.lines, index, "function", zh: "功能分类编码必填", en: "the 功能分类 code is required") }
            if source == nil { issue(.lines, index, "source", zh: "资金来源必填", en: "the source of funds is required") }
            if v["amount"] == nil { issue(.lines, index, "amount", zh: "金额必填", en: "the amount is required") }
            guard let function = v["function"], let source = source ?? nil, let amount else { continue }
            input.lines.append(InputLine(agency: v["agency"], function: function, functionName: v["functionName"], economic: v["economic"],
                                         economicName: v["economicName"], kind: kind, source: source, origin: origin, use: use,
                                         project: v["project"], amount: amount))
        }
        let revenue = entries(workbook, .revenue)
        record(.revenue, revenue)
        for (index, (_, v)) in revenue.enumerated() {
            let source = v["source"].flatMap { lookup($0, BudgetWorkbookLayout.sourceNames, .revenue, index, "source") }
            let origin = v["origin"].flatMap { lookup($0, BudgetWorkbookLayout.originNames, .revenue, index, "origin") } ?? .currentYear
            guard let source, let amount = money(v["amount"], .revenue, index, "amount") else { continue }
            input.revenue.append(RevenueEntry(source: source, origin: origin, amount: amount))
        }
        // Template rows left blank are not figures: only rows with an amount count.
        let prior = entries(workbook, .priorYear).filter { $0.values["amount"] != nil }
        record(.priorYear, prior)
        for (index, (_, v)) in prior.enumerated() {
            guard let key = v["key"] else {
                issue(.priorYear, index, "key", zh: "指标必填", en: "the figure's key is required")
                continue
            }
            guard let amount = money(v["amount"], .priorYear, index, "amount") else { continue }
            input.priorYear.append(PriorEntry(PriorKey(key), amount, reason: v["reason"]))
        }
        let assets = entries(workbook, .assets)
        record(.assets, assets)
        var items: [AssetItem] = []
        for (index, (_, v)) in assets.enumerated() {
            var quantity: DecimalNumber?
            if let text = v["quantity"] {
                quantity = DecimalNumber(text)
                if quantity == nil { issue(.assets, index, "quantity", zh: "“\(text)”不是数量", en: "“\(text)” is not a quantity") }
            }
            items.append(AssetItem(name: v["name"] ?? "", quantity: quantity, unit: v["unit"], value: money(v["value"], .assets, index, "value")))
        }
        if let asOf = assetsAsOf ?? (items.isEmpty ? nil : "") { input.assets = StateAssets(asOf: asOf, items: items) }
        readProjects(workbook, into: &input)
        for (_, v) in entries(workbook, .uses) {
            if let code = v["code"], let use = v["use"] { input.uses[code] = use }
        }
        for (_, v) in entries(workbook, .glossary) {
            if let term = v["term"], let definition = v["definition"] { input.glossary.append(GlossaryTerm(term, definition)) }
        }
    }

    /// One row per indicator; rows with the same project name make one project.
    private mutating func readProjects(_ workbook: Workbook, into input: inout BudgetInput) {
        let rows = entries(workbook, .projects)
        var sheetRows: [Int] = []
        for (row, v) in rows {
            guard let name = v["project"] else {
                issue(.projects, sheetRows.count, "project", zh: "项目名称必填", en: "the project name is required")
                continue
            }
            if input.projects.last?.name != name {
                input.projects.append(ProjectInput(name: name, goal: v["goal"]))
                sheetRows.append(row)
            }
            let index = input.projects.count - 1
            guard v["name"] != nil || v["value"] != nil || v["tier"] != nil else { continue }
            guard let tierText = v["tier"], let tier = IndicatorTier(text: tierText) else {
                issue(.projects, index, "tier", zh: "一级指标应为 产出指标、效益指标、满意度指标 或 成本指标", en: "the tier must be 产出指标, 效益指标, 满意度指标 or 成本指标")
                continue
            }
            let category = v["category"].flatMap(IndicatorCategory.init(text:))
            let comparator = v["comparator"].flatMap { text in IndicatorComparator.allCases.first { $0.symbol == text || $0.chineseName == text } }
            input.projects[index].indicators.append(IndicatorInput(tier: tier, category: category, name: v["name"] ?? "",
                                                                   comparator: comparator, value: v["value"] ?? "", unit: v["unit"]))
        }
        rowsByPart(.projects, sheetRows)
    }

    private mutating func record(_ part: InputPart, _ entries: [(row: Int, values: [String: String])]) {
        rowsByPart(part, entries.map(\.row))
    }
}
