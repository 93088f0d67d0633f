import ArgumentParser
import Foundation
import YusuanCore
import YusuanDocuments
import YusuanReports

/// `yusuan review INPUT…`: score a project application's 编审表 and check its funding;
/// `yusuan review --template FILE`: check and print a bureau's own 编审表 template.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "编审表计分 · Score a project application's review sheets and check its funding.",
        discussion: """
            INPUT is a 项目支出预算申报 (text, PDF or XLSX). For each 编审表 the 部门自评 and 财政评审
            scores are totalled by section and compared with the totals the sheet prints; a score
            beyond its item's weight is a problem. The project library's checks follow: 申请金额 by
            year and source, 对下转移支付, 采购 and 购买服务, and the years funded.
            --template prints a blank sheet: `standard` (项目支出预算编审表 23/57/20), `capital`
            (基本建设项目补充编审表 25/50/25), or a bureau's own JSON file (docs/self-evaluation.md);
            with --scores FILE the template is scored item by item (`{"一/1.1/(1)": {"self": "8",
            "bureau": "7", "comment": "…"}}`), each score within its item's weight.
            Also the 绩效目标's indicator checks (the auditor's indicator.* rules).
            Exit status: 0 no problem, 1 a problem found, 2 bad input.
            """
    )

    @Argument(help: "Project applications to review.")
    var inputs: [String] = []

    @Option(name: .long, help: "Print a blank template instead: standard, capital, or a template file (.json).")
    var template: String?

    @Option(name: .long, help: "With --template: score it from a file (.json) of 部门自评 / 财政评审 / comment per item.")
    var scores: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        if let template {
            let sheet = try Self.templateSheet(template)
            if let scores { return try score(sheet, from: scores) }
            switch format {
            case .text: print(ReviewText.template(sheet), terminator: "")
            case .json: try printJSON(sheet)
            }
            return
        }
        guard !inputs.isEmpty else {
            throw CommandFailure(zh: "请给出项目申报文件，或用 --template 查看模板", en: "give a project application to review, or --template")
        }
        let reader = DocumentReader(catalogues: try bundledCatalogues())
        var reports: [ReviewReport] = []
        for input in inputs {
            let document: Document
            do {
                document = try reader.read(contentsOf: URL(fileURLWithPath: input), as: input)
            } catch {
                throw CommandFailure(zh: "\(input)：\(error.zh)", en: "\(input): \(error.en)")
            }
            guard let application = document.project, !application.reviewSheets.isEmpty else {
                throw CommandFailure(zh: "\(input) 中没有找到项目申报的编审表", en: "no review sheet (编审表) of a project application found in \(input)")
            }
            reports.append(ReviewReport(file: input, application: application))
        }
        switch format {
        case .text: print(reports.map(ReviewText.text).joined(separator: "\n"), terminator: "")
        case .json: try printJSON(reports)
        }
        if reports.contains(where: { $0.problemCount > 0 }) { throw ExitCode(1) }
    }

    /// The template scored from a file: totals per section and in all.
    func score(_ sheet: ReviewSheet, from file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(zh: "无法读取评分文件 \(file)", en: "cannot read the scores file \(file)")
        }
        let scored: ReviewReport.Sheet
        do {
            scored = ReviewReport.scored(try ReviewScoresInput.apply(data, to: sheet))
        } catch {
            throw CommandFailure(error)
        }
        switch format {
        case .text: print(ReviewText.sheet(scored).joined(separator: "\n"))
        case .json: try printJSON(scored)
        }
    }

    static func templateSheet(_ name: String) throws -> ReviewSheet {
        switch name {
        case "standard": return .standardProjectTemplate
        case "capital": return .capitalConstructionTemplate
        default:
            guard let data = FileManager.default.contents(atPath: name) else {
                throw CommandFailure(zh: "无法读取模板 \(name)（可用 standard、capital 或 JSON 文件）",
                                     en: "cannot read the template \(name) (use standard, capital or a JSON file)")
            }
            do {
                return try ReviewTemplate(json: data).sheet()
            } catch {
                throw CommandFailure(error)
            }
        }
    }
}
