import YusuanCore

/// Splits decoded text into source lines of cells: tab-separated fields (text exported
/// from Word or Excel), or, for layout text from a PDF, runs of two or more spaces.
public enum TextLines {
    public static func lines(from text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        var page = 1
        let paged = text.contains("\u{0C}")
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            // pdftotext marks page breaks with a form feed at the start of the next page.
            while line.first == "\u{0C}" {
                page += 1
                line = line.dropFirst()
            }
            let location = SourceLocation(line: number, page: paged ? page : nil)
            let cleaned = Markup.clean(String(line))
            result.append(SourceLine(location: location, text: cleaned, cells: cells(of: cleaned), isGrid: cleaned.includes("\t")))
        }
        return result
    }

    /// The non-empty cells of one line.
    static func cells(of line: String) -> [SourceCell] {
        if line.includes("\t") {
            return line.split(separator: "\t", omittingEmptySubsequences: false).enumerated().compactMap { index, field in
                let text = TextNormalization.trimmed(field)
                return text.isEmpty ? nil : SourceCell(text: text, column: index, start: index, end: index + 1)
            }
        }
        // Layout text: a cell ends where two spaces (or a wide space) begin.
        var cells: [SourceCell] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\u{3000}" {
                spaces += character == " " ? 1 : 2
                if spaces >= 2 && !current.isEmpty {
                    cells.append(SourceCell(text: TextNormalization.trimmed(current), column: cells.count, start: start,
                                            end: offset - spaces + 1))
                    current = ""
                }
                if !current.isEmpty { current.append(character) }
                continue
            }
            if current.isEmpty { start = offset }
            spaces = 0
            current.append(character)
        }
        if !TextNormalization.trimmed(current).isEmpty {
            cells.append(SourceCell(text: TextNormalization.trimmed(current), column: cells.count, start: start,
                                    end: line.count - spaces))
        }
        return cells
    }
}
