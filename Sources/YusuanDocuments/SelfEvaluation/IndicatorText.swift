import YusuanCore

/// The indicators of one 绩效自评表 row, from the text of its (年度指标内容, 完成情况) pairs.
enum IndicatorText {
    /// The categories in the order seed 002 prints them; the column meanings are
    /// `indicator.<category>.target` / `.actual`.
    static let categories: [(key: String, category: IndicatorCategory)] = [
        ("quantity", .quantity), ("quality", .quality), ("timeliness", .timeliness), ("cost", .cost),
        ("economicBenefit", .economicBenefit), ("socialBenefit", .socialBenefit),
        ("ecologicalBenefit", .ecologicalBenefit), ("sustainability", .sustainability),
        ("satisfaction", .serviceSatisfaction),
    ]

    /// The row's indicators, and a note when its cells are shifted (one side of a pair says
    /// 不适用 and the other does not: a cell went missing, so no pair can be trusted).
    static func indicators(of row: Row, in table: Table) -> ([IndicatorCompletion], String?) {
        var pairs: [(IndicatorCategory, String, String)] = []
        var shifted = false
        for (key, category) in categories {
            let target = text(row, table, "indicator.\(key).target")
            let actual = text(row, table, "indicator.\(key).actual")
            let (emptyTarget, emptyActual) = (isEmpty(target), isEmpty(actual))
            if emptyTarget && emptyActual { continue }
            if (isNotApplicable(target) && !emptyActual) || (isNotApplicable(actual) && !emptyTarget) { shifted = true }
            pairs.append((category, target, actual))
        }
        // A satisfaction indicator that slid into 问题 / 整改 also means a cell went missing.
        if !pairs.contains(where: { $0.0 == .serviceSatisfaction }),
           ["problems", "rectification"].contains(where: { text(row, table, $0).contains("满意") }) {
            shifted = true
        }
        let note = shifted ? "该行“不适用”与内容错位（缺一个单元格），各指标的目标与完成情况无法对应" : nil
        let indicators = pairs.flatMap { category, target, actual -> [IndicatorCompletion] in
            if let note {
                return [IndicatorCompletion(name: target, category: category, target: TargetValue(""), note: note)]
            }
            return split(target, actual).map { indicator(category, $0.0, $0.1) }
        }
        return (indicators, note)
    }

    /// One indicator from a target part and an actual part.
    static func indicator(_ category: IndicatorCategory, _ target: String, _ actual: String) -> IndicatorCompletion {
        var indicator = IndicatorCompletion(name: target, category: category, target: TargetValue(""),
                                            actual: actual.isEmpty ? nil : TargetValue(text: actual, number: nil))
        switch IndicatorFigure.read(target) {
        case .none:
            // A 完成情况 that is only a band (`达成`, `部分达成（70%）`) grades a qualitative one.
            if let (attainment, rate) = band(actual) {
                indicator.comparator = .qualitative
                indicator.attainment = attainment
                indicator.attainmentRate = rate
                indicator.actual = nil
                return indicator
            }
            indicator.note = "年度指标内容只列指标名称或文字，未列指标值"
            return indicator
        case .ambiguous(let count):
            indicator.note = "年度指标内容列有 \(count) 个数字，无法确定哪个是指标值"
            return indicator
        case .one(let figure):
            indicator.comparator = figure.comparator ?? .atLeast
            indicator.target = TargetValue(text: target, number: figure.value)
            indicator.unit = figure.unit.map(MeasureUnit.init)
        }
        switch IndicatorFigure.read(actual) {
        case .none:
            indicator.note = "完成情况没有写明完成值"
        case .ambiguous(let count):
            indicator.note = "完成情况列有 \(count) 个数字，无法确定哪个是完成值"
        case .one(let figure):
            if let unit = indicator.unit?.text, let other = figure.unit, unit != other {
                indicator.note = "指标值的单位（\(unit)）与完成值的单位（\(other)）不同"
            } else {
                // A result written as a bound (`满意度≥90%`) is credited with the bound itself.
                indicator.actual = TargetValue(text: actual, number: figure.value)
            }
        }
        return indicator
    }

    /// A cell that holds nothing but a band, with an optional share: `达成`, `部分达成（70%）`.
    /// Prose that merely says something was done (`已完成年度合同履约抽检`) is not a band.
    static func band(_ text: String) -> (Attainment, DecimalNumber?)? {
        var key = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        var rate: DecimalNumber?
        if key.hasSuffix("%)"), let open = key.lastIndex(of: "(") {
            rate = DecimalNumber(String(key[key.index(after: open)...].dropLast(2)))
            guard rate != nil else { return nil }
            key = String(key[..<open])
        }
        guard ["达成", "部分达成", "未达成"].contains(key), let attainment = Attainment(text: key) else { return nil }
        return (attainment, rate)
    }

    /// Pairs `;`-separated parts when both sides list the same number of them.
    static func split(_ target: String, _ actual: String) -> [(String, String)] {
        func parts(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { TextNormalization.trimmed($0) }.filter { !$0.isEmpty }
        }
        let (targets, actuals) = (parts(target), parts(actual))
        guard targets.count > 1, targets.count == actuals.count else { return [(target, actual)] }
        return Array(zip(targets, actuals))
    }

    static func isNotApplicable(_ text: String) -> Bool { TextNormalization.removingSpaces(text) == "不适用" }

    /// Blank, a dash, or 不适用: nothing to score.
    static func isEmpty(_ text: String) -> Bool {
        let key = TextNormalization.removingSpaces(text)
        return key.isEmpty || key == "不适用" || key == "/" || key == "—" || key == "-"
    }

    private static func text(_ row: Row, _ table: Table, _ meaning: String) -> String {
        TextNormalization.trimmed(table.cell(row, ColumnMeaning(meaning))?.text ?? "")
    }
}
