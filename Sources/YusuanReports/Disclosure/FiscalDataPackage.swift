import Foundation
import YusuanCore

/// The facts as open data: a Frictionless (Fiscal) Data Package — `datapackage.json` and
/// CSV files — so researchers never have to scrape the PDF. Every budget line is a row with
/// its classification hierarchy (功能分类 类/款/项, 经济分类 类/款), kind, source and exact
/// amount in 元; the fiscal model says the phase (approved budget), the direction
/// (expenditure) and the money scale (CNY, factor 1).
public struct FiscalDataPackage {
    public var facts: BudgetFacts
    public var catalogues: CatalogueSet

    public init(facts: BudgetFacts, catalogues: CatalogueSet) {
        self.facts = facts
        self.catalogues = catalogues
    }

    /// File name → contents.
    public func files() throws -> [(String, Data)] {
        [("datapackage.json", try descriptor()), ("budget-lines.csv", Data(linesCSV().utf8)), ("other-figures.csv", Data(otherCSV().utf8))]
    }

    static let lineFields: [(name: String, type: String, title: String, columnType: String?)] = [
        ("fiscal_year", "integer", "预算年度", "date:fiscal-year"),
        ("agency_code", "string", "单位代码", "administrative-classification:generic:level1:code"),
        ("agency_name", "string", "单位名称", "administrative-classification:generic:level1:label"),
        ("function_category_code", "string", "功能分类类编码", "functional-classification:generic:level1:code"),
        ("function_category_name", "string", "功能分类类名称", "functional-classification:generic:level1:label"),
        ("function_section_code", "string", "功能分类款编码", "functional-classification:generic:level2:code"),
        ("function_section_name", "string", "功能分类款名称", "functional-classification:generic:level2:label"),
        ("function_item_code", "string", "功能分类项编码", "functional-classification:generic:level3:code"),
        ("function_item_name", "string", "功能分类项名称", "functional-classification:generic:level3:label"),
        ("economic_category_code", "string", "经济分类类编码", "economic-classification:generic:level1:code"),
        ("economic_category_name", "string", "经济分类类名称", "economic-classification:generic:level1:label"),
        ("economic_section_code", "string", "经济分类款编码", "economic-classification:generic:level2:code"),
        ("economic_section_name", "string", "经济分类款名称", "economic-classification:generic:level2:label"),
        ("expenditure_kind", "string", "支出类型", nil),
        ("fund_source", "string", "资金来源", "fin-source:generic:code"),
        ("fund_origin", "string", "资金年度（本年/上年结转）", nil),
        ("line_use", "string", "支出或年终结转结余", nil),
        ("project", "string", "项目名称", "project:generic:label"),
        ("amount", "number", "金额（元）", "value"),
    ]

