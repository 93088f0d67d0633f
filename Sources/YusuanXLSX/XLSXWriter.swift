import Foundation

/// Writes .xlsx workbooks.
public enum XLSXWriter {
    /// Writes `workbook` as an .xlsx file: one worksheet part per sheet, shared strings, a
    /// deduplicated style table, merged cells and column widths. Output is deterministic.
    ///
    /// Sheet names are made valid for Excel (see `sanitizedSheetNames(_:)`). Throws when
    /// the workbook has no sheet, a number is not a valid decimal, merged areas overlap or
    /// a cell lies outside an Excel sheet.
    public static func write(_ workbook: Workbook) throws(XLSXError) -> Data {
        guard !workbook.sheets.isEmpty else {
            throw XLSXError(zh: "工作簿没有工作表，无法写出", en: "The workbook has no sheets to write", part: "xl/workbook.xml")
        }
        let names = sanitizedSheetNames(workbook.sheets.map(\.name))
        let hidden = workbook.sheets.map(\.isHidden)
        let selected = hidden.firstIndex(of: false) ?? 0
        var styles = StyleTable()
        var strings = SharedStringTable()
        var sheetParts: [(String, String)] = []
        for (index, original) in workbook.sheets.enumerated() {
            var sheet = original
            sheet.name = names[index]
            let path = "xl/worksheets/sheet\(index + 1).xml"
            let xml = try WorksheetWriter.xml(sheet, part: path, isSelected: index == selected,
                                              styles: &styles, strings: &strings)
            sheetParts.append((path, xml))
        }

        let parts: [(String, String)] = [
            ("[Content_Types].xml", XMLParts.contentTypes(sheetCount: names.count)),
            ("_rels/.rels", XMLParts.rootRelationships),
            ("docProps/core.xml", XMLParts.coreProperties),
            ("docProps/app.xml", XMLParts.appProperties),
            ("xl/workbook.xml", XMLParts.workbook(names: names, hidden: hidden)),
            ("xl/_rels/workbook.xml.rels", XMLParts.workbookRelationships(sheetCount: names.count)),
            ("xl/styles.xml", styles.xml()),
            ("xl/sharedStrings.xml", strings.xml()),
        ] + sheetParts
        return try PackageWriter.zip(parts)
    }

    /// The names `write` gives sheets: at most 31 characters, without `[ ] : * ? / \`,
    /// unique regardless of case (`_2`, `_3` appended), `Sheet1`… for empty names.
    public static func sanitizedSheetNames(_ names: [String]) -> [String] {
        SheetNames.sanitized(names)
    }
}
