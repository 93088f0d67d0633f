import YusuanCore

/// A review report as plain text: each sheet as an outline with weight, 部门自评 and 财政评审
/// per criterion, the computed totals beside the printed ones, then any problem.
public enum ReviewText {
    public static func text(_ report: ReviewReport) -> String {
        var lines = ["\(report.file)\(report.project.map { "　\($0)" } ?? "")"]
        for scored in report.sheets {
            lines.append("")
            lines += sheet(scored)
        }
        lines.append("")
        if report.libraryProblems.isEmpty {
            lines.append("项目库检查：申请金额、对下转移支付、采购与购买服务逐年相符，资金年度在实施年度之内")
        } else {
            for problem in report.libraryProblems { lines.append("✗ [\(problem.check.rawValue)] \(problem.message.zh)") }
        }
        if report.targetProblems.isEmpty {
            lines.append("绩效指标检查：无问题")
        } else {
            for problem in report.targetProblems { lines.append("✗ [\(problem.rule)] \(problem.message.zh)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One scored sheet as an outline: weight / 部门自评 / 财政评审 per criterion, the computed
    /// totals beside the printed ones, then its problems.
    public static func sheet(_ scored: ReviewReport.Sheet) -> [String] {
        func score(_ value: DecimalNumber?) -> String { value?.formatted(decimals: 2) ?? "—" }
        let sheet = scored.sheet
        var lines: [String] = []
        lines.append("\(sheet.title)　（权重 / 部门自评 / 财政评审）")
        for (index, section) in sheet.sections.enumerated() {
            let sum = scored.summary.sections[index]
            lines.append("  \(section.code.map { "\($0)、" } ?? "")\(section.title)　\(section.weight?.description ?? "—") / \(score(sum.selfScore)) / \(score(sum.bureauScore))")
            for criterion in section.criteria {
                let items = criterion.isGroup ? criterion.subcriteria : [criterion]
                if criterion.isGroup { lines.append("    \(criterion.code ?? "")\(criterion.title)　\(criterion.weight?.description ?? "—")") }
                for item in items {
                    let indent = criterion.isGroup ? "      " : "    "
                    let comment = item.comment.map { "　意见：\($0)" } ?? ""
                    lines.append("\(indent)\(item.code ?? "")\(item.title)　\(item.weight?.description ?? "—") / \(score(item.selfScore)) / \(score(item.bureauScore))\(comment)")
                }
            }
        }
        let printed = sheet.statedTotal(.sheet).map { "（印出 \(score($0.selfScore)) / \(score($0.bureauScore))）" } ?? ""
        lines.append("  合计　\(scored.summary.weight) / \(score(scored.summary.selfScore)) / \(score(scored.summary.bureauScore))\(printed)")
        for problem in scored.problems { lines.append("  ✗ \(problem.zh)") }
        return lines
    }

    /// A blank template as an outline with weights.
    public static func template(_ sheet: ReviewSheet) -> String {
        var lines = ["\(sheet.title)（共 \(sheet.totalWeight) 分，\(sheet.leaves.count) 个评分项）"]
        for section in sheet.sections {
            lines.append("  \(section.code.map { "\($0)、" } ?? "")\(section.title)（\(section.weight?.description ?? "—")分）")
            for criterion in section.criteria {
                lines.append("    \(criterion.code ?? "")\(criterion.title)（\(criterion.weight?.description ?? "—")分）")
                for item in criterion.subcriteria {
                    lines.append("      \(item.code ?? "")\(item.title)（\(item.weight?.description ?? "—")分）")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
