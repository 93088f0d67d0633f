import YusuanCore

/// The visual lines of a PDF's pages, in reading order, and where in them the tables the
/// layout text shows are printed.
struct WordPages {
    /// Every page's lines, page after page, top to bottom.
    let rows: [WordRow]

    init(_ words: [PDFWord]) {
        // The usual length of a fraction drawn on its own (`.81`) says where a glued one ends.
        let fractions = words.compactMap { word -> Int? in
            word.text.first == "." && word.text.count > 1 && word.text.dropFirst().allSatisfy(\.isNumber) ? word.text.count - 1 : nil
        }
        let digits = DocumentReader.mostCommon(fractions) ?? 2
        rows = Dictionary(grouping: words, by: \.page).sorted { $0.key < $1.key }.flatMap { WordRow.rows(of: $0.value, fractionDigits: digits) }
    }

    /// For each region found in the layout text, the word lines of its body (title
    /// excluded), where its title and last line can be found among the words.
    func locate(_ regions: [TableRegion], in lines: [SourceLine]) -> [Int: [WordRow]] {
        var titles: [Int: Int] = [:]
        var cursor = 0
        for (index, region) in regions.enumerated() {
            let line = lines[region.titleIndex]
            guard let page = line.location.page else { continue }
            let key = Self.key(line.text)
            guard key.count >= 2, let found = rows.indices.first(where: { at in
                at >= cursor && rows[at].page == page && (rows[at].key.includes(key) || (rows[at].key.count >= 4 && key.includes(rows[at].key)))
            }) else { continue }
            titles[index] = found
            cursor = found + 1
        }
        var located: [Int: [WordRow]] = [:]
        for (index, region) in regions.enumerated() {
            guard let title = titles[index] else { continue }
            let next = regions.indices.dropFirst(index + 1).lazy.compactMap { titles[$0] }.first ?? rows.count
            guard title + 1 < next else { continue }
            let last = lines[region.body].last { !$0.isBlank && !LineShapes.isPageFurniture($0.text) }
            var end = next - 1
            if let last, let page = last.location.page, let first = last.cells.first {
                let key = Self.key(first.text)
                let onPage = (title + 1..<next).filter { rows[$0].page == page }
                if let match = onPage.last(where: { rows[$0].key.includes(key) }) {
                    end = match
                } else if let lastOnPage = onPage.last {
                    end = lastOnPage
                }
            }
            guard end > title else { continue }
            located[index] = Array(rows[(title + 1)...end])
        }
        return located
    }

    static func key(_ text: String) -> String {
        TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
    }
}
