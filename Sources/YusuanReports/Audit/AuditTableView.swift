import YusuanAudit
import YusuanCore
import YusuanDocuments

/// One table of a document as the HTML report draws it: its header, its rows with every
/// cell in its column, the cells findings point at marked with the findings' numbers, and
/// the findings beside the rows they concern.
struct AuditTableView {
    let document: Document
    let tableIndex: Int
    let findings: [(number: Int, finding: Finding)]
    let language: ReportLanguage
    /// The document's anchor (`doc3`): rows and tables get ids under it, findings link there.
    let anchor: String

    /// Where a finding's place is in the page: its row, else its table, else its document.
    static func anchor(document: String, _ location: FindingLocation) -> String {
        guard let table = location.tableIndex else { return "#\(document)" }
        guard let row = location.rowIndex else { return "#\(document)-t\(table)" }
        return "#\(document)-t\(table)-r\(row)"
    }

    var model: [String: Any] {
        let table = document.tables[tableIndex]
        let marks = cellMarks
        let rowFindings = Dictionary(grouping: findings) { $0.finding.location.rowIndex ?? -1 }
        let rows: [[String: Any]] = table.rows.enumerated().map { rowIndex, row in
            let notes = (rowFindings[rowIndex] ?? []).map { AuditHTMLReport.findingModel($0.finding, number: $0.number, language: language, document: document) }
            let severity = (rowFindings[rowIndex] ?? []).map(\.finding.severity).min()
            return [
                "cells": (0..<table.columns.count).map { column -> [String: Any] in
                    let cell = row.cells.first { $0.column == column }
                    let mark = marks[CellPosition(row: rowIndex, column: column)]
                    return ["text": cell?.text ?? "", "numeric": cell?.amount != nil || cell?.percentage != nil,
                            "severity": mark?.severity.rawValue ?? "", "marks": mark?.numbers.map(String.init).joined(separator: ",") ?? "",
                            "marked": mark != nil]
                },
                "role": row.role.rawValue,
                "id": "\(anchor)-t\(tableIndex)-r\(rowIndex)",
                "severity": severity?.rawValue ?? "",
                "notes": notes,
                "hasNotes": !notes.isEmpty,
            ]
        }
        let tableLevel = (rowFindings[-1] ?? []).map { AuditHTMLReport.findingModel($0.finding, number: $0.number, language: language, document: document) }
        return [
            "title": [table.number, table.title].compactMap { $0 }.joined(separator: " "),
            "pages": pages,
            "hasPages": !pages.isEmpty,
            "id": "\(anchor)-t\(tableIndex)",
            "unit": table.moneyScale.map { (language == .zh ? "单位：" : "Unit: ") + $0.label } ?? "",
            "headers": table.columns.map { ["text": $0.header.joined(separator: " / ")] },
            "rows": rows,
            "tableNotes": tableLevel,
            "hasTableNotes": !tableLevel.isEmpty,
        ]
    }

    /// The pages a PDF table is printed on (`第 7–8 页`), so a reader can find it in the
    /// document; empty for text and workbooks.
    private var pages: String {
        let table = document.tables[tableIndex]
        let numbers = ([table.location.page] + table.rows.map(\.location.page)).compactMap { $0 }
        guard let first = numbers.min(), let last = numbers.max() else { return "" }
        let span = first == last ? "\(first)" : "\(first)–\(last)"
        return language == .zh ? "第 \(span) 页" : (first == last ? "page \(span)" : "pages \(span)")
    }

    private struct CellPosition: Hashable {
        var row: Int
        var column: Int
    }

    /// The findings on each cell: the cell a finding is at, and the cells it rests on in
    /// this table.
    private var cellMarks: [CellPosition: (severity: Severity, numbers: [Int])] {
        var marks: [CellPosition: (severity: Severity, numbers: [Int])] = [:]
        for (number, finding) in findings {
            for location in [finding.location] + finding.related where location.tableIndex == tableIndex && location.file == nil {
                guard let row = location.rowIndex, let column = location.columnIndex else { continue }
                let position = CellPosition(row: row, column: column)
                let primary = location == finding.location
                var mark = marks[position] ?? (severity: primary ? finding.severity : .info, numbers: [])
                if primary { mark.severity = min(mark.severity, finding.severity) }
                if !mark.numbers.contains(number) { mark.numbers.append(number) }
                marks[position] = mark
            }
        }
        return marks
    }
}
