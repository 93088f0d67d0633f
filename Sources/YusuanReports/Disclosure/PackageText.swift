import YusuanCore

/// The package as text: with tab-separated tables, what the reader reads back and the
/// auditor checks before anything is written; with pipe tables, the Markdown people read.
/// Both come from the same package, line for line.
public struct PackageText: Sendable {
    public enum Style: Sendable { case tabs, markdown }

    public var package: DisclosurePackage
    public var style: Style

    public init(_ package: DisclosurePackage, style: Style = .tabs) {
        self.package = package
        self.style = style
    }

    public var text: String {
        var out = ["# \(package.title)", ""]
        let parts = package.partTitles
        if !package.profile.isEmpty {
            out += ["## \(parts[0])", ""]
            for section in package.profile { out += Self.section(section, level: 3) }
        }
        out += ["## \(parts[1])", ""]
        let writer = DisclosureText(agency: package.agency, precision: package.precision)
        for table in package.tables {
            out.append(style == .tabs ? writer.table(table.view, number: table.number) : markdown(table))
            out.append("")
            if let note = table.note { out += [note, ""] }
        }
        out += ["## \(parts[2])", ""]
        for section in package.narrative {
            out += Self.section(section, level: 3, targets: { targets(for: $0) })
        }
        out += ["## \(parts[3])", ""]
        for (index, term) in package.glossary.enumerated() {
            let term = style == .markdown ? "**\(term.term)**" : term.term
            out += ["\(PackageBuilder.chineseNumeral(index + 1))、\(term)：\(package.glossary[index].definition)", ""]
        }
        if let issued = package.issued { out += [package.agency, issued, ""] }
        return out.joined(separator: "\n")
    }

    static func section(_ section: PackageSection, level: Int, targets: (ProjectTargets) -> [String] = { _ in [] }) -> [String] {
        var out = ["\(String(repeating: "#", count: level)) \(section.heading)", ""]
        for paragraph in section.paragraphs { out += [paragraph, ""] }
        for target in section.targets { out += targets(target) + [""] }
        for sub in section.subsections { out += Self.section(sub, level: level + 1, targets: targets) }
        return out
    }

    /// 项目支出绩效目标表 in the layout of the seeds' forms.
    func targets(for project: ProjectTargets) -> [String] {
        let amount = { (money: Money) in money.formatted(package.precision, grouping: false) }
        var rows = [
            "### 项目支出绩效目标表", "", "（\(package.fiscalYear)年）", "",
            ["预算单位", package.agency, "项目名称", project.project].joined(separator: "\t"),
            ["项目资金（\(package.precision.scale.label)）", "年度资金总额", amount(project.total), "其中：财政拨款", amount(project.fiscal),
             "其他资金", amount(project.other)].joined(separator: "\t"),
            ["项目总体目标", project.goal ?? ""].joined(separator: "\t"),
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"].joined(separator: "\t"),
        ]
        for indicator in project.indicators {
            rows.append([indicator.tier.chineseName, indicator.category?.chineseName ?? "", indicator.name,
                         indicator.comparator?.symbol ?? "", indicator.value, indicator.unit ?? ""].joined(separator: "\t"))
        }
        guard style == .markdown else { return rows }
        // Pipe rows need the same number of cells each, and a rule under the first.
        let body = rows.dropFirst(4).map { $0.components(separatedBy: "\t") }
        let width = body.map(\.count).max() ?? 1
        let padded = body.map { $0 + Array(repeating: "", count: width - $0.count) }
        return Array(rows.prefix(4)) + [Self.pipe(padded[0]), Self.pipe(Array(repeating: "---", count: width))] + padded.dropFirst().map(Self.pipe)
    }

    /// A table as GitHub-flavoured Markdown: one header row, its path joined with ` / `.
    func markdown(_ table: PackageTable) -> String {
        let grid = TableGrid(table.view, precision: package.precision, grouping: true)
        let header = (0..<grid.columnCount).map { column in
            grid.header.map { $0[column] }.filter { !$0.isEmpty }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                .joined(separator: " / ")
        }
        let align = (0..<grid.columnCount).map { grid.amountColumns.contains($0) ? "---:" : "---" }
        let body = grid.body.map { row in
            row.enumerated().map { index, cell in
                let text = grid.amountColumns.contains(index) || cell.depth == 0 ? cell.text : String(repeating: "　", count: cell.depth) + cell.text
                return cell.role == .detail || text.isEmpty ? text : "**\(text)**"
            }
        }
        return (["### \(table.number) \(table.view.title)", "", "编制部门：\(package.agency)　单位：\(package.precision.scale.label)", "",
                 Self.pipe(header), Self.pipe(align)] + body.map(Self.pipe)).joined(separator: "\n")
    }

    static func pipe(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}
