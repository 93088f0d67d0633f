import Foundation
import YusuanAudit
import YusuanReports

/// `yusuan audit --rules`: every rule with its id, severity, what it checks, why, and
/// its source.
struct RuleListing {
    var language: ReportLanguage
    var format: AuditCommand.AuditFormat

    var text: String {
        let rules = RuleCatalogue.all.map(\.descriptor)
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(rules)) ?? Data(), as: UTF8.self)
        }
        return rules.map { rule in
            let severity = language == .zh ? rule.severity.chineseName : rule.severity.rawValue
            var lines = ["\(rule.id)  [\(severity)]  \(language.text(rule.title))", "    \(language.text(rule.reason))"]
            if let source = rule.source { lines.append("    " + (language == .zh ? "依据：" : "Source: ") + source) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
