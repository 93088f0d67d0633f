import YusuanCore

/// Reads an 编审表: section rows (`一、项目目标(23分)`), group criteria (`1.1…(8分)`), items
/// (`(1)…(8分)`), each followed by a `简述` row, and the stated totals (`本表得分`, `总分`).
///
/// Forms place things loosely: an item's scores may sit on its own row or on its 简述 row;
/// the comment on either; the weight in the heading, in a 权重 column, or on the 简述 row.
/// So every row's cells go to the criterion last named, by column.
struct ReviewSheetParser {
    var sheet: ReviewSheet
    private var columns: ReviewColumns?
    private var current: ReviewCriterionPath?

    init(title: String) {
        sheet = ReviewSheet(title: title)
    }

    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        guard let first = line.cells.first else { return nil }
        let header = ReviewColumns(header: line)
        if let header { columns = header.merged(over: columns) }
        if let heading = ReviewHeading(text: first.text) {
            current = sheet.add(heading)
            if heading.level == .section {
                if heading.weight == nil, let weight = line.cells.dropFirst().lazy.compactMap({ ReviewHeading.weight(in: $0.text) }).first {
                    sheet.sections[sheet.sections.count - 1].weight = weight
                }
                return nil
            }
            fill(line.cells.dropFirst(), line: line, issues: &issues)
            return nil
        }
        let key = ProjectCellText.key(first.text)
        if header != nil || key == "编审要点" || key == "评审要点" { return nil }
        if key.hasPrefix("简述") || ProjectInfoParser.isSummaryMarker(first.text) {
            guard current != nil else {
                return BilingualMessage(zh: "简述之前没有评审要点", en: "a summary with no criterion before it")
            }
            fill(line.cells.dropFirst(), line: line, issues: &issues)
            return nil
        }
        if ReviewTotal.Kind(label: first.text) != nil, key.count <= 16 {
            sheet.statedTotals.append(total(line))
            current = nil
            return nil
        }
        return BilingualMessage(zh: "编审表中无法识别的行", en: "a row of the review sheet that is neither a criterion nor a summary")
    }

    /// Gives the row's cells to the current criterion: scores, comment and weight by column,
    /// anything else to its 简述.
    private mutating func fill(_ cells: ArraySlice<SourceCell>, line: SourceLine, issues: inout [Unrecognized]) {
        guard let path = current else { return }
        var criterion = sheet[path]
        var unplacedNumbers: [DecimalNumber] = []
        for cell in cells {
            if let weight = ReviewHeading.weight(in: cell.text) {
                if criterion.weight == nil { criterion.weight = weight }
                continue
            }
            let role = columns?.role(of: cell.column)
            switch role {
            case .selfScore?, .bureauScore?, .weight?:
                guard let number = ProjectCellText.score(cell.text) else {
                    issues.append(ProjectCellText.issue(line, cell.text, zh: "评分列中不是分数", en: "not a score in a score column"))
                    continue
                }
                if role == .selfScore {
                    criterion.selfScore = number
                } else if role == .bureauScore {
                    criterion.bureauScore = number
                } else if criterion.weight == nil {
                    criterion.weight = number
                }
            case .comment?:
                criterion.comment = [criterion.comment, cell.text].compactMap { $0 }.joined(separator: "；")
            case nil:
                if let number = ProjectCellText.score(cell.text) {
                    unplacedNumbers.append(number)
                } else {
                    criterion.summary = [criterion.summary, cell.text].compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        // No header named the score columns: numbers read 部门自评 then 财政评审.
        if !unplacedNumbers.isEmpty {
            if columns?.selfScore == nil, criterion.selfScore == nil { criterion.selfScore = unplacedNumbers.removeFirst() }
            if !unplacedNumbers.isEmpty, columns?.bureauScore == nil, criterion.bureauScore == nil {
                criterion.bureauScore = unplacedNumbers.removeFirst()
            }
            for number in unplacedNumbers {
                issues.append(ProjectCellText.issue(line, number.description, zh: "不在评分列下的数字", en: "a number under no score column"))
            }
        }
        sheet[path] = criterion
    }

    private func total(_ line: SourceLine) -> ReviewTotal {
        var total = ReviewTotal(label: line.cells[0].text)
        var numbers: [DecimalNumber] = []
        for cell in line.cells.dropFirst() {
            guard let number = ProjectCellText.score(cell.text) else { continue }
            switch columns?.role(of: cell.column) {
            case .selfScore?: total.selfScore = number
            case .bureauScore?: total.bureauScore = number
            default: numbers.append(number)
            }
        }
        if total.selfScore == nil, !numbers.isEmpty { total.selfScore = numbers.removeFirst() }
        if total.bureauScore == nil, !numbers.isEmpty { total.bureauScore = numbers.removeFirst() }
        return total
    }
}
