import YusuanCore

/// A table rebuilt from the positions of its words: columns from the header cells, rows
/// from the lines that print figures, with the lines of a wrapped name around them.
struct WordTable {
    /// Lines around the header (agency, unit, page number), as printed.
    var furniture: [SourceLine] = []
    /// A 注 or 备注 under the rows.
    var notes: [SourceLine] = []
    /// The header cells over each column, top first.
    var headerPaths: [[String]]
    /// One line per row, its cells in grid columns, each with its box.
    var rows: [SourceLine] = []

    /// `firstLine` numbers the rows (the line of the table's title in the layout text).
    init?(rows wordRows: [WordRow], firstLine: Int) {
        var metadata: [WordRow] = []
        var notes: [WordRow] = []
        var content: [WordRow] = []
        for row in wordRows {
            let text = row.text
            if !notes.isEmpty || LineShapes.isNote(text) { notes.append(row); continue }
            // Short lines only: a header cell (单位名称) or a row (an agency's) can name the same.
            let short = row.words.count <= 3 && !Self.printsFigure(row)
            if short && (LineShapes.moneyScale(in: text) != nil || LineShapes.isAgencyLine(text) || LineShapes.agency(in: text) != nil
                || LineShapes.isPageFurniture(text) || LineShapes.isTableNumber(text) != nil) {
                metadata.append(row)
                continue
            }
            content.append(row)
        }
        guard let firstBody = content.firstIndex(where: Self.printsFigure) else { return nil }
        let headerRows = content[..<firstBody].filter { !LineShapes.isColumnNumbering($0.words.map(\.text)) }
        guard let header = HeaderGeometry(rows: Array(headerRows)) else { return nil }
        let headerWords = Set(HeaderGeometry.cells(of: Array(headerRows)).map { TextNormalization.removingSpaces($0.text) })
            .union(headerRows.flatMap { $0.words.map { TextNormalization.removingSpaces($0.text) } })
        let body = content[firstBody...].filter { row in
            // A header repeated on the next page, or a 栏次 row, is not a row.
            let words = row.words.map { TextNormalization.removingSpaces($0.text) }
            return !LineShapes.isColumnNumbering(row.words.map(\.text)) && !words.allSatisfy(headerWords.contains)
        }
        // Boundaries from the rows' words only: a header repeated on the next pages is
        // centred text, and its words would move the gaps between the columns' figures.
        let bodyWords = body.flatMap(\.words)
        let bounds = Self.bounds(header.columns, words: bodyWords)
        // The outer columns end where the table's words do.
        let left = min(header.columns[0].x0, bodyWords.map(\.box.x0).min() ?? .infinity)
        let right = max(header.columns[header.columns.count - 1].x1, bodyWords.map(\.box.x1).max() ?? -.infinity)
        headerPaths = header.paths(extents: bounds.map { max($0.lowerBound, left)...min(max($0.upperBound, left), right) })
        let figureColumns = Self.figureColumns(body[...], bounds: bounds)
        let groups = Self.group(Array(body), figureColumns: figureColumns, bounds: bounds)
        rows = groups.enumerated().map { offset, group in
            Self.line(group, bounds: bounds, number: firstLine + 1 + offset)
        }
        // One cell each, in the first column: the parser only reads what they say.
        func single(_ row: WordRow) -> SourceLine {
            SourceLine(location: SourceLocation(line: firstLine, page: row.page, box: row.box), text: row.text,
                       cells: [SourceCell(text: row.text, column: 0, start: 0, end: 1, box: row.box)], isGrid: true)
        }
        furniture = metadata.map(single)
        self.notes = notes.map(single)
    }

    /// A figure: an amount with decimals or thousands separators.
    static func isFigure(_ text: String) -> Bool {
        guard text.contains(".") || text.contains(","), let value = try? AmountText.parse(text).value else { return false }
        _ = value
        return true
    }

    static func printsFigure(_ row: WordRow) -> Bool {
        row.words.contains { isFigure($0.text) }
    }

