import YusuanCore

/// Puts the cells of layout text (a PDF's text laid out with spaces) into grid columns.
///
/// Only alignment tells columns apart there, and pdftotext's character positions drift
/// with the CJK text before them. So figures are clustered by their right edges and text
/// by its left edges, and each row's figures are matched to the figure columns in order,
/// by the assignment that fits their positions best (a row never swaps two columns).
/// Header cells then belong to every column they stand above, which rebuilds merged
/// group headers.
enum LayoutColumns {
    static func align(_ lines: [SourceLine]) -> [SourceLine] {
        // What each line's figures are is asked many times below: work it out once.
        let laid = aligningPages(lines.map { Laid(splittingFigures($0)) })
        let firstRow = laid.firstIndex(where: \.hasFigure) ?? laid.count
        let rows = laid.indices.filter { $0 >= firstRow && !laid[$0].line.isBlank }.map { laid[$0] }
        var columns = clusters(of: rows.isEmpty ? laid : rows)
        // Header cells over columns no row fills (事业收入 in a table without any) get
        // columns of their own, so they do not fold into a neighbour's header.
        for item in laid[..<firstRow] {
            for cell in item.line.cells where !columns.contains(where: { covers(cell, $0) }) {
                let center = (cell.start + cell.end) / 2
                if columns.allSatisfy({ abs($0.center - center) > max(4, (cell.end - cell.start) / 2) }) {
                    columns.append(Cluster(start: cell.start, end: cell.end, anchors: [cell.end], kind: .figures, lines: []))
                }
            }
        }
        columns.sort { $0.center < $1.center }
        guard !columns.isEmpty else { return laid.map(\.line) }
        return laid.enumerated().map { index, item in
            var aligned = item.line
            aligned.isGrid = true
            aligned.cells = index >= firstRow ? placeRow(item, in: columns) : placeHeader(item.line, in: columns)
            return aligned
        }
    }

    /// A line with its figures found.
    struct Laid {
        var line: SourceLine
        /// The positions of its figure cells (amounts after the row's name).
        var figures: Set<Int>
        var hasFigure: Bool

        init(_ line: SourceLine) {
            self.line = line
            figures = LayoutColumns.figureCells(line)
            hasFigure = LayoutColumns.hasFigure(line)
        }
    }

    /// A table continued on another page often prints its figures at another offset (text
    /// keeps its left edges): shift each later page's figures so that their right edges
    /// fall on the first page's.
    static func aligningPages(_ lines: [Laid]) -> [Laid] {
        let pages = Set(lines.compactMap(\.line.location.page))
        guard pages.count > 1, let first = lines.first(where: \.hasFigure)?.line.location.page else { return lines }
        func edges(_ page: Int) -> [Int] {
            lines.filter { $0.line.location.page == page && $0.hasFigure }.flatMap { item in
                item.figures.map { item.line.cells[$0].end }
            }
        }
        let reference = Set(edges(first))
        guard !reference.isEmpty else { return lines }
        var shifts: [Int: Int] = [:]
        for page in pages where page != first {
            let own = edges(page)
            guard !own.isEmpty else { continue }
            let costs = (-30...30).map { (shift: $0, cost: cost(own, shift: $0, reference)) }
            shifts[page] = costs.min { $0.cost < $1.cost || $0.cost == $1.cost && abs($0.shift) < abs($1.shift) }?.shift
        }
        return lines.map { item in
            guard let page = item.line.location.page, let shift = shifts[page], shift != 0 else { return item }
            var moved = item
            moved.line.cells = item.line.cells.enumerated().map { position, cell in
                guard item.figures.contains(position) else { return cell }
                return SourceCell(text: cell.text, column: cell.column, start: cell.start + shift, end: cell.end + shift)
            }
            return moved
        }
    }

    private static func cost(_ edges: [Int], shift: Int, _ reference: Set<Int>) -> Int {
        edges.reduce(0) { total, edge in total + min(8, reference.map { abs($0 - edge - shift) }.min() ?? 8) }
    }

    enum ColumnKind { case text, figures }

