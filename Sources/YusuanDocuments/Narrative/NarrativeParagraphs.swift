import YusuanCore

/// Joins the narrative lines of a document (everything outside its tables) into
/// paragraphs under their section headings.
enum NarrativeParagraphs {
    static func build(_ lines: [SourceLine]) -> [NarrativeParagraph] {
        var paragraphs: [NarrativeParagraph] = []
        var section: String?
        var text = ""
        var starts: [NarrativeParagraph.LineStart] = []
        func flush() {
            if !text.isEmpty { paragraphs.append(NarrativeParagraph(text: text, section: section, lineStarts: starts)) }
            text = ""
            starts = []
        }
        for line in lines {
            let content = TextNormalization.trimmed(line.cells.map(\.text).joined(separator: " "))
            if content.isEmpty || LineShapes.isPageFurniture(content) {
                flush()
                continue
            }
            if isHeading(content) {
                flush()
                section = content
                // A heading can carry its own numbers (`（一）机关运行经费 2.99 万元`).
                paragraphs.append(NarrativeParagraph(text: content, section: section, location: line.location))
                continue
            }
            if startsNewParagraph(content) { flush() }
            starts.append(NarrativeParagraph.LineStart(offset: text.count, location: line.location))
            if let last = text.last, let first = content.first, needsSpace(last, first) { text.append(" ") }
            text += content
            if content.hasSuffix("。") && line.isGrid == false && content.count < 30 { flush() }
        }
        flush()
        return paragraphs
    }

    /// `第三部分 …`, `一、关于…`, `（二）政府采购情况`, `五、…说明` — short and unpunctuated.
    static func isHeading(_ text: String) -> Bool {
        let compact = TextNormalization.removingSpaces(text)
        guard compact.count <= 60, !compact.includes("。"), !compact.includes("，") else { return false }
        if compact.hasPrefix("第") && compact.includes("部分") { return true }
        guard let (number, rest) = TableTitle.splitNumber(compact), !number.hasPrefix("表") else { return false }
        return !rest.isEmpty && !(rest.first?.isNumber ?? false) && !rest.includes("万元")
    }

    /// A numbered item begins a paragraph even without a blank line before it.
    private static func startsNewParagraph(_ text: String) -> Bool {
        TableTitle.splitNumber(TextNormalization.removingSpaces(text)) != nil
    }

    private static func needsSpace(_ last: Character, _ first: Character) -> Bool {
        last.isASCII && first.isASCII && (last.isLetter || last.isNumber) && (first.isLetter || first.isNumber)
    }
}