    /// The column boundaries: between neighbouring header cells' centres, in the widest
    /// gap the rows' words leave (a centred header says little of where left-aligned
    /// names begin); halfway when no gap is clear.
    static func bounds(_ boxes: [PDFBox], words: [PDFWord]) -> [ClosedRange<Double>] {
        let cuts = zip(boxes, boxes.dropFirst()).map { left, right -> Double in
            var from = left.midX, to = right.midX
            guard to - from > 2 else { return (from + to) / 2 }
            // A header cell is printed inside its column: the boundary lies between the two
            // cells' text when they do not overlap (else a gap inside a column's own figures,
            // `201 08 01` under 科目编码, would pass for the one between columns).
            if min(to, right.x0) - max(from, left.x1) > 2 { from = max(from, left.x1); to = min(to, right.x0) }
            let crossing = words.map(\.box).filter { $0.x1 > from && $0.x0 < to }
            func coverage(_ x: Double) -> Int { crossing.filter { $0.x0 < x && $0.x1 > x }.count }
            var runs: [(start: Double, end: Double, count: Int)] = []
            var x = from + 1
            while x < to {
                let count = coverage(x)
                if let last = runs.last, last.count == count, last.end == x - 1 {
                    runs[runs.count - 1].end = x
                } else {
                    runs.append((x, x, count))
                }
                x += 1
            }
            guard let fewest = runs.map(\.count).min() else { return (from + to) / 2 }
            // Of the gaps fewest words cross, the one that leaves the fewest words on the side
            // of the header they are farther from, then the widest: right-aligned figures can
            // print far right of their centred header, leaving a wider gap before them than
            // after (收支总表: 项目 … 预算数, then the next half's left-aligned names).
            func misplaced(_ cut: Double) -> Int {
                crossing.filter { box in
                    let nearerRight = abs(box.midX - right.midX) < abs(box.midX - left.midX)
                    return (box.midX < cut) == nearerRight
                }.count
            }
            let best = runs.filter { $0.count == fewest }.map { run in (run: run, misplaced: misplaced((run.start + run.end) / 2)) }
                .min { ($0.misplaced, -($0.run.end - $0.run.start)) < ($1.misplaced, -($1.run.end - $1.run.start)) }!.run
            return (best.start + best.end) / 2
        }
        return boxes.indices.map { index in
            let left = index == 0 ? -Double.infinity : cuts[index - 1]
            let right = index == boxes.count - 1 ? Double.infinity : cuts[index]
            return left...max(left, right)
        }
    }

    /// The column a word falls in: the one it overlaps most.
    static func column(of box: PDFBox, _ bounds: [ClosedRange<Double>]) -> Int {
        var best = 0
        var bestOverlap = -Double.infinity
        for (index, range) in bounds.enumerated() {
            let overlap = min(box.x1, range.upperBound) - max(box.x0, range.lowerBound)
            if overlap > bestOverlap { best = index; bestOverlap = overlap }
        }
        return best
    }

    /// Columns where figures are printed.
    static func figureColumns(_ rows: ArraySlice<WordRow>, bounds: [ClosedRange<Double>]) -> Set<Int> {
        Set(rows.flatMap { row in row.words.filter { isFigure($0.text) }.map { column(of: $0.box, bounds) } })
    }

    /// Rows of the table: each line printing a figure, with the text-only lines next to it
    /// (a wrapped name prints above and below its figures, which sit in the middle).
    static func group(_ rows: [WordRow], figureColumns: Set<Int>, bounds: [ClosedRange<Double>]) -> [[WordRow]] {
        func isAnchor(_ row: WordRow) -> Bool {
            row.words.contains { word in
                figureColumns.contains(column(of: word.box, bounds)) && (try? AmountText.parse(word.text).value) != nil
            }
        }
        let anchors = rows.indices.filter { isAnchor(rows[$0]) }
        var groups: [Int: [Int]] = Dictionary(uniqueKeysWithValues: anchors.map { ($0, [$0]) })
        for index in rows.indices where groups[index] == nil {
            let row = rows[index]
            let textOnly = row.words.allSatisfy { !figureColumns.contains(column(of: $0.box, bounds)) }
            let nearest = anchors.filter { rows[$0].page == row.page }
                .min { abs(rows[$0].box.midY - row.box.midY) < abs(rows[$1].box.midY - row.box.midY) }
            if textOnly, let nearest, abs(rows[nearest].box.midY - row.box.midY) <= 1.8 * max(row.height, 1),
               !startsOwnRow(row, anchor: rows[nearest], bounds: bounds) {
                groups[nearest, default: []].append(index)
            } else {
                groups[index] = [index]
            }
        }
        return groups.keys.sorted().map { key in groups[key]!.sorted().map { rows[$0] } }
    }