    struct Cluster {
        var start: Int
        var end: Int
        /// The edges of the cells in the column (right edges of figures, left of text).
        var anchors: Set<Int>
        var kind: ColumnKind
        var lines: Set<Int>
        var center: Int { (start + end) / 2 }

        func distance(to anchor: Int) -> Int { anchors.map { abs($0 - anchor) }.min() ?? .max }
    }

    /// Columns from the rows' cells: figures by their right edge, text by its left.
    static func clusters(of lines: [Laid]) -> [Cluster] {
        var clusters: [Cluster] = []
        for kind in [ColumnKind.figures, .text] {
            var anchors: [(anchor: Int, cell: SourceCell, line: Int)] = []
            for (index, item) in lines.enumerated() {
                for (position, cell) in item.line.cells.enumerated() where item.figures.contains(position) == (kind == .figures) {
                    anchors.append((kind == .figures ? cell.end : cell.start, cell, index))
                }
            }
            for item in anchors.sorted(by: { $0.anchor < $1.anchor }) {
                if var last = clusters.last, last.kind == kind, item.anchor - (last.anchors.max() ?? 0) <= 2 {
                    last.start = min(last.start, item.cell.start)
                    last.end = max(last.end, item.cell.end)
                    last.anchors.insert(item.anchor)
                    last.lines.insert(item.line)
                    clusters[clusters.count - 1] = last
                } else {
                    clusters.append(Cluster(start: item.cell.start, end: item.cell.end, anchors: [item.anchor], kind: kind,
                                            lines: [item.line]))
                }
            }
        }
        clusters.sort { $0.center < $1.center }
        // Neighbours no line uses together are one column drawn a little apart
        // (indented names, a row printed at another offset).
        var merged: [Cluster] = []
        for cluster in clusters {
            if var last = merged.last, last.kind == cluster.kind, cluster.start - last.end <= 4,
               last.lines.isDisjoint(with: cluster.lines) {
                last.start = min(last.start, cluster.start)
                last.end = max(last.end, cluster.end)
                last.anchors.formUnion(cluster.anchors)
                last.lines.formUnion(cluster.lines)
                merged[merged.count - 1] = last
            } else {
                merged.append(cluster)
            }
        }
        return merged
    }

    /// A row: text to the nearest text column, figures to figure columns in order.
    private static func placeRow(_ item: Laid, in columns: [Cluster]) -> [SourceCell] {
        let line = item.line
        let figures = item.figures
        let figureColumns = columns.indices.filter { columns[$0].kind == .figures }
        let figureIndices = line.cells.indices.filter { figures.contains($0) }
        let matched = matchInOrder(figureIndices.map { line.cells[$0].end }, to: figureColumns.map { columns[$0] })
        var placed: [SourceCell] = []
        func add(_ cell: SourceCell, _ column: Int) {
            if let existing = placed.firstIndex(where: { $0.column == column }) {
                placed[existing].text += " " + cell.text
            } else {
                placed.append(SourceCell(text: cell.text, column: column, start: cell.start, end: cell.end))
            }
        }
        for (position, cell) in line.cells.enumerated() {
            if let figure = figureIndices.firstIndex(of: position), let match = matched?[figure] {
                add(cell, figureColumns[match])
            } else {
                let candidates = columns.indices.filter { columns[$0].kind == .text }
                let pool = candidates.isEmpty ? Array(columns.indices) : candidates
                add(cell, pool.min { columns[$0].distance(to: cell.start) < columns[$1].distance(to: cell.start) }!)
            }
        }
        return placed.sorted { $0.column < $1.column }
    }

    /// The order-preserving assignment of a row's figures to the figure columns with the
    /// least total distance; nil when the row has more figures than columns.
    static func matchInOrder(_ anchors: [Int], to columns: [Cluster]) -> [Int]? {
        let n = anchors.count, m = columns.count
        guard n <= m else { return nil }
        guard n > 0 else { return [] }
        // best[i][j]: least cost placing the first i figures within the first j columns.
        let infinity = Int.max / 4
        var best = Array(repeating: Array(repeating: infinity, count: m + 1), count: n + 1)
        for j in 0...m { best[0][j] = 0 }
        for i in 1...n {
            for j in i...m {
                let skip = best[i][j - 1]
                let take = best[i - 1][j - 1] + columns[j - 1].distance(to: anchors[i - 1])
                best[i][j] = min(skip, take)
            }
        }
        var result = Array(repeating: 0, count: n)
        var i = n, j = m
        while i > 0 {
            if best[i][j] == best[i][j - 1] && j > i {
                j -= 1
            } else {
                result[i - 1] = j - 1
                i -= 1
                j -= 1
            }
        }
        return result
    }

