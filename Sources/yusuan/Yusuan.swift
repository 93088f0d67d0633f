import ArgumentParser
import Foundation
import YusuanCore

@main
struct Yusuan: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "yusuan",
        abstract: "预算公开与绩效管理 · Budget disclosure and performance management.",
        discussion: """
            Yusuan reads, audits and compiles Chinese public-sector budget documents.
            Exit status: 0 success, 2 bad input (the message says what was wrong).
            """,
        version: version,
        subcommands: [ReadCommand.self, AuditCommand.self, CompileCommand.self, TemplateCommand.self, CodesCommand.self, SelfEvalCommand.self, ReviewCommand.self, EvaluateCommand.self, BenchCommand.self, ServeCommand.self]
    )

    /// Runs the command; bad input — a usage error or a `CommandFailure` — exits with
    /// status 2 and a message in both languages.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("错误：\(failure.message.zh)\nError: \(failure.message.en)\n".utf8))
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(CommandFailure.badInput)
        }
    }
}
