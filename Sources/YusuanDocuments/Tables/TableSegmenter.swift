import YusuanCore

/// Where a table sits in the lines of a document: its title line and the lines of its
/// body (header, rows, notes).
struct TableRegion {
    var title: TableTitle
    var titleIndex: Int
    /// A number printed on a line of its own above the title (`表一：`, `附表-1`).
    var number: String?
    var body: Range<Int>
}

/// Finds tables among the lines of a document by their titles, and where each ends.
enum TableSegmenter {
    static func regions(in lines: [SourceLine]) -> [TableRegion] {
        let titled = lines.indices.compactMap { index -> (Int, TableTitle)? in
            // Titles are short lines; a row of figures never ends in 表.
            guard lines[index].cells.count <= 3, let title = TableTitle.parse(lines[index].text) else { return nil }
            return (index, title)
        }
        let candidates = Set(titled.map(\.0))
        let confirmed = titled.filter { isFollowedByATable(lines, after: $0.0, candidates: candidates) }
        var regions: [TableRegion] = []
        for (position, (index, title)) in confirmed.enumerated() {
            var limit = position + 1 < confirmed.count ? confirmed[position + 1].0 : lines.count
            // A table ends with its worksheet: the next sheet's name line is not its row.
            let sheet = lines[index].location.sheet
            if sheet != nil, let other = lines[(index + 1)..<limit].firstIndex(where: { $0.location.sheet != sheet }) {
                limit = other
            }
            var end = bodyEnd(lines, from: index + 1, limit: limit, textTable: isTextTable(title.kind))
            // A number line belonging to the next table stays out of this one.
            while end > index + 1, LineShapes.isTableNumber(lines[end - 1].text) != nil || lines[end - 1].isBlank { end -= 1 }
            regions.append(TableRegion(title: title, titleIndex: index, number: number(above: index, in: lines),
                                       body: (index + 1)..<max(index + 1, end)))
        }
        return regions
    }

    /// A title in a table of contents is followed by another title; a real one by a
    /// header, a unit line or a row of cells.
    private static func isFollowedByATable(_ lines: [SourceLine], after index: Int, candidates: Set<Int>) -> Bool {
        var seen = 0
        for next in (index + 1)..<min(lines.count, index + 16) {
            let line = lines[next]
            if line.isBlank || LineShapes.isPageFurniture(line.text) { continue }
            if candidates.contains(next) { return false }
            if line.cells.count >= 2 || LineShapes.moneyScale(in: line.text) != nil || LineShapes.agency(in: line.text) != nil {
                return true
            }
            if LineShapes.isProse(line) { return false }
            seen += 1
            if seen > 4 { return false }
        }
        return false
    }

    /// Tables of text (绩效目标表, 自评表, 编审表) run to the next heading; tables of
    /// figures end where prose begins, keeping a 备注 printed under them.
    private static func bodyEnd(_ lines: [SourceLine], from start: Int, limit: Int, textTable: Bool) -> Int {
        var sawRow = false
        var index = start
        var inNote = false
        while index < limit {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank { inNote = false; continue }
            if LineShapes.isNote(line.text) { inNote = true; continue }
            if inNote { continue }
            if textTable {
                if LineShapes.isSectionHeading(line.text) && line.cells.count <= 1 && sawRow { return index }
            } else if sawRow && LineShapes.isProse(line) && !isPartOfCell(line) {
                return index
            }
            if line.cells.count >= 2 { sawRow = true }
        }
        return limit
    }

    /// A wrapped fragment of a long cell that happens to end a sentence.
    private static func isPartOfCell(_ line: SourceLine) -> Bool {
        guard let cell = line.cells.first else { return false }
        return line.isGrid == false && cell.start > 20 && cell.text.count < 30
    }

    private static func isTextTable(_ kind: TableKind) -> Bool {
        [.performanceTargets, .agencyPerformanceTargets, .selfEvaluation, .reviewSheet, .projectInformation].contains(kind)
    }

    /// A number printed on its own line just above the title (`表一：`) or just below it
    /// (`公开01表`).
    private static func number(above index: Int, in lines: [SourceLine]) -> String? {
        for previous in stride(from: index - 1, through: max(0, index - 3), by: -1) where !lines[previous].isBlank {
            if let number = LineShapes.isTableNumber(lines[previous].text) { return number }
            break
        }
        for next in (index + 1)..<min(lines.count, index + 4) where !lines[next].isBlank {
            return LineShapes.isTableNumber(lines[next].text)
        }
        return nil
    }
}
