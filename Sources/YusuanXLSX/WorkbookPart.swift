import Foundation

/// A `<sheet>` entry of `xl/workbook.xml`: tab name, visibility and relationship id.
struct SheetEntry {
    var name: String
    var relationshipID: String?
    var isHidden: Bool
}

/// Reads the sheet list of `xl/workbook.xml`, in tab order.
final class WorkbookPartParser: XMLPartHandler {
    private(set) var sheets: [SheetEntry] = []
    private var sawWorkbook = false
    let wantsText = false

    static func sheets(in data: Data, part: String) throws(XLSXError) -> [SheetEntry] {
        let parser = WorkbookPartParser()
        try XMLPartParser.parse(data, part: part, handler: parser)
        guard parser.sawWorkbook else {
            throw XLSXError.badContent(part, zh: "缺少 <workbook> 根元素", en: "no <workbook> root element")
        }
        return parser.sheets
    }

    func start(_ element: String, attributes: [String: String]) throws(XLSXError) {
        switch element {
        case "workbook":
            sawWorkbook = true
        case "sheet":
            let state = attributes["state"] ?? "visible"
            sheets.append(SheetEntry(name: attributes["name"] ?? "Sheet\(sheets.count + 1)",
                                     relationshipID: XMLPartParser.attribute("id", in: attributes),
                                     isHidden: state == "hidden" || state == "veryHidden"))
        default:
            break
        }
    }

    func end(_ element: String) throws(XLSXError) {}
    func text(_ text: String) {}
}
