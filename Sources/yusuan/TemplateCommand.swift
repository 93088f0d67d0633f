import ArgumentParser
import Foundation
import YusuanReports

/// `yusuan template budget --out FILE.xlsx`: the empty workbook a unit fills in to compile.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成填报模板 · Write an empty input template.",
        discussion: "`budget`: the workbook for `yusuan compile`, one sheet per kind of fact, with a 填写说明 sheet."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case budget }

    @Argument(help: "What to write a template for: budget.")
    var kind: Kind

    @Option(name: .long, help: "The .xlsx file to write.")
    var out: String

    func run() throws {
        let data = BudgetWorkbookTemplate.data()
        do {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure(zh: "无法写入 \(out)：\(error.localizedDescription)", en: "cannot write \(out): \(error.localizedDescription)")
        }
        print("已写出模板 \(out) · Template written to \(out)")
    }
}
