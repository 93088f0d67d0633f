import Foundation
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// The audit as text for a terminal: findings grouped by document and by table, then a
/// summary line.
public struct AuditTextReport {
    public var report: AuditReport
    public var language: ReportLanguage

    public init(_ report: AuditReport, language: ReportLanguage = .zh) {
        self.report = report
        self.language = language
    }

    public var text: String {
        var lines: [String] = []
        for audit in report.documents {
            lines.append(heading(audit.document))
            if audit.findings.isEmpty { lines.append(say("  未发现问题", "  no findings")) }
            for (place, findings) in Self.groups(audit.findings) {
                lines.append("  \(place ?? say("说明及其他", "narrative and other"))")
                for finding in findings { lines += self.lines(finding, in: audit.document) }
            }
            lines.append("")
        }
        for file in report.unreadable {
            lines.append("!! \(file.file)：\(language.text(file.message))")
        }
        for file in report.skipped {
            lines.append("-- \(file.file)：\(language.text(file.message))")
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    /// `汇总：3 个文件，错误 5，警告 2，提示 10，无法读取 0`.
    public var summary: String {
        let counts = (report.documents.count, report.count(.error), report.count(.warning), report.count(.info), report.unreadable.count)
        let skipped = report.skipped.isEmpty ? "" : (language == .zh ? "，跳过 \(report.skipped.count)" : ", \(report.skipped.count) skipped")
        let scans = report.documents.filter { $0.document.ocr != nil }.count
        let ocr = scans == 0 ? "" : (language == .zh ? "，其中扫描件经文字识别 \(scans)（数字可能有误）" : ", \(scans) scanned and read by OCR (figures may be misread)")
        return language == .zh
            ? "汇总：\(counts.0) 个文件，错误 \(counts.1)，警告 \(counts.2)，提示 \(counts.3)，无法读取 \(counts.4)\(skipped)\(ocr)"
            : "Summary: \(counts.0) documents, \(counts.1) errors, \(counts.2) warnings, \(counts.3) info, \(counts.4) unreadable\(skipped)\(ocr)"
    }

    /// Findings by the table they point at, tables in document order, the rest last.
    static func groups(_ findings: [Finding]) -> [(String?, [Finding])] {
        var order: [String?] = []
        var byPlace: [String?: [Finding]] = [:]
        for finding in findings.sorted(by: { ($0.location.tableIndex ?? .max, $0.location.line ?? 0) < ($1.location.tableIndex ?? .max, $1.location.line ?? 0) }) {
            let place = finding.location.table
            if byPlace[place] == nil { order.append(place) }
            byPlace[place, default: []].append(finding)
        }
        return order.map { ($0, byPlace[$0]!) }
    }

    private func heading(_ document: Document) -> String {
        let facts = [language == .zh ? document.kind.chineseName : document.kind.rawValue, document.agency,
                     document.fiscalYear.map(String.init)].compactMap { $0 }
        let scan = document.ocr.map { say("  （扫描件，经文字识别读取：\($0.engine)）", "  (a scan, read by OCR: \($0.engine))") } ?? ""
        return "== \(document.file)  \(facts.joined(separator: " · "))\(scan)"
    }

    private func lines(_ finding: Finding, in document: Document) -> [String] {
        let severity = language == .zh ? finding.severity.chineseName : finding.severity.rawValue
        let place = FindingPlace(location: finding.location, document: document, language: language).parts(withTable: false)
        let message = language.text(finding.message)
        var lines = ["    [\(severity)] \(finding.rule) \(place.joined(separator: " · "))",
                     "      \(message)"]
        if finding.expected.map({ !message.contains($0) }) ?? (finding.found != nil) {
            lines.append("      " + say("应为 \(finding.expected ?? "—")，印为 \(finding.found ?? "—")",
                                        "expected \(finding.expected ?? "—"), found \(finding.found ?? "—")"))
        }
        return lines
    }

    private func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
}
