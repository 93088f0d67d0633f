import YusuanCore

/// The package as one print-ready HTML page (A4, Chinese fonts, each table on its own page
/// with its header repeated on every page it runs over), from the `disclosure` template a
/// region can override.
public struct PackageHTML {
    public var package: DisclosurePackage
    public var templates: ReportTemplates

    public init(_ package: DisclosurePackage, templates: ReportTemplates? = nil) throws {
        self.package = package
        self.templates = try templates ?? ReportTemplates()
    }

    public func html() throws -> String {
        guard let page = templates.render(model, template: "disclosure") else { throw ReportError.missingTemplate("disclosure") }
        return page
    }

    var model: [String: Any] {
        let parts = package.partTitles
        return [
            "title": package.title, "agency": package.agency, "year": package.fiscalYear,
            "partProfile": parts[0], "partTables": parts[1], "partNarrative": parts[2], "partGlossary": parts[3],
            "hasProfile": !package.profile.isEmpty,
            "profile": package.profile.flatMap { sections($0, level: 3) },
            "contents": package.tables.map { "\($0.number) \($0.view.title)" },
            "tables": package.tables.map(table),
            "narrative": package.narrative.flatMap { sections($0, level: 3) },
            "glossary": package.glossary.enumerated().map { ["number": PackageBuilder.chineseNumeral($0 + 1), "term": $1.term, "definition": $1.definition] },
            "issued": package.issued ?? "", "hasIssued": package.issued != nil,
        ]
    }

    /// A section and its subsections, flattened: mustache has no recursion without partials.
    func sections(_ section: PackageSection, level: Int) -> [[String: Any]] {
        [[
            "heading": section.heading, "h3": level == 3, "h4": level > 3, "paragraphs": section.paragraphs,
            "targets": section.targets.map(targets),
        ]] + section.subsections.flatMap { sections($0, level: level + 1) }
    }

    func table(_ table: PackageTable) -> [String: Any] {
        let grid = TableGrid(table.view, precision: package.precision, grouping: true)
        let spans = HeaderSpan.spans(grid.header)
        let headerRows = grid.header.indices.map { row in
            ["cells": spans.filter { $0.row == row }.map { ["text": $0.text, "rowSpan": $0.rowSpan, "columnSpan": $0.columnSpan] }]
        }
        let rows = grid.body.map { row in
            ["cells": row.enumerated().map { index, cell -> [String: Any] in
                let amount = grid.amountColumns.contains(index)
                let classes = [amount ? "amount" : "label", cell.role == .detail ? nil : cell.role.rawValue,
                               amount || cell.depth == 0 ? nil : "depth\(min(cell.depth, 3))"].compactMap { $0 }
                return ["text": cell.text, "class": classes.joined(separator: " ")]
            }]
        }
        // Tables with many amount columns print on a landscape page.
        return ["number": table.number, "title": table.view.title, "wide": grid.columnCount > 8, "unit": package.precision.scale.label,
                "headerRows": headerRows, "rows": rows, "note": table.note ?? "", "hasNote": table.note != nil]
    }

    func targets(_ project: ProjectTargets) -> [String: Any] {
        let amount = { (money: Money) in money.formatted(package.precision) }
        return ["project": project.project, "total": amount(project.total), "fiscal": amount(project.fiscal), "other": amount(project.other),
                "goal": project.goal ?? "", "unit": package.precision.scale.label,
                "indicators": project.indicators.map { indicator in
                    ["tier": indicator.tier.chineseName, "category": indicator.category?.chineseName ?? "", "name": indicator.name,
                     "comparator": indicator.comparator?.symbol ?? "", "value": indicator.value, "unit": indicator.unit ?? ""]
                }]
    }
}
