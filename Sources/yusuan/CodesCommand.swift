import ArgumentParser
import Foundation
import YusuanCore

/// `yusuan codes`: look codes up in the classification catalogues.
struct CodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "查询支出分类科目 · Look up expenditure classification codes.",
        discussion: """
            A code may be written whole (2080505), in its 类/款/项 parts (208 05 05), or glued
            to a name (2080505机关事业单位基本养老保险缴费支出), in which case the name is checked.
            Codes missing from the catalogues are unverified, not necessarily invalid: the
            catalogues hold what published documents were seen to use.
            """
    )

    @Argument(help: "The code, whole or as 类 款 项 parts.")
    var code: [String] = []

    @Option(name: .long, help: "Search names (and codes) for this text instead.")
    var search: String?

    @Option(name: .long, help: "Check this name against the code's catalogue name.")
    var name: String?

    @Option(name: .long, help: "The fiscal year whose names are current (default: the newest).")
    var year: Int?

    @Option(name: .long, help: "A catalogue file (TSV with code and name columns) whose codes to add; repeatable.")
    var catalogue: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if search == nil && code.isEmpty {
            throw ValidationError("请给出编码或 --search / give a code or --search")
        }
        if search != nil && !code.isEmpty {
            throw ValidationError("编码与 --search 只能二选一 / give either a code or --search, not both")
        }
        if code.count > 3 {
            throw ValidationError("编码最多分为 类、款、项 三段 / a code has at most three parts (类 款 项)")
        }
    }

    func run() throws {
        let catalogues = try loadCatalogues()
        if let search {
            try printSearch(search, in: catalogues)
            return
        }
        let (digits, gluedName) = try parseCode()
        guard let kind = ClassificationKind(code: digits) else {
            throw CommandFailure(zh: "“\(digits)”不是支出分类编码（应以 2、3 或 5 开头）",
                                 en: "\"\(digits)\" is not an expenditure classification code (must start with 2, 3 or 5)")
        }
        let catalogue = catalogues[kind]
        guard let entry = catalogue.entry(digits) else {
            throw unknownCode(digits, in: catalogue)
        }
        let printedName = name ?? gluedName
        let agreement = printedName.map { catalogue.check(code: digits, name: $0) }
        let lookup = CodeLookup(entry: entry, kind: kind, catalogue: catalogue, printedName: printedName, agreement: agreement)
        switch format {
        case .json: try printJSON(lookup)
        case .text: print(lookup.text)
        }
        if let agreement, !agreement.isAccepted {
            throw CommandFailure(zh: "名称与目录不符", en: "the name does not match the catalogue")
        }
    }

    private func loadCatalogues() throws -> CatalogueSet {
        var catalogues = try bundledCatalogues(year: year)
        for path in catalogue {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure(zh: "无法读取目录文件 \(path)（应为 UTF-8 文本）",
                                     en: "cannot read catalogue file \(path) (must be UTF-8 text)")
            }
            do {
                catalogues = try catalogues.adding(tsv: text, source: path)
            } catch {
                throw CommandFailure(error)
            }
        }
        return catalogues
    }

    /// The digits asked for, and a name glued to them, if any.
    private func parseCode() throws -> (String, String?) {
        if code.count > 1 {
            let parts = code + Array(repeating: "", count: 3 - code.count)
            guard let digits = CodeText.join(category: parts[0], section: parts[1], item: parts[2]) else {
                throw CommandFailure(zh: "“\(code.joined(separator: " "))”不是 类 款 项 编码（3 位、2 位、2 位）",
                                     en: "\"\(code.joined(separator: " "))\" is not a 类 款 项 code (3, 2 and 2 digits)")
            }
            return (digits, nil)
        }
        if let digits = CodeText.code(in: code[0]) { return (digits, nil) }
        let label = CodeText.label(code[0])
        if let digits = label.code { return (digits, label.name.isEmpty ? nil : label.name) }
        throw CommandFailure(zh: "“\(code[0])”不是 3、5 或 7 位的分类编码", en: "\"\(code[0])\" is not a 3, 5 or 7 digit classification code")
    }

    private func unknownCode(_ digits: String, in catalogue: Catalogue) -> CommandFailure {
        var zh = "\(catalogue.kind.chineseName)目录中没有编码 \(digits)。目录收录的是已公开文档中出现过的科目，缺少不等于无效，但未能核实。"
        var en = "code \(digits) is not in the \(catalogue.kind.englishName) catalogue. The catalogue holds the codes published documents were seen to use: a missing code is unverified, not necessarily invalid."
        if let parent = catalogue.ancestors(of: digits).last {
            zh += "上级 \(parent.code) \(parent.name) 存在。"
            en += " Its parent \(parent.code) \(parent.name) exists."
        }
        return CommandFailure(zh: zh, en: en)
    }

    private func printSearch(_ text: String, in catalogues: CatalogueSet) throws {
        let kinds = ClassificationKind.allCases
        let results = kinds.flatMap { kind in catalogues[kind].search(text).map { SearchResult(entry: $0, kind: kind) } }
        switch format {
        case .json:
            try printJSON(results)
        case .text:
            if results.isEmpty { print("没有名称含“\(text)”的科目 / no code's name contains \"\(text)\"") }
            for result in results {
                let indent = String(repeating: "  ", count: result.entry.level.depth)
                print("\(indent)\(result.entry.code)\t\(result.entry.name)\t\(result.entry.level.chineseName)\t\(result.kind.chineseName)")
            }
        }
    }
}

/// One entry as `codes --search` reports it.
private struct SearchResult: Encodable {
    var entry: CatalogueEntry
    var kind: ClassificationKind

    func encode(to encoder: Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .classification)
    }

    private enum CodingKeys: String, CodingKey { case classification }
}