    func descriptor() throws -> Data {
        let name = "yusuan-budget-\(facts.agency.code)-\(facts.fiscalYear)".lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        let fields = Self.lineFields.map { field -> [String: Any] in
            var entry: [String: Any] = ["name": field.name, "type": field.type, "title": field.title]
            if let columnType = field.columnType { entry["columnType"] = columnType }
            if field.name == "amount" { entry["decimalChar"] = "."; entry["groupChar"] = "" }
            return entry
        }
        let descriptor: [String: Any] = [
            "name": name,
            "title": "\(facts.agency.name)\(facts.fiscalYear)年部门预算",
            "profile": "tabular-data-package",
            "fiscalYear": String(facts.fiscalYear),
            "countryCode": "CN",
            "resources": [
                ["name": "budget-lines", "path": "budget-lines.csv", "profile": "tabular-data-resource", "format": "csv",
                 "mediatype": "text/csv", "encoding": "utf-8", "title": "收支明细（每行一笔预算）",
                 "schema": ["fields": fields, "missingValues": [""]]],
                ["name": "other-figures", "path": "other-figures.csv", "profile": "tabular-data-resource", "format": "csv",
                 "mediatype": "text/csv", "encoding": "utf-8", "title": "“三公”经费、机关运行经费与上年预算数",
                 "schema": ["fields": [
                    ["name": "figure", "type": "string", "title": "指标"], ["name": "label", "type": "string", "title": "说明"],
                    ["name": "fiscal_year", "type": "integer", "title": "预算年度"], ["name": "amount", "type": "number", "title": "金额（元）"],
                 ], "missingValues": [""]]],
            ],
            // The fiscal model of the Fiscal Data Package: what the amounts measure.
            "model": [
                "measures": ["amount": ["source": "amount", "currency": "CNY", "factor": 1, "direction": "expenditure", "phase": "approved"]],
                "dimensions": [
                    "agency": ["dimensionType": "entity", "primaryKey": ["agency_code"], "attributes": ["agency_code": ["source": "agency_code"], "agency_name": ["source": "agency_name", "labelfor": "agency_code"]]],
                    "function": ["dimensionType": "classification", "classificationType": "functional", "primaryKey": ["function_item_code"],
                                 "attributes": Self.levels("function", ["category", "section", "item"])],
                    "economic": ["dimensionType": "classification", "classificationType": "economic", "primaryKey": ["economic_section_code"],
                                 "attributes": Self.levels("economic", ["category", "section"])],
                    "fiscal_year": ["dimensionType": "datetime", "primaryKey": ["fiscal_year"], "attributes": ["fiscal_year": ["source": "fiscal_year"]]],
                ],
            ],
        ]
        return try JSONSerialization.data(withJSONObject: descriptor, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// `function_category_code`, `function_category_name`, … each name the label of its code and
    /// each level a child of the one above.
    static func levels(_ prefix: String, _ names: [String]) -> [String: Any] {
        var attributes: [String: Any] = [:]
        for (index, level) in names.enumerated() {
            var code: [String: Any] = ["source": "\(prefix)_\(level)_code"]
            if index > 0 { code["parent"] = "\(prefix)_\(names[index - 1])_code" }
            attributes["\(prefix)_\(level)_code"] = code
            attributes["\(prefix)_\(level)_name"] = ["source": "\(prefix)_\(level)_name", "labelfor": "\(prefix)_\(level)_code"]
        }
        return attributes
    }

    func linesCSV() -> String {
        let views = DisclosureViews(facts: facts, catalogues: catalogues)
        var rows = [Self.lineFields.map(\.name)]
        for line in facts.lines {
            let agency = facts.allAgencies.first { $0.code == (line.agency ?? facts.agency.code) } ?? facts.agency
            let function = [CodeLevel.category, .section, .item].map { line.function.ancestor(at: $0)?.digits ?? "" }
            let economic = [CodeLevel.category, .section].map { line.economic?.ancestor(at: $0)?.digits ?? "" }
            rows.append([String(facts.fiscalYear), agency.code, agency.name]
                + function.flatMap { [$0, $0.isEmpty ? "" : views.name(of: $0)] }
                + economic.flatMap { [$0, $0.isEmpty ? "" : views.name(of: $0)] }
                + [line.kind?.rawValue ?? "", line.source.rawValue, line.origin.rawValue, line.use.rawValue, line.project ?? "", line.amount.yuan.description])
        }
        return Self.csv(rows)
    }

    func otherCSV() -> String {
        var rows = [["figure", "label", "fiscal_year", "amount"]]
        for item in ThreePublicItem.allCases {
            rows.append(["threePublic.\(item.rawValue)", item.chineseName, String(facts.fiscalYear), facts.threePublic[item].yuan.description])
            if let prior = facts.priorYearThreePublic {
                rows.append(["threePublic.\(item.rawValue)", item.chineseName, String(facts.fiscalYear - 1), prior[item].yuan.description])
            }
        }
        if let cost = facts.agencyOperatingCost { rows.append(["agencyOperatingCost", "机关运行经费", String(facts.fiscalYear), cost.yuan.description]) }
        return Self.csv(rows)
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
