import YusuanCore

/// The 绩效自评表 as an HTML page (A3 landscape, header repeated on every page), from the
/// `self-evaluation` template a region can override, with the scoring rule and the reasons
/// any part went unscored printed below.
public struct SelfEvaluationHTML {
    public var report: SelfEvaluationReport
    public var templates: ReportTemplates

    public init(_ report: SelfEvaluationReport, templates: ReportTemplates? = nil) throws {
        self.report = report
        self.templates = try templates ?? ReportTemplates()
    }

    public func html() throws -> String {
        guard let page = templates.render(model, template: "self-evaluation") else {
            throw ReportError.missingTemplate("self-evaluation")
        }
        return page
    }

    var model: [String: Any] {
        let grid = SelfEvaluationGrid(report)
        let spans = HeaderSpan.spans(grid.header)
        let headerRows = grid.header.indices.map { row in
            ["cells": spans.filter { $0.row == row }.map { ["text": $0.text, "rowSpan": $0.rowSpan, "columnSpan": $0.columnSpan] }]
        }
        let rows = grid.rows.map { row -> [String: Any] in
            ["role": row.role.rawValue,
             "cells": row.cells.map { cell -> [String: Any] in
                 ["text": cell.text, "class": cell.amount != nil ? "amount" : cell.isNumeric ? "number" : "label"]
             }]
        }
        let notes = zip(report.evaluation.projects, report.scores).compactMap { project, score -> [String: Any]? in
            let reasons = score.unscoredReasons.map(\.zh)
            guard !reasons.isEmpty else { return nil }
            let place = [project.agency, project.sequence.map { "序号 \($0)" }].compactMap { $0 }.joined(separator: "，")
            return ["project": place.isEmpty ? project.name : "\(project.name)（\(place)）", "reasons": reasons]
        }
        let weights = report.weights
        return [
            "title": report.evaluation.title, "department": report.evaluation.department ?? "",
            "unit": report.evaluation.moneyScale.label, "headerRows": headerRows, "rows": rows,
            "source": report.source, "weightExecution": weights.executionRate.description, "weightOutput": weights.output.description,
            "weightOutcome": weights.outcome.description, "weightSatisfaction": weights.satisfaction.description,
            "notes": notes, "hasNotes": !notes.isEmpty,
        ]
    }
}
