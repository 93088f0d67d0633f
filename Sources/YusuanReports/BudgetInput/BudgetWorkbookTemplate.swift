import Foundation
import YusuanCore
import YusuanXLSX

/// The budget workbook people fill in: `yusuan template budget` writes it empty, with every
/// sheet's headers, the fixed rows and a 填写说明 sheet; given an input, it writes that input
/// in the same layout (the examples, and tests that read a workbook back).
public enum BudgetWorkbookTemplate {
    static let header = CellStyle(bold: true, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true, border: .thin)
    static let text = CellStyle(verticalAlignment: .top, wrapText: true, border: .thin, numberFormat: "@")
    static let amount = CellStyle(border: .thin, numberFormat: "#,##0.00")

    /// The workbook as .xlsx bytes. The layout is fixed and valid, so writing cannot fail.
    public static func data(_ input: BudgetInput? = nil, catalogues: CatalogueSet? = nil) -> Data {
        try! XLSXWriter.write(workbook(input, catalogues: catalogues))
    }

    public static func workbook(_ input: BudgetInput? = nil, catalogues: CatalogueSet? = nil) -> Workbook {
        var sheets = [instructions()]
        for layout in BudgetWorkbookLayout.sheets {
            var sheet = Worksheet(name: layout.name)
            let rows = layout.isKeyValue ? keyValueRows(layout, input) : listRows(layout, input, catalogues)
            let headers = layout.isKeyValue ? ["项目", "内容"] : layout.columns.map(\.header)
            for (column, title) in headers.enumerated() { sheet.set(WorksheetCell(text: title, style: header), row: 0, column: column) }
            for (index, row) in rows.enumerated() {
                for (column, value) in row.enumerated() { sheet.set(value, row: index + 1, column: column) }
            }
            sheet.fitColumnWidths(minimum: 10, maximum: 50)
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets)
    }

    private static func instructions() -> Worksheet {
        var sheet = Worksheet(name: BudgetWorkbookLayout.instructionsSheet)
        let lines = [
            "部门预算公开编制数据表 · Budget input for `yusuan compile`",
            "每张工作表填写一类数据；第一行为表头，请勿修改。金额一律以“元”为单位、精确到分，不得为负。",
            "填好后运行：yusuan compile 本文件.xlsx --out 输出目录。校验发现的问题会指明工作表、行和列；有错误时不生成公开文件。",
        ] + BudgetWorkbookLayout.sheets.map { "· \($0.name)：\($0.help)" }
        for (index, line) in lines.enumerated() {
            sheet.set(WorksheetCell(text: line, style: index == 0 ? CellStyle(bold: true, fontSize: 14) : CellStyle(wrapText: true)), row: index, column: 0)
        }
        sheet.columnWidths[0] = 120
        return sheet
    }

    static func textCell(_ value: String?) -> WorksheetCell { WorksheetCell(text: value ?? "", style: text) }
    static func amountCell(_ value: Money?) -> WorksheetCell {
        guard let value else { return WorksheetCell(value: .empty, style: amount) }
        return WorksheetCell(value: .number(value.yuan.description), style: amount)
    }

    private static func keyValueRows(_ layout: BudgetWorkbookLayout.Sheet, _ input: BudgetInput?) -> [[WorksheetCell]] {
        layout.columns.map { key, header in
            let value: WorksheetCell
            switch layout.part {
            case .threePublic:
                value = amountCell(input.flatMap { input in ThreePublicItem(rawValue: key).map { input.threePublic[$0] } })
            case .otherFigures:
                value = amountCell(input.flatMap { otherFigure(key, $0) })
            default:
                value = textCell(input.flatMap { agencyField(key, $0) })
            }
            return [textCell(header), value]
        }
    }

    private static func otherFigure(_ key: String, _ input: BudgetInput) -> Money? {
        let procurement = input.procurement
        switch key {
        case "agencyOperatingCost": return input.agencyOperatingCost
        case "procurement.goods": return procurement?.goods
        case "procurement.works": return procurement?.works
        case "procurement.services": return procurement?.services
        case "procurement.reservedForSmallEnterprises": return procurement?.reservedForSmallEnterprises
        case "procurement.reservedForMicroEnterprises": return procurement?.reservedForMicroEnterprises
        default: return nil
        }
    }

    private static func agencyField(_ key: String, _ input: BudgetInput) -> String? {
        switch key {
        case "agency.code": input.agency.code
        case "agency.name": input.agency.name
        case "department.code": input.department?.code
        case "department.name": input.department?.name
        case "fiscalYear": String(input.fiscalYear)
        case "moneyScale": input.moneyScale?.label
        case "profile.functions": input.profile?.functions.joined(separator: "\n")
        case "profile.organisation": input.profile?.organisation.joined(separator: "\n")
        case "assets.asOf": input.assets?.asOf
        case "issued": input.issued
        default: nil
        }
    }
}
