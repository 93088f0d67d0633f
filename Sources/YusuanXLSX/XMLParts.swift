/// The fixed parts of a package the writer produces, and small text helpers for them.
enum XMLParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument."

    /// A number for an attribute (width, size) as short plain decimal text: `11`, `10.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return DecimalDigits(value.description)?.plainText ?? "0"
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += override("/xl/workbook.xml", contentType + "spreadsheetml.sheet.main+xml")
        for number in 1...max(sheetCount, 1) {
            xml += override("/xl/worksheets/sheet\(number).xml", contentType + "spreadsheetml.worksheet+xml")
        }
        xml += override("/xl/styles.xml", contentType + "spreadsheetml.styles+xml")
        xml += override("/xl/sharedStrings.xml", contentType + "spreadsheetml.sharedStrings+xml")
        xml += override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        xml += override("/docProps/app.xml", contentType + "extended-properties+xml")
        return xml + "</Types>"
    }

    private static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipType)extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// Sheets are `rId1`…`rIdN`, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for number in 1...max(sheetCount, 1) {
            xml += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipType)worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipType)styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipType)sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// `names` are already sanitised; `hidden` flags which tabs are hidden.
    static func workbook(names: [String], hidden: [Bool]) -> String {
        let activeTab = hidden.firstIndex(of: false) ?? 0
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"\(activeTab)\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            // Excel refuses a workbook whose tabs are all hidden, so the active one never is.
            let state = hidden[index] && index != activeTab ? " state=\"hidden\"" : ""
            xml += "<sheet name=\"\(XMLEscaping.escape(name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// No dates: the same workbook always gives the same bytes.
    static let coreProperties = declaration
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>Yusuan</dc:creator></cp:coreProperties>"

    static let appProperties = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Yusuan</Application></Properties>"
}
