import YusuanCore

/// Reads a 项目基本信息表: rows of label/value pairs (two or three to a row), the 申请金额
/// block, and the 简述 rows (a question, `简述`, the answer; then a `上传依据` row).
struct ProjectInfoParser {
    var project = Project()
    private var funding: ProjectFundingBlock?
    private var group: String?

    /// Places a line; returns why not when it cannot.
    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        let cells = line.cells
        if let marker = cells.firstIndex(where: { Self.isSummaryMarker($0.text) }) {
            funding = nil
            return readNarrative(cells, marker: marker)
        }
        if let first = cells.first, ProjectCellText.key(first.text).hasPrefix("上传依据") {
            let named = cells.dropFirst().map(\.text)
            if !named.isEmpty, !project.narratives.isEmpty { project.narratives[project.narratives.count - 1].evidence += named }
            return nil
        }
        if let block = ProjectFundingBlock(header: line) {
            funding = block
            return nil
        }
        if let block = funding {
            if let entries = block.read(line, issues: &issues) {
                project.funding += entries
                return nil
            }
            funding = nil
        }
        return readFields(line, issues: &issues)
    }

    /// `简述` (or `简要说明`) marks the answer cell of a narrative row.
    static func isSummaryMarker(_ text: String) -> Bool {
        ["简述", "简要说明", "简要描述", "情况简述"].contains(ProjectCellText.key(text))
    }

    private mutating func readNarrative(_ cells: [SourceCell], marker: Int) -> BilingualMessage? {
        let text = ProjectCellText.joined(cells[(marker + 1)...])
        guard marker > 0 else {
            // A continuation: more answer text for the question above.
            guard !project.narratives.isEmpty else {
                return BilingualMessage(zh: "简述之前没有对应的问题", en: "a summary with no question before it")
            }
            project.narratives[project.narratives.count - 1].text += text
            return nil
        }
        // Cells before the question name its group (`项目目标`), printed once for several rows.
        if marker >= 2 { group = cells[marker - 2].text }
        project.narratives.append(ProjectNarrative(group: group, title: cells[marker - 1].text, text: text))
        return nil
    }

    private mutating func readFields(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        let cells = line.cells
        let labels = cells.indices.compactMap { index in ProjectInfoLabel(cells[index].text).map { (index, $0) } }
        guard let firstLabel = labels.first else {
            return BilingualMessage(zh: "项目基本信息表中无法识别的行", en: "a row of the project information table with no known label")
        }
        // Leading cells name a group (`基本信息`) spanning several rows.
        for cell in cells[..<firstLabel.0] where ProjectCellText.key(cell.text).count > 12 {
            issues.append(ProjectCellText.issue(line, cell.text, zh: "无法识别的字段名", en: "unknown field label"))
        }
        for (position, (index, label)) in labels.enumerated() {
            let end = position + 1 < labels.count ? labels[position + 1].0 : cells.count
            let value = ProjectCellText.joined(cells[(index + 1)..<end])
            apply(label, labelText: cells[index].text, value: value, line: line, issues: &issues)
        }
        return nil
    }

    private mutating func apply(_ label: ProjectInfoLabel, labelText: String, value: String, line: SourceLine,
                                issues: inout [Unrecognized]) {
        let text: String? = value.isEmpty ? nil : value
        switch label {
        case .flag:
            let answer = ProjectFlag.answer(value)
            if answer == nil, text != nil {
                issues.append(ProjectCellText.issue(line, value, zh: "“\(labelText)”的回答不是“是”或“否”",
                                                    en: "the answer to \"\(labelText)\" is not yes or no"))
            }
            project.flags.append(ProjectFlag(label: labelText, value: answer))
        case .category: project.categoryText = text
        case .expenditureGuarantee: project.expenditureGuarantee = text
        case .primaryCode: project.primaryCode = text
        case .secondaryCode: project.secondaryCode = text
        case .name: project.name = text
        case .level: project.level = text
        case .allocationMethod: project.allocationMethod = text
        case .attribute: project.attribute = text
        case .implementationYear:
            project.implementationYear = ProjectCellText.year(value)
            if project.implementationYear == nil, text != nil {
                issues.append(ProjectCellText.issue(line, value, zh: "实施年度不是年份", en: "the implementation year is not a year"))
            }
        case .periodYears:
            project.periodYears = ProjectCellText.smallInteger(value)
            if project.periodYears == nil, text != nil {
                issues.append(ProjectCellText.issue(line, value, zh: "实施周期不是年数", en: "the implementation period is not a number of years"))
            }
        case .startDate: project.startDate = text
        case .field: project.field = text
        case .performanceClass: project.performanceClass = text
        case .functionCode:
            let parsed = CodeText.label(value)
            project.functionCode = parsed.code.flatMap(FunctionCode.init)
            project.functionName = parsed.name.isEmpty ? nil : parsed.name
            if project.functionCode == nil, text != nil {
                issues.append(ProjectCellText.issue(line, value, zh: "功能科目没有有效的功能分类编码",
                                                    en: "the function classification has no valid code"))
            }
        case .competentDepartment: project.competentDepartment = text
        case .competentDepartmentPhone: project.competentDepartmentPhone = text
        case .agencyName: project.implementingAgency.name = text
        case .agencyAddress: project.implementingAgency.address = text
        case .agencyManager: project.implementingAgency.manager = text
        case .agencyPhone: project.implementingAgency.phone = text
        case .agencyPostcode: project.implementingAgency.postcode = text
        case .agencyEmail: project.implementingAgency.email = text
        case .filler: project.filler = text
        case .fundingHeader:
            // A funding label without years: the block's header is elsewhere or missing.
            if text != nil {
                issues.append(ProjectCellText.issue(line, value, zh: "申请金额没有年度表头", en: "funding amounts without year headings"))
            }
        }
    }
}
