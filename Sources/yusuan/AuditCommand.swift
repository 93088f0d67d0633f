import ArgumentParser
import Foundation
import YusuanAudit
import YusuanCore
import YusuanReports

/// `yusuan audit FILE|DIR…`: check published documents and report every disagreement.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "审核公开文档 · Audit published budget documents.",
        discussion: """
            Checks every total, cross-table identity, narrative share and change, classification
            code, self-evaluation rate and performance indicator, treating each printed figure as
            the interval it stands for at its precision. A folder is audited recursively, files in
            parallel. Rules come from a pack (`--pack`, default 全国): `--packs` lists the packs,
            `--rules` the pack's rules. Exit status: 0 no errors, 1 at least one error finding, 2 a
            file could not be read (the others are still audited).
            """
    )

    @Argument(help: "Files or folders to audit.")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json or html.")
    var format: AuditFormat = .text

    @Option(name: .long, help: "Language of messages: zh or en.")
    var lang: Language = .zh

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Rule pack: a shipped pack's id (see --packs) or a pack file (.json).")
    var pack: String = RulePacks.defaultID

    @Flag(name: .long, help: "List the rules of the pack and exit.")
    var rules = false

    @Flag(name: .long, help: "List the rule packs and exit.")
    var packs = false

    enum AuditFormat: String, ExpressibleByArgument, CaseIterable { case text, json, html }
    enum Language: String, ExpressibleByArgument, CaseIterable { case zh, en }

    func validate() throws {
        if !rules && !packs && paths.isEmpty { throw ValidationError("需要至少一个文件或文件夹 · Give at least one file or folder to audit.") }
    }

    func run() throws {
        let language = ReportLanguage(rawValue: lang.rawValue)!
        if packs {
            try write(PackListing(language: language, format: format).text())
            return
        }
        let resolved: ResolvedPack
        do {
            resolved = try RulePacks.resolve(pack)
        } catch {
            throw CommandFailure(error.message)
        }
        if rules {
            try write(RuleListing(language: language, format: format, pack: resolved).text)
            return
        }
        let (files, missing) = AuditBatch.files(in: paths)
        let batch = AuditBatch(catalogues: try bundledCatalogues(year: resolved.pack.catalogueYear), pack: resolved)
        let progress = ProgressLine(total: files.count)
        var report = batch.audit(files: files) { done, total in progress.update(done, total) }
        progress.finish()
        report.unreadable = missing + report.unreadable
        switch format {
        case .text: try write(AuditTextReport(report, language: language).text)
        case .json: try write(String(decoding: try AuditJSONReport(report, language: language).data(), as: UTF8.self))
        case .html: try write(try AuditHTMLReport(report, language: language).html())
        }
        if format != .text || output != nil {
            FileHandle.standardError.write(Data((AuditTextReport(report, language: language).summary + "\n").utf8))
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }

    private func write(_ text: String) throws {
        guard let output else {
            print(text)
            return
        }
        do {
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure(zh: "无法写入 \(output)：\(error.localizedDescription)", en: "cannot write \(output): \(error.localizedDescription)")
        }
    }
}

/// `N/M file…` on standard error while a terminal watches; nothing when piped.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()

    init(total: Int) { enabled = total > 1 && isatty(STDERR_FILENO) == 1 }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.withLock { FileHandle.standardError.write(Data("\r审核 auditing \(done)/\(total)".utf8)) }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
