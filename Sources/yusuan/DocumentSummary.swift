import YusuanCore
import YusuanDocuments

/// The human summary `yusuan read` prints: kind, agency, year, and each table with its
/// row count and totals.
struct DocumentSummary {
    let document: Document

    init(_ document: Document) { self.document = document }

    var text: String {
        var lines = ["== \(document.file)"]
        lines.append("  类型 kind: \(document.kind.chineseName) (\(document.kind.rawValue))")
        lines.append("  单位 agency: \(document.agency ?? "—")   年度 year: \(document.fiscalYear.map(String.init) ?? "—")   金额单位 unit: \(document.moneyScale?.label ?? "—")")
        if let title = document.title { lines.append("  标题 title: \(title)") }
        if let ocr = document.ocr {
            lines.append("  文字识别 OCR: 扫描件，由 \(ocr.engine) 读出，\(ocr.pages) 页 \(ocr.words) 词，平均置信度 \(Int(ocr.meanConfidence.rounded()))%，"
                         + "\(ocr.uncertainWords) 词低于 \(Int(OCRReading.uncertain))%；数字可能有误 · a scan read by OCR: figures may be misread")
        }
        lines.append("  表格 tables: \(document.tables.count)")
        for (index, table) in document.tables.enumerated() {
            let number = table.number.map { "\($0) " } ?? ""
            var line = "   \(index + 1). \(number)\(table.title) [\(table.kind.rawValue)] \(table.rows.count) 行"
            if let total = table.rows.first(where: { $0.role == .total }) {
                let figures = total.cells.compactMap { cell -> String? in
                    guard let amount = cell.amount else { return nil }
                    return "\(table.columns[cell.column].meaning?.rawValue ?? "?")=\(amount.text)"
                }
                if !figures.isEmpty { line += "  \(total.label): " + figures.joined(separator: " ") }
            }
            if table.isEmpty { line += table.note.map { "  （空表：\($0.prefix(40))）" } ?? "  （空表）" }
            lines.append(line)
        }
        lines.append("  说明中的数字 statements: \(document.statements.count)")
        lines.append("  未识别 unrecognized: \(document.unrecognized.count)")
        for item in document.unrecognized.prefix(20) {
            lines.append("    \(item.location): \(item.text.prefix(40)) — \(item.reason.zh)")
        }
        if document.unrecognized.count > 20 { lines.append("    … \(document.unrecognized.count - 20) more") }
        return lines.joined(separator: "\n")
    }
}
