import ArgumentParser
import Foundation
import YusuanCore
import YusuanDocuments
import YusuanReports

/// `yusuan selfeval INPUT`: score a department's 绩效自评表 by 财预〔2020〕10号 and write it in
/// seed 002's layout.
struct SelfEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfeval",
        abstract: "绩效自评计分 · Score project self-evaluations (财预〔2020〕10号) and write the 绩效自评表.",
        discussion: """
            INPUT is a published 绩效自评表 (text, PDF or XLSX, read like `yusuan read`) or the JSON
            of docs/self-evaluation.md. Each project scores 预算执行率 10, 产出 50, 效益 30 and
            满意度 10 unless --weights gives a region's own; a part that cannot be scored (a target
            without a value, a qualitative indicator without the evaluator's band, a budget of 0)
            is named, and the total is then printed as the range it lies in.
            Formats: text, json, html (A3 landscape), xlsx (needs --out).
            Exit status: 0 scored, 2 bad input (nothing written).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, xlsx
    }

    @Argument(help: "A 绩效自评表 (.txt, .pdf, .xlsx) or self-evaluation facts (.json).")
    var input: String

    @Option(name: .long, help: "A region's weights (.json): executionRate, output, outcome, satisfaction adding up to 100.")
    var weights: String?

    @Option(name: .long, help: "Output format: text, json, html or xlsx.")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (required for xlsx).")
    var out: String?

    @Option(name: .long, help: "A folder of .mustache templates replacing the bundled ones.")
    var templates: String?

    @Flag(name: .long, help: "Print the projects ranked by score, with their execution rates (text or json).")
    var rank = false

    func run() throws {
        let weights = try loadWeights()
        let report = SelfEvaluationReport(try evaluation(), weights: weights)
        if rank { return try printRanking(report) }
        let data: Data
        switch format {
        case .text: data = Data(SelfEvaluationText.text(report).utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(report)
        case .html:
            do {
                let overrides = templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
                data = Data(try SelfEvaluationHTML(report, templates: try ReportTemplates(overrides: overrides)).html().utf8)
            } catch let error as YusuanError {
                throw CommandFailure(error.message)
            }
        case .xlsx:
            guard out != nil else {
                throw CommandFailure(zh: "xlsx 格式需要用 --out 指定输出文件", en: "the xlsx format needs --out FILE")
            }
            data = try SelfEvaluationWorkbook.data(report)
        }
        guard let out else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure(zh: "无法写入 \(out)：\(error.localizedDescription)", en: "cannot write \(out): \(error.localizedDescription)")
        }
    }

    func printRanking(_ report: SelfEvaluationReport) throws {
        let ranking = SelfEvaluationScoring(weights: report.weights).ranking(report.evaluation.projects)
        switch format {
        case .json: try printJSON(ranking)
        case .text:
            for entry in ranking {
                let score = entry.total?.formatted(decimals: 2)
                    ?? "\(entry.range.lower.formatted(decimals: 2))–\(entry.range.upper.formatted(decimals: 2))"
                print("\(entry.rank.map(String.init) ?? "—")\t\(entry.name)\t\(entry.agency ?? "")\t\(score)\t"
                      + "\(entry.grade?.chineseName ?? "—")\t执行率 \(entry.executionRate.map { "\($0)%" } ?? "—")")
            }
        default:
            throw CommandFailure(zh: "--rank 只能输出 text 或 json", en: "--rank prints text or json only")
        }
    }

    func loadWeights() throws -> SelfEvaluationWeights {
        guard let weights else { return .national }
        guard let data = FileManager.default.contents(atPath: weights) else {
            throw CommandFailure(zh: "无法读取权重文件 \(weights)", en: "cannot read the weights file \(weights)")
        }
        do {
            return try SelfEvaluationWeights(json: data)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The facts: from JSON, or from the 绩效自评表 a document holds.
    func evaluation() throws -> SelfEvaluation {
        if input.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw CommandFailure(zh: "无法读取 \(input)", en: "cannot read \(input)")
            }
            do {
                return try SelfEvaluationInput.read(data)
            } catch {
                throw CommandFailure(error)
            }
        }
        let document: Document
        do {
            document = try DocumentReader(catalogues: try bundledCatalogues()).read(contentsOf: URL(fileURLWithPath: input), as: input)
        } catch let error as DocumentReadError {
            throw CommandFailure(zh: "\(input)：\(error.zh)", en: "\(input): \(error.en)")
        }
        guard let evaluation = SelfEvaluationReader.read(document), !evaluation.projects.isEmpty else {
            throw CommandFailure(zh: "\(input) 中没有找到预算项目绩效自评表", en: "no project self-evaluation table (绩效自评表) found in \(input)")
        }
        return evaluation
    }
}