    /// A line that opens a cell with its own code or outline number (`八、…`, `(二)…`)
    /// where the figures' line opens the same column with one too is a row of its own,
    /// however close the rows are printed: the lines of one wrapped name number once.
    private static func startsOwnRow(_ row: WordRow, anchor: WordRow, bounds: [ClosedRange<Double>]) -> Bool {
        func heads(_ line: WordRow) -> [Int: String] {
            var heads: [Int: String] = [:]
            for word in line.words where heads[column(of: word.box, bounds)] == nil { heads[column(of: word.box, bounds)] = word.text }
            return heads
        }
        let anchorHeads = heads(anchor)
        return heads(row).contains { column, text in
            opensRow(text) && anchorHeads[column].map(opensRow) == true
        }
    }

    /// A cell's first word that numbers its row: a classification code, or outline
    /// numbering (`一、`, `（二）`, `3.`), never a figure.
    private static func opensRow(_ text: String) -> Bool {
        if CodeText.code(in: text) != nil || CodeText.label(text).code != nil { return true }
        guard (try? AmountText.parse(text)) == nil, let (number, _) = TableTitle.splitNumber(text) else { return false }
        return !number.hasPrefix("表") && !number.hasPrefix("附表") && !number.hasPrefix("公开表") && !number.hasPrefix("预算")
    }

    /// A row's cells: the words of each column, top to bottom and left to right.
    static func line(_ group: [WordRow], bounds: [ClosedRange<Double>], number: Int) -> SourceLine {
        var byColumn: [Int: [(line: Int, word: PDFWord)]] = [:]
        for (lineIndex, row) in group.enumerated() {
            for word in row.words { byColumn[column(of: word.box, bounds), default: []].append((lineIndex, word)) }
        }
        let cells = byColumn.keys.sorted().map { index -> SourceCell in
            let words = byColumn[index]!
            let lines = Dictionary(grouping: words, by: \.line).sorted { $0.key < $1.key }.map { $0.value.map(\.word) }
            // A code wrapped onto a line of its own (the middle one) heads the name.
            var texts = lines.map(joinedLine)
            if texts.count > 1, let code = texts.firstIndex(where: { CodeText.code(in: $0) == $0 }), code > 0 {
                let moved = texts.remove(at: code)
                texts.insert(moved + " ", at: 0)
            }
            let box = words.dropFirst().reduce(words[0].word.box) { $0.union($1.word.box) }
            let indent = lines.first?.map(\.box.x0).min()
            return SourceCell(text: texts.joined(), column: index, start: index, end: index + 1, box: box, indent: indent)
        }
        let anchor = group.first { printsFigure($0) } ?? group[0]
        let box = group.dropFirst().reduce(group[0].box) { $0.union($1.box) }
        return SourceLine(location: SourceLocation(line: number, page: anchor.page, box: box),
                          text: cells.map(\.text).joined(separator: "  "), cells: cells, isGrid: true)
    }

    /// Words of one line in one cell: spaced where the print leaves a gap between letters
    /// or digits, run together in CJK text.
    private static func joinedLine(_ words: [PDFWord]) -> String {
        var text = ""
        var previous: PDFWord?
        for word in words.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let previous, word.box.x0 - previous.box.x1 > 0.4 * word.box.height,
               previous.text.last.map({ $0.isASCII }) ?? false || word.text.first.map({ $0.isASCII }) ?? false {
                text += " "
            }
            text += word.text
            previous = word
        }
        return text
    }
}