    /// A header cell stands above every column whose centre it covers.
    private static func placeHeader(_ line: SourceLine, in columns: [Cluster]) -> [SourceCell] {
        var placed: [SourceCell] = []
        for cell in line.cells {
            var targets = columns.indices.filter { covers(cell, columns[$0]) }
            if targets.isEmpty {
                let center = (cell.start + cell.end) / 2
                targets = [columns.indices.min { abs(columns[$0].center - center) < abs(columns[$1].center - center) }!]
            }
            for column in targets {
                if let existing = placed.firstIndex(where: { $0.column == column }) {
                    placed[existing].text += " " + cell.text
                } else {
                    placed.append(SourceCell(text: cell.text, column: column, start: cell.start, end: cell.end))
                }
            }
        }
        return placed.sorted { $0.column < $1.column }
    }

    private static func covers(_ cell: SourceCell, _ column: Cluster) -> Bool {
        cell.start - 1 <= column.center && column.center <= cell.end + 1
    }

    /// The positions of a line's figures: amounts and percentages after the row's name,
    /// not the 类/款/项 code parts that open it.
    static func figureCells(_ line: SourceLine) -> Set<Int> {
        var result = Set<Int>()
        var sawText = false
        for (position, cell) in line.cells.enumerated() {
            if isFigure(cell.text) {
                let codePart = !sawText && (cell.text.count == 3 || cell.text.count == 2) && cell.text.allSatisfy(\.isNumber)
                if !codePart { result.insert(position) }
            } else {
                sawText = true
            }
        }
        return result
    }

    /// A cell that is a figure: an amount, a percentage or a dash.
    static func isFigure(_ text: String) -> Bool {
        if PublishedPercentage.parse(text) != nil { return true }
        guard let reading = try? AmountText.parse(text) else { return false }
        return reading.value != nil || !text.isEmpty
    }

    static func hasFigure(_ line: SourceLine) -> Bool {
        line.cells.contains { cell in
            guard let value = try? AmountText.parse(cell.text).value else { return PublishedPercentage.parse(cell.text) != nil }
            return value.scale > 0 || cell.text.includes(",") || (value.isZero && line.cells.count > 2)
        }
    }

    /// Layout text sometimes leaves a single space between a figure and its neighbour
    /// (`9,616.338314 一、一般公共服务支出`, `1,583,000 1,583,000`): split them. Only figures
    /// with a separator or decimals count, so a code stays with its name (`201 一般…`).
    private static func splittingFigures(_ line: SourceLine) -> SourceLine {
        var result = line
        result.cells = line.cells.flatMap { cell -> [SourceCell] in
            let tokens = cell.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard tokens.count > 1, tokens.contains(where: isStrongFigure) else { return [cell] }
            var pieces: [SourceCell] = []
            var text = ""
            var textStart = cell.start
            var offset = cell.start
            for token in tokens {
                if isStrongFigure(token) {
                    if !text.isEmpty { pieces.append(SourceCell(text: text, column: cell.column, start: textStart, end: offset - 1)) }
                    pieces.append(SourceCell(text: token, column: cell.column, start: offset, end: offset + token.count))
                    text = ""
                    textStart = offset + token.count + 1
                } else {
                    text = text.isEmpty ? token : text + " " + token
                }
                offset += token.count + 1
            }
            if !text.isEmpty { pieces.append(SourceCell(text: text, column: cell.column, start: textStart, end: cell.end)) }
            return pieces
        }
        return result
    }

    private static func isStrongFigure(_ token: String) -> Bool {
        guard let value = try? AmountText.parse(token).value else { return PublishedPercentage.parse(token) != nil }
        return value.scale > 0 || token.includes(",")
    }
}
