import Foundation
@testable import YusuanXLSX

/// Files under `Tests/Fixtures/xlsx`, found from this source file's path.
enum Fixtures {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "Tests" && url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Fixtures").appendingPathComponent("xlsx")
    }()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}

/// Hand-made packages for cases no generator produces.
enum Packages {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A one-sheet package whose sheet data, shared strings and styles are given as XML.
    static func workbook(sheetData: String, sharedStrings: String? = nil, styles: String? = nil,
                         extraSheetXML: String = "") throws -> Data {
        var parts: [(path: String, xml: String)] = [
            ("_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rels)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """),
            ("xl/workbook.xml", """
            <workbook xmlns="\(main)" xmlns:r="\(rels)"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """),
            ("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rels)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(rels)/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="\(rels)/styles" Target="styles.xml"/></Relationships>
            """),
            ("xl/worksheets/sheet1.xml", """
            <worksheet xmlns="\(main)"><sheetData>\(sheetData)</sheetData>\(extraSheetXML)</worksheet>
            """),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(sharedStrings)</sst>")) }
        if let styles { parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
        return try PackageWriter.zip(parts)
    }

    /// `parts` of a valid written workbook, with one replaced or removed.
    static func replacing(_ path: String, with xml: String?, in workbook: Workbook) throws -> Data {
        let original = try XLSXWriter.write(workbook)
        let entries = try PackageContents.entries(of: original)
        var parts = entries.filter { $0.path != path }.map { ($0.path, $0.data) }
        if let xml { parts.append((path, Data(xml.utf8))) }
        return try PackageWriter.zip(parts)
    }
}

/// Reads a package back into its parts, to look at what the writer produced.
enum PackageContents {
    static func entries(of data: Data) throws -> [(path: String, data: Data)] {
        let package = try PackageReader(data: data)
        return try package.paths.map { path in (path, try package.data(path) ?? Data()) }
    }

    static func text(_ path: String, in data: Data) throws -> String? {
        try PackageReader(data: data).data(path).map { String(decoding: $0, as: UTF8.self) }
    }
}
