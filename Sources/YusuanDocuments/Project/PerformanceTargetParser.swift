import YusuanCore

/// Reads a 项目绩效目标表: the 年度目标 rows (`财年 | 目标 | 备注`) and the 绩效指标 table,
/// whose 一级 and 二级 headings sit either on rows of their own (`产出指标`, then `数量指标`)
/// or in columns of their own, printed once for the rows below.
struct PerformanceTargetParser {
    var target = PerformanceTarget()
    private var goalColumns: YearGoalColumns?
    private var indicatorColumns: IndicatorColumns?
    private var tier: IndicatorTier?
    private var category: IndicatorCategory?

    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        if let columns = IndicatorColumns(header: line) {
            (indicatorColumns, goalColumns, tier, category) = (columns, nil, nil, nil)
            return nil
        }
        if let columns = YearGoalColumns(header: line) {
            (goalColumns, indicatorColumns) = (columns, nil)
            return nil
        }
        if let goalColumns { return readGoal(line, goalColumns) }
        if let indicatorColumns { return readIndicator(line, indicatorColumns, issues: &issues) }
        // Headings before a header row: read them, the table's header may be missing.
        if takeHeadings(line.cells) == line.cells.count { return nil }
        return BilingualMessage(zh: "绩效目标表中表头之前的行", en: "a row of the performance target table before its header")
    }

    private mutating func readGoal(_ line: SourceLine, _ columns: YearGoalColumns) -> BilingualMessage? {
        let cells = line.cells
        let yearCell = cells.first { $0.column == columns.year } ?? cells.first
        if let yearCell, let year = ProjectCellText.year(yearCell.text) {
            let rest = cells.filter { $0 != yearCell }
            let note = columns.note.flatMap { column in rest.first { $0.column == column } }
            let goal = ProjectCellText.joined(rest.filter { $0 != note })
            target.yearGoals.append(YearGoal(fiscalYear: year, goal: goal, note: note?.text))
            return nil
        }
        // A goal printed over two lines: the second has no year.
        if !target.yearGoals.isEmpty, cells.allSatisfy({ $0.column == columns.goal }) {
            target.yearGoals[target.yearGoals.count - 1].goal += ProjectCellText.joined(cells)
            return nil
        }
        return BilingualMessage(zh: "年度目标行没有财年", en: "a yearly goal row without a fiscal year")
    }

    /// Reads tier and category headings at the start of a row; returns how many cells they took.
    private mutating func takeHeadings(_ cells: [SourceCell], columns: IndicatorColumns? = nil) -> Int {
        // A row that prints a value is an indicator: its name is a name, even one like `社会效益`.
        let measured: Set<IndicatorColumns.Field> = [.value, .comparator, .unit, .type]
        let isIndicatorRow = columns.map { columns in
            cells.contains { columns.field(at: $0.column).map(measured.contains) ?? false }
        } ?? false
        var taken = 0
        for cell in cells {
            let field = columns?.field(at: cell.column)
            let free = !isIndicatorRow && (field == nil || field == .name)
            if field == .tier || free, let found = IndicatorTier(text: cell.text) {
                (tier, category) = (found, nil)
            } else if field == .category || free, let found = IndicatorCategory(text: cell.text) {
                category = found
                if tier == nil || (found.tier != tier && tier != .cost) { tier = found.tier }
            } else if field == .tier || field == .category {
                // A heading this reader does not know: keep the row, forget the old heading.
                if field == .tier { tier = nil }
                category = nil
            } else {
                break
            }
            taken += 1
        }
        return taken
    }

    private mutating func readIndicator(_ line: SourceLine, _ columns: IndicatorColumns,
                                        issues: inout [Unrecognized]) -> BilingualMessage? {
        let taken = takeHeadings(line.cells, columns: columns)
        let cells = Array(line.cells.dropFirst(taken))
        if cells.isEmpty { return nil }
        func text(_ field: IndicatorColumns.Field) -> String? {
            columns.column(field).flatMap { column in cells.first { $0.column == column }?.text }
        }
        guard let name = text(.name) ?? cells.first(where: { columns.field(at: $0.column) == nil })?.text else {
            return BilingualMessage(zh: "指标行没有指标名称", en: "an indicator row without a name")
        }
        var indicator = Indicator(name: name, tier: tier, category: category)
        var value = text(.value) ?? ""
        if let printed = text(.comparator) {
            indicator.comparator = IndicatorComparator(text: printed)
            if indicator.comparator == nil {
                issues.append(ProjectCellText.issue(line, printed, zh: "无法识别的指标性质", en: "unknown comparator"))
            }
        } else if let split = IndicatorComparator.split(prefixOf: value) {
            // `≥90%`: the comparator printed with the value.
            (indicator.comparator, value) = (split.comparator, split.rest)
        }
        indicator.unit = text(.unit).flatMap(MeasureUnit.init(printed:))
        if indicator.unit == nil, value.hasSuffix("%") || value.hasSuffix("％") { indicator.unit = MeasureUnit("%") }
        indicator.targetValue = TargetValue(value)
        indicator.isQuantitative = text(.type).flatMap(Indicator.quantitative(fromType:))
            ?? (indicator.comparator == .qualitative ? false : nil)
        indicator.basis = text(.basis)
        indicator.note = text(.note)
        indicator.isCore = text(.core).flatMap(ProjectFlag.answer)
        target.indicators.append(indicator)
        return nil
    }
}
