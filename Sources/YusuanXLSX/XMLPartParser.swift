import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of one XML part. Element names arrive without a namespace prefix when
/// the part prefixes its own (`<x:worksheet>`: `x:c` → `c`), since writers pick prefixes
/// freely; attribute names arrive as written (`r:id`), see `attribute(_:in:)`.
protocol XMLPartHandler: AnyObject {
    func start(_ element: String, attributes: [String: String]) throws(XLSXError)
    func end(_ element: String) throws(XLSXError)
    /// Character data; only delivered while `wantsText` is true.
    func text(_ text: String)
    var wantsText: Bool { get }
}

/// Streams an XML part through `XMLParser` (SAX), so large sheets never become a tree.
final class XMLPartParser: NSObject, XMLParserDelegate {
    private let part: String
    private let handler: XMLPartHandler
    private var failure: XLSXError?
    /// libxml2 behind Linux's XMLParser reports some errors only to the delegate, and none
    /// at all for a document cut short (`<a>`) or without any element; so the structure is
    /// checked here as well.
    private var syntaxError: (line: Int, detail: String)?
    private var depth = 0
    private var rootCount = 0
    /// Whether the root element has a prefix, so element names need theirs removed.
    private var stripsPrefixes = false

    private init(part: String, handler: XMLPartHandler) {
        self.part = part
        self.handler = handler
    }

    /// Parses `data` as the part named `part`, reporting events to `handler`.
    static func parse(_ data: Data, part: String, handler: XMLPartHandler) throws(XLSXError) {
        let delegate = XMLPartParser(part: part, handler: handler)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let finished = parser.parse()
        if let failure = delegate.failure { throw failure }
        if let (line, detail) = delegate.syntaxError {
            throw XLSXError.malformedXML(part, line: line, detail: detail)
        }
        if !finished || parser.parserError != nil {
            let code = parser.parserError.map { ($0 as NSError).code } ?? 0
            throw XLSXError.malformedXML(part, line: parser.lineNumber, detail: "XMLParser error \(code)")
        }
        if delegate.depth != 0 {
            throw XLSXError.malformedXML(part, line: parser.lineNumber, detail: "unclosed element / 元素未闭合")
        }
        if delegate.rootCount != 1 {
            throw XLSXError.malformedXML(part, line: parser.lineNumber,
                                         detail: "\(delegate.rootCount) root elements / 根元素数为 \(delegate.rootCount)")
        }
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute whose local name is `name`, whatever its prefix
    /// (`r:id`, `rel:id`), for the few attributes that live in another namespace.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) && !$0.key.hasPrefix("xmlns") }?.value
    }

    private func fail(_ parser: XMLParser, _ error: XLSXError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard failure == nil, syntaxError == nil else { return }
        if depth == 0 {
            rootCount += 1
            stripsPrefixes = elementName.contains(":")
        }
        depth += 1
        do throws(XLSXError) {
            try handler.start(stripsPrefixes ? Self.localName(elementName) : elementName, attributes: attributeDict)
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil, syntaxError == nil else { return }
        depth -= 1
        do throws(XLSXError) {
            try handler.end(stripsPrefixes ? Self.localName(elementName) : elementName)
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if syntaxError == nil {
            syntaxError = (parser.lineNumber, "XMLParser error \((parseError as NSError).code)")
        }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
        self.parser(parser, parseErrorOccurred: validationError)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if failure == nil, syntaxError == nil, handler.wantsText { handler.text(string) }
    }

    // libxml2 may report blanks-only text this way; `xml:space="preserve"` text needs it.
    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if failure == nil, handler.wantsText { handler.text(whitespaceString) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if failure == nil, handler.wantsText { handler.text(String(decoding: CDATABlock, as: UTF8.self)) }
    }
}
