import YusuanCore

/// The 绩效自评表 laid out as seed 002 prints it — 序号, 部门名称, 项目名称, budget and actual by
/// source, 执行率, goals, a (年度指标内容, 完成情况) pair per indicator category, problems and
/// rectification — with each agency's projects closed by a 小计 and the whole by a 合计, and
/// the scores appended (执行率得分, 自评得分, 等级). HTML and XLSX both write this grid.
struct SelfEvaluationGrid {
    struct Cell {
        var text: String
        /// For money columns: the amount, to write as a number.
        var amount: Money?
        var isNumeric = false
    }

    struct Row {
        var role: RowRole
        var cells: [Cell]
    }

    var header: [[String]]
    var rows: [Row]

    static let categories: [(tier: String, category: IndicatorCategory)] = [
        ("产出目标", .quantity), ("产出目标", .quality), ("产出目标", .timeliness), ("效益目标", .economicBenefit),
        ("效益目标", .socialBenefit), ("效益目标", .ecologicalBenefit), ("满意度指标", .serviceSatisfaction),
    ]

    static let moneyHeader: [[String]] = [
        ["合计", "", ""], ["其中:财政拨款", "一般公共预算", ""], ["其中:财政拨款", "政府性基金", ""], ["非财政资金", "", ""],
    ]

    init(_ report: SelfEvaluationReport) {
        var columns: [[String]] = [["序号", "", ""], ["部门名称", "", ""], ["项目名称", "", ""]]
        columns += Self.moneyHeader.map { ["项目年度预算金额"] + $0.prefix(2) }
        columns += Self.moneyHeader.map { ["实际支出金额"] + $0.prefix(2) }
        columns += [["预算支出执行率", "", ""], ["年初绩效目标", "", ""], ["绩效目标整体完成情况", "", ""]]
        for (tier, category) in Self.categories {
            columns += [[tier, category.chineseName, "年度指标内容"], [tier, category.chineseName, "完成情况"]]
        }
        columns += [["项目执行中存在的问题", "", ""], ["整改情况", "", ""]]
        columns += [["自评得分", "执行率得分", ""], ["自评得分", "总分", ""], ["自评得分", "等级", ""]]
        header = (0..<3).map { level in columns.map { $0[level] } }

        let scale = report.evaluation.moneyScale
        let scoring = SelfEvaluationScoring(weights: report.weights)
        var rows: [Row] = []
        for (group, scores) in report.scoredGroups {
            for (index, (project, score)) in zip(group.projects, scores).enumerated() {
                let agency = index == 0 ? group.agency : ""
                rows.append(Row(role: .detail, cells: Self.detail(project, score, agency: agency, scale: scale)))
            }
            let label = group.subtotalLabel ?? "\(group.agency)小计"
            rows.append(Row(role: .subtotal, cells: Self.sum(label, group.budget, group.actual, scale, scoring, width: columns.count)))
        }
        rows.append(Row(role: .total, cells: Self.sum("合计", report.evaluation.budget, report.evaluation.actual, scale, scoring,
                                                      width: columns.count)))
        self.rows = rows
    }

    static func money(_ amounts: SelfEvaluationAmounts, _ scale: MoneyScale) -> [Cell] {
        SelfEvaluationAmounts.parts.map { part in
            guard let value = amounts[keyPath: part] else { return Cell(text: "") }
            return Cell(text: value.displayValue(in: scale).formatted(decimals: 2, grouping: true), amount: value)
        }
    }

    static func detail(_ project: ProjectSelfEvaluation, _ score: SelfEvaluationScore, agency: String, scale: MoneyScale) -> [Cell] {
        var cells = [Cell(text: project.sequence ?? ""), Cell(text: agency), Cell(text: project.name)]
        cells += money(project.budget, scale) + money(project.actual, scale)
        cells.append(Cell(text: score.execution.rate.map { "\($0)%" } ?? (project.printedExecutionRate ?? "—"), isNumeric: true))
        cells += [Cell(text: project.goal ?? ""), Cell(text: project.goalResult ?? "")]
        for (_, category) in categories {
            let members = project.indicators.filter { $0.category == category }
            cells.append(Cell(text: members.isEmpty ? "不适用" : members.map(targetText).joined(separator: "；")))
            cells.append(Cell(text: members.isEmpty ? "不适用" : members.map(resultText).joined(separator: "；")))
        }
        cells += [Cell(text: project.problems ?? ""), Cell(text: project.rectification ?? "")]
        cells.append(Cell(text: score.execution.points?.formatted(decimals: 2) ?? "—", isNumeric: true))
        cells.append(Cell(text: SelfEvaluationReport.shown(score), isNumeric: true))
        cells.append(Cell(text: score.grade?.chineseName ?? "—"))
        return cells
    }

    /// 年度指标内容 as seed 002 prints it: the indicator with its target (`年度修缮次数≥5次`), so
    /// that the table read back scores the same; a name that already holds its value as is.
    static func targetText(_ indicator: IndicatorCompletion) -> String {
        let value = indicator.target.text
        guard !value.isEmpty, !indicator.name.contains(value), indicator.comparator != .qualitative else { return indicator.name }
        let comparator = indicator.comparator.map { $0 == .equal ? "" : $0.symbol } ?? ""
        let unit = indicator.unit.map { value.hasSuffix($0.text) ? "" : $0.text } ?? ""
        return "\(indicator.name)\(comparator)\(value)\(unit)"
    }

    /// 完成情况: the result with its unit (`5次`), or a qualitative indicator's band (`达成（90%）`).
    static func resultText(_ indicator: IndicatorCompletion) -> String {
        if let attainment = indicator.attainment, indicator.actual?.number == nil {
            return attainment.chineseName + (indicator.attainmentRate.map { "（\($0)%）" } ?? "")
        }
        guard let actual = indicator.actual else { return "" }
        guard actual.number != nil, let unit = indicator.unit, !actual.text.hasSuffix(unit.text) else { return actual.text }
        return actual.text + unit.text
    }

    /// A 小计 or 合计 row: money and the execution rate of the sums; no scores.
    static func sum(_ label: String, _ budget: SelfEvaluationAmounts, _ actual: SelfEvaluationAmounts, _ scale: MoneyScale,
                    _ scoring: SelfEvaluationScoring, width: Int) -> [Cell] {
        var cells = [Cell(text: label), Cell(text: ""), Cell(text: "")] + money(budget, scale) + money(actual, scale)
        let rate = scoring.scoreExecution(budget: budget.effectiveTotal, actual: actual.effectiveTotal).rate
        cells.append(Cell(text: rate.map { "\($0)%" } ?? "—", isNumeric: true))
        while cells.count < width { cells.append(Cell(text: "")) }
        return cells
    }
}
