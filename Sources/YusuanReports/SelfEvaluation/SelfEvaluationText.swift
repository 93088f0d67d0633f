import YusuanCore

/// The scored self-evaluation as plain text: one line per project with its money, execution
/// rate, points and grade, each agency's 小计 and the department's 合计, and below each
/// project what could not be scored and why.
public enum SelfEvaluationText {
    public static func text(_ report: SelfEvaluationReport) -> String {
        let evaluation = report.evaluation
        let scale = evaluation.moneyScale
        let weights = report.weights
        var lines = ["\(evaluation.title)（单位：\(scale.label)）",
                     "按\(report.source)计分：预算执行率 \(weights.executionRate)、产出 \(weights.output)、效益 \(weights.outcome)、满意度 \(weights.satisfaction)"]
        func money(_ amount: Money?) -> String { amount.map { $0.displayValue(in: scale).formatted(decimals: 2, grouping: true) } ?? "—" }
        let scoring = SelfEvaluationScoring(weights: weights)
        func rate(_ budget: SelfEvaluationAmounts, _ actual: SelfEvaluationAmounts) -> String {
            scoring.scoreExecution(budget: budget.effectiveTotal, actual: actual.effectiveTotal).rate.map { "\($0)%" } ?? "—"
        }
        for (group, scores) in report.scoredGroups {
            lines.append("")
            lines.append(group.agency)
            for (project, score) in zip(group.projects, scores) {
                let points = score.execution.points.map { "\($0.formatted(decimals: 2))/\(weights.executionRate)" } ?? "—"
                lines.append("  \(project.sequence.map { "\($0) " } ?? "")\(project.name)  预算 \(money(project.budget.effectiveTotal))  "
                    + "实际 \(money(project.actual.effectiveTotal))  执行率 \(score.execution.rate.map { "\($0)%" } ?? "—")  "
                    + "执行率得分 \(points)  自评得分 \(SelfEvaluationReport.shown(score))  等级 \(score.grade?.chineseName ?? "—")")
                for indicator in score.indicators where indicator.points != nil {
                    lines.append("      \(indicator.name)：\(indicator.points!.formatted(decimals: 2))/\(indicator.weight?.formatted(decimals: 2) ?? "—")")
                }
                for reason in score.unscoredReasons {
                    lines.append("      未计分：\(reason.zh)")
                }
                for note in score.notes {
                    lines.append("      说明：\(note.zh)")
                }
            }
            lines.append("  \(group.subtotalLabel ?? "\(group.agency)小计")  预算 \(money(group.budget.effectiveTotal))  "
                + "实际 \(money(group.actual.effectiveTotal))  执行率 \(rate(group.budget, group.actual))")
        }
        lines.append("")
        lines.append("合计  预算 \(money(evaluation.budget.effectiveTotal))  实际 \(money(evaluation.actual.effectiveTotal))  "
            + "执行率 \(rate(evaluation.budget, evaluation.actual))")
        lines.append("\(report.scores.count) 个项目，\(report.completeCount) 个得出总分，\(report.scores.filter { $0.grade != nil }.count) 个定出等级")
        return lines.joined(separator: "\n") + "\n"
    }
}
