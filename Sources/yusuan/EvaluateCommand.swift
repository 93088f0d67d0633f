import ArgumentParser
import Foundation
import YusuanCore
import YusuanDocuments

/// `yusuan evaluate INPUT…`: the 绩效评价 a document reports — criteria, scores, total and
/// grade — recomputed and compared with what it states.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "绩效评价 · Read a project's performance evaluation, recompute its total and grade.",
        discussion: """
            INPUT is a document whose narrative reports a 绩效评价 (`项目决策设定分值 20 分，评价实得分
            20 分` … `综合评分结果 98 分 … 级别为优`), as seed 004 does. The total is the sum of the
            first-level scores and the grade follows 财预〔2020〕10号: 90 优, 80 良, 60 中, below 差.
            Exit status: 0 consistent, 1 a stated total or grade disagrees or a score exceeds its
            weight, 2 bad input or no evaluation found.
            """
    )

    @Argument(help: "Documents to read.")
    var inputs: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Result: Encodable {
        var file: String
        var evaluation: Evaluation
        var total: DecimalNumber?
        var grade: Grade?
        var problems: [BilingualMessage]
    }

    func run() throws {
        let reader = DocumentReader(catalogues: try bundledCatalogues())
        var results: [Result] = []
        for input in inputs {
            let document: Document
            do {
                document = try reader.read(contentsOf: URL(fileURLWithPath: input), as: input)
            } catch {
                throw CommandFailure(zh: "\(input)：\(error.zh)", en: "\(input): \(error.en)")
            }
            guard let evaluation = EvaluationReader.read(document) else {
                throw CommandFailure(zh: "\(input) 中没有找到绩效评价得分", en: "no performance evaluation score found in \(input)")
            }
            results.append(Result(file: input, evaluation: evaluation, total: evaluation.total, grade: evaluation.grade,
                                  problems: evaluation.problems))
        }
        switch format {
        case .json: try printJSON(results)
        case .text: for result in results { print(Self.text(result), terminator: "") }
        }
        if results.contains(where: { !$0.problems.isEmpty }) { throw ExitCode(1) }
    }

    static func text(_ result: Result) -> String {
        let evaluation = result.evaluation
        var lines = ["\(result.file)\(evaluation.projectName.map { "　\($0)" } ?? "")　绩效评价"]
        for criterion in evaluation.criteria {
            lines.append("  \(criterion.name)　设定 \(criterion.weight?.description ?? "—") 分　实得 \(criterion.effectiveScore?.description ?? "—") 分")
            for group in criterion.subcriteria {
                let items = group.subcriteria.map(\.name).joined(separator: "、")
                lines.append("    \(group.name)\(items.isEmpty ? "" : "：\(items)")")
            }
        }
        let stated = evaluation.statedTotal.map { "（印出 \($0)）" } ?? ""
        let statedGrade = evaluation.statedGrade.map { "（印出 \($0.chineseName)\(evaluation.statedResultType.map { "，类型 \($0)" } ?? "")）" } ?? ""
        lines.append("  总分 \(result.total?.description ?? "—")\(stated)　等级 \(result.grade?.chineseName ?? "—")\(statedGrade)")
        for problem in result.problems { lines.append("  ✗ \(problem.zh)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
