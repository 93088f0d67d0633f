import Foundation

/// Reads `xl/sharedStrings.xml`: each `<si>` is plain `<t>` text or rich-text runs
/// `<r><t>…</t></r>`; phonetic guides (`<rPh>`) are not part of the text.
final class SharedStringsParser: XMLPartHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    var wantsText: Bool { inText }

    static func strings(in data: Data, part: String) throws(XLSXError) -> [String] {
        let parser = SharedStringsParser()
        try XMLPartParser.parse(data, part: part, handler: parser)
        return parser.strings
    }

    func start(_ element: String, attributes: [String: String]) throws(XLSXError) {
        switch element {
        case "si":
            inItem = true
            current = ""
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inItem && phoneticDepth == 0
        default:
            break
        }
    }

    func end(_ element: String) throws(XLSXError) {
        switch element {
        case "si":
            strings.append(XMLEscaping.decodeEscapes(current))
            inItem = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        case "t":
            inText = false
        default:
            break
        }
    }

    func text(_ text: String) {
        current += text
    }
}
