import Foundation
import YusuanAudit
import YusuanReports

/// `yusuan audit --rules`: every rule with its id, severity, what it checks, why, and
/// its source.
struct RuleListing {
    var language: ReportLanguage
    var format: AuditCommand.AuditFormat
    var pack: ResolvedPack

    var text: String {
        let rules = pack.rules.map(pack.descriptor(of:))
            + RuleCatalogue.documentSetRules.filter { !pack.disabled.contains($0.descriptor.id) }.map { pack.descriptor($0.descriptor) }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(rules)) ?? Data(), as: UTF8.self)
        }
        let heading = (language == .zh ? "规则包 " : "Rule pack ") + "\(pack.pack.id)（\(language.text(pack.pack.title))）\n"
        return heading + rules.map { rule in
            let severity = language == .zh ? rule.severity.chineseName : rule.severity.rawValue
            var lines = ["\(rule.id)  [\(severity)]  \(language.text(rule.title))", "    \(language.text(rule.reason))"]
            if let source = rule.source { lines.append("    " + (language == .zh ? "依据：" : "Source: ") + source) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// `yusuan audit --packs`: the shipped rule packs.
struct PackListing {
    var language: ReportLanguage
    var format: AuditCommand.AuditFormat

    func text() throws -> String {
        let packs: [RulePack]
        do { packs = try RulePacks.bundled() } catch { throw CommandFailure(error.message) }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(packs), as: UTF8.self)
        }
        return packs.map { pack in
            var line = "\(pack.id)  \(language.text(pack.title))  [\(pack.region)\(pack.year.map { " \($0)" } ?? "")]"
            if let parent = pack.extends { line += language == .zh ? "  继承 \(parent)" : "  extends \(parent)" }
            if let source = pack.source { line += "\n    " + (language == .zh ? "依据：" : "Source: ") + source }
            return line
        }.joined(separator: "\n") + (language == .zh ? "\n（也可用 --pack 文件.json 给出自己的规则包，格式见 docs/rule-packs.md）"
                                                   : "\n(or give your own pack with --pack FILE.json; see docs/rule-packs.md)")
    }
}
