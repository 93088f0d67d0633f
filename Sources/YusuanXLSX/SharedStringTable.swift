/// The text of a workbook's cells, each distinct string once, in order of first use.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    private(set) var referenceCount = 0

    mutating func index(for text: String) -> Int {
        referenceCount += 1
        if let index = indices[text] { return index }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    /// The `sharedStrings.xml` part.
    func xml() -> String {
        var xml = XMLParts.declaration
        xml += "<sst xmlns=\"\(XMLParts.mainNamespace)\" count=\"\(referenceCount)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            xml += "<si>" + Self.textElement(text) + "</si>"
        }
        return xml + "</sst>"
    }

    /// `<t>`, keeping leading and trailing blanks, which XML would otherwise let go.
    static func textElement(_ text: String) -> String {
        let escaped = XMLEscaping.escape(XMLEscaping.protectEscapes(text))
        let keepsBlanks = text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
        return keepsBlanks ? "<t xml:space=\"preserve\">\(escaped)</t>" : "<t>\(escaped)</t>"
    }
}
