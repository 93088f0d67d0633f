import Foundation

/// Reads .xlsx workbooks.
public enum XLSXReader {
    /// Reads every worksheet of an .xlsx file, in tab order. Chart sheets are skipped;
    /// hidden sheets are kept with `isHidden` set.
    ///
    /// Throws an `XLSXError` naming the part, sheet or cell when the file is not a ZIP,
    /// lacks `xl/workbook.xml` or a sheet it lists, holds malformed XML, or refers to
    /// shared strings that do not exist.
    public static func read(_ data: Data) throws(XLSXError) -> Workbook {
        let package = try PackageReader(data: data)
        let workbookPath = try workbookPart(in: package)
        let workbookData = try package.requiredData(workbookPath, for: ("工作簿", "the workbook"))
        let entries = try WorkbookPartParser.sheets(in: workbookData, part: workbookPath)
        let relationships = try RelationshipsParser.relationships(of: workbookPath, in: package)
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        func partPath(kind: String, fallback: String) -> String {
            relationships.first { $0.kind == kind && !$0.isExternal }?.target
                ?? (folder.isEmpty ? fallback : "\(folder)/\(fallback)")
        }

        let stringsPath = partPath(kind: "sharedStrings", fallback: "sharedStrings.xml")
        let strings = try package.data(stringsPath).map { data throws(XLSXError) in
            try SharedStringsParser.strings(in: data, part: stringsPath)
        } ?? []
        let stylesPath = partPath(kind: "styles", fallback: "styles.xml")
        let styles = try package.data(stylesPath).map { data throws(XLSXError) in
            try StylesPartParser.styles(in: data, part: stylesPath)
        } ?? []

        var sheets: [Worksheet] = []
        for entry in entries {
            guard let id = entry.relationshipID, let relationship = relationships.first(where: { $0.id == id }) else {
                let rels = RelationshipsParser.relsPath(for: workbookPath)
                throw XLSXError.badContent(rels, zh: "找不到工作表“\(entry.name)”的关系（r:id=\(entry.relationshipID ?? "无")）",
                                           en: "no relationship for sheet \"\(entry.name)\" (r:id=\(entry.relationshipID ?? "none"))")
            }
            // Chart sheets, dialog and macro sheets hold no cells.
            guard relationship.kind == "worksheet" else { continue }
            let data = try package.requiredData(relationship.target,
                                                for: ("工作表“\(entry.name)”", "sheet \"\(entry.name)\""))
            let parser = WorksheetPartParser(part: relationship.target, name: entry.name,
                                             sharedStrings: strings, styles: styles)
            try XMLPartParser.parse(data, part: relationship.target, handler: parser)
            var sheet = parser.sheet
            sheet.isHidden = entry.isHidden
            sheets.append(sheet)
        }
        guard !sheets.isEmpty else {
            throw XLSXError.badContent(workbookPath, zh: "工作簿中没有工作表", en: "the workbook lists no worksheets")
        }
        return Workbook(sheets: sheets)
    }

    /// The main part, as `_rels/.rels` names it; `xl/workbook.xml` when that says nothing.
    private static func workbookPart(in package: PackageReader) throws(XLSXError) -> String {
        let root = try RelationshipsParser.relationships(of: "", in: package)
        if let main = root.first(where: { $0.kind == "officeDocument" && !$0.isExternal }), package.contains(main.target) {
            return main.target
        }
        guard package.contains("xl/workbook.xml") else {
            throw XLSXError.missingPart("xl/workbook.xml", neededFor: ("工作簿，可能不是 Excel 文件", "the workbook; this may not be an Excel file"))
        }
        return "xl/workbook.xml"
    }
}
