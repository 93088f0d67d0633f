import YusuanCore

/// The parts of a 项目支出预算申报, and how the reader recognises where each begins: by a
/// title line (`项目政府采购表`), or, when a title is missing, by the table's header row.
enum ProjectSection: Hashable {
    /// 项目基本信息表.
    case basicInfo
    /// 项目绩效目标表 (年度目标 and / or 绩效指标).
    case performanceTarget
    /// 对下专项转移支付支出预算明细表.
    case transfers
    /// 项目政府采购表.
    case procurement
    /// 项目政府购买服务表.
    case services
    /// An 编审表, with its printed title.
    case review(title: String)

    /// The section a title line starts: a short line, one text cell (a `单位：元` cell may sit
    /// beside it), naming a kind of table.
    static func title(of line: SourceLine) -> ProjectSection? {
        guard let first = line.cells.first,
              line.cells.dropFirst().allSatisfy({ ProjectCellText.key($0.text).hasPrefix("单位") }) else { return nil }
        let key = ProjectCellText.key(first.text)
        guard key.count <= 50, !key.hasPrefix("注"), !key.includes("请"), !key.includes(","), !key.includes("。"),
              key.hasSuffix("表") || key.includes("表(") else { return nil }
        if key.includes("编审表") || key.includes("评审表") || key.includes("审核表") { return .review(title: first.text) }
        if key.includes("购买服务") { return .services }
        if key.includes("采购") { return .procurement }
        if key.includes("转移支付") || key.includes("对下") { return .transfers }
        if key.includes("绩效目标") || key.includes("绩效指标") { return .performanceTarget }
        if key.includes("基本信息") || key.includes("项目信息") || key.includes("申报表") || key.includes("申报书") {
            return .basicInfo
        }
        return nil
    }

    /// The section a header row belongs to, for tables printed without their title.
    static func header(of line: SourceLine) -> ProjectSection? {
        let keys = line.cells.map { ProjectCellText.key($0.text) }
        func has(_ test: (String) -> Bool) -> Bool { keys.contains(where: test) }
        if keys.first == "编审要点" || (has { $0.includes("部门自评") } && has { $0.includes("财政评审") }) {
            return .review(title: "")
        }
        if IndicatorColumns(header: line) != nil || YearGoalColumns(header: line) != nil { return .performanceTarget }
        if has({ $0.hasPrefix("地区") }) && has({ ProjectCellText.year($0) != nil || $0.includes("资金规模") }) {
            return .transfers
        }
        if has({ $0.includes("采购项目名称") }) { return .procurement }
        if has({ $0.includes("购买服务目录") }) { return .services }
        if has({ ["项目名称", "项目主码", "项目编码", "项目分类"].contains($0) }) { return .basicInfo }
        return nil
    }

    /// Whether two sections are the same part (two 编审表 are not).
    func continues(_ other: ProjectSection) -> Bool {
        switch (self, other) {
        case (.review, .review): true
        default: self == other
        }
    }
}
