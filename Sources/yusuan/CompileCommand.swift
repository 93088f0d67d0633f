import ArgumentParser
import Foundation
import YusuanAudit
import YusuanCore
import YusuanReports

/// `yusuan compile INPUT --out DIR`: a unit's budget input into its disclosure package.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "编制部门预算公开 · Compile budget facts into the complete disclosure package.",
        discussion: """
            INPUT is the JSON of docs/budget-input.md or a workbook made from `yusuan template budget`.
            The input is validated first (every problem named by sheet, row and column, or JSON
            path); then the package is generated, read back and audited, and written only when
            the audit finds no error. Formats: md (disclosure.md, and disclosure.txt as audited),
            html (print-ready A4), pdf (the HTML printed by headless Chromium), xlsx (one sheet
            per table), fdp (open-data/: a Frictionless Fiscal Data Package).
            Exit status: 0 written, 1 the generated package has an error finding (nothing
            written), 2 bad input.
            """
    )

    @Argument(help: "The budget input: a .json or .xlsx file.")
    var input: String

    @Option(name: .long, help: "The folder to write the package into.")
    var out: String

    @Option(name: .long, help: "Comma-separated formats: md, html, pdf, xlsx, fdp.")
    var format: String = "md,html,xlsx,fdp"

    @Option(name: .long, help: "Language of messages: zh or en. The disclosure itself is in Chinese.")
    var lang: AuditCommand.Language = .zh

    @Option(name: .long, help: "Rule pack the package is audited with before it is written: a shipped pack's id or a pack file (.json).")
    var pack: String?

    @Option(name: .long, help: "A folder of .mustache templates replacing the bundled ones (a region's own layout).")
    var templates: String?

    func run() throws {
        let language = Language(rawValue: lang.rawValue)!
        let formats = try Self.formats(format)
        let catalogues = try bundledCatalogues()
        let file = BudgetInputFile.read(contentsOf: URL(fileURLWithPath: input))
        let resolved: ResolvedPack?
        do {
            resolved = try pack.map { name throws(PackError) in try RulePacks.resolve(name) }
        } catch {
            throw CommandFailure(error.message)
        }
        let compiler = Compiler(catalogues: catalogues, pack: resolved)
        guard let budget = file.input else { throw Self.rejected(file.issues, file.places, language, input) }
        let result = compiler.compile(budget)
        for issue in result.issues where issue.severity == .warning {
            FileHandle.standardError.write(Data((issue.text(language, places: file.places) + "\n").utf8))
        }
        guard let package = result.package, let text = result.text, let facts = result.facts, let document = result.document else {
            throw Self.rejected(result.issues, file.places, language, input)
        }
        let report = AuditReport(documents: [DocumentAudit(document: document, findings: result.findings)])
        guard result.isPublishable else {
            print(AuditTextReport(report, language: ReportLanguage(rawValue: lang.rawValue)!).text)
            for difference in result.readBack { print("read back: \(difference)") }
            throw CommandFailure(zh: "生成的公开文件未通过审核，未写出任何文件", en: "the generated package did not pass the audit; nothing was written", status: 1)
        }
        let printer = PDFPrinter()
        if formats.contains(.pdf), printer == nil { throw CommandFailure(PDFPrinter.missing) }
        let overrides = templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let files: [(path: String, data: Data)]
        do {
            files = try PackageFiles(package: package, text: text, facts: facts, catalogues: catalogues,
                                     templates: try ReportTemplates(overrides: overrides), printer: printer).files(formats)
        } catch let error as YusuanError {
            throw CommandFailure(error.message)
        }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            }
        } catch {
            throw CommandFailure(zh: "无法写入 \(out)：\(error.localizedDescription)", en: "cannot write \(out): \(error.localizedDescription)")
        }
        let findings = result.findings.count
        print(language == .zh
              ? "已生成 \(package.title)：\(files.count) 个文件写入 \(out)（\(files.map(\.path).joined(separator: "、"))）；审核发现 \(findings) 条（无错误）"
              : "Compiled \(package.title): \(files.count) files in \(out) (\(files.map(\.path).joined(separator: ", "))); the audit found \(findings) (no errors)")
    }

    static func formats(_ text: String) throws -> [PackageFormat] {
        try text.split(separator: ",").map { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let format = PackageFormat(rawValue: name) else {
                throw CommandFailure(zh: "未知格式“\(name)”，可选 md、html、pdf、xlsx、fdp", en: "unknown format “\(name)”: use md, html, pdf, xlsx or fdp")
            }
            return format
        }
    }

    /// Input errors, one per line, then the failure that exits with status 2.
    static func rejected(_ issues: [InputIssue], _ places: InputPlaces, _ language: Language, _ input: String) -> CommandFailure {
        for issue in issues { FileHandle.standardError.write(Data((issue.text(language, places: places) + "\n").utf8)) }
        let errors = issues.filter { $0.severity == .error }.count
        return CommandFailure(zh: "\(input) 有 \(errors) 处错误，未生成公开文件", en: "\(input) has \(errors) errors; nothing was compiled")
    }
}
