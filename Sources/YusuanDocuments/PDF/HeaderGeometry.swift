import YusuanCore

/// The columns of a table from where its header cells are printed: pieces of a cell that
/// wraps onto two or three lines are joined, a cell with nothing under it is a column,
/// and a cell over several columns heads them all.
struct HeaderGeometry {
    struct HeaderCell {
        var text: String
        var box: PDFBox
    }

    /// The columns, left to right: their header cell's box.
    var columns: [PDFBox]
    private var leafCells: [HeaderCell]
    private var groups: [HeaderCell]
    /// The vertical centre of the whole header, where a cell as tall as the header (one
    /// beside the groups, under none) centres its text.
    private var middle: Double
    /// The header's usual glyph height (a cell wrapped onto lines is taller).
    private var glyphHeight: Double

    init?(rows: [WordRow]) {
        let cells = Self.cells(of: rows)
        let heights = rows.flatMap { $0.words.map(\.box.height) }.sorted()
        let glyphHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
        let middle = ((cells.map(\.box.y0).min() ?? 0) + (cells.map(\.box.y1).max() ?? 0)) / 2
        func isBelow(_ other: Int, _ index: Int) -> Bool { cells[other].box.y0 >= cells[index].box.y1 - 1 }
        // A column is a cell with no other cell under it, except a cell in the header's
        // upper band with lower cells on both sides: a group title whose text falls in
        // the gap between its columns' (收　　入 over 项目 | 预算数, where the name column is
        // left-aligned and the figures right-aligned, so neither header sits under it). A
        // column's own cell is centred on the header's middle or lower, never above.
        let leaves = cells.indices.filter { index in
            let covers = cells.indices.contains { other in
                other != index && isBelow(other, index)
                    && cells[other].box.horizontalOverlap(cells[index].box) > 0.3 * min(cells[other].box.width, cells[index].box.width)
            }
            guard !covers else { return false }
            let box = cells[index].box
            let floating = middle - box.midY > 0.6 * glyphHeight
                && cells.indices.contains { isBelow($0, index) && cells[$0].box.x1 <= box.x0 }
                && cells.indices.contains { isBelow($0, index) && cells[$0].box.x0 >= box.x1 }
            return !floating
        }.sorted { cells[$0].box.midX < cells[$1].box.midX }
        guard leaves.count >= 2 else { return nil }
        leafCells = leaves.map { cells[$0] }
        groups = cells.indices.filter { !leaves.contains($0) }.map { cells[$0] }
        columns = leafCells.map(\.box)
        self.glyphHeight = glyphHeight
        self.middle = middle
    }

    /// The header cells over each column (top first), given the columns' extents.
    func paths(extents: [ClosedRange<Double>]) -> [[String]] {
        var paths = leafCells.map { [$0] }
        var runs = groups.map { children(of: $0, extents: extents) }
        // A column whose cell is centred below the header's middle sits under a group: left
        // without one, it joins the group whose run it borders at the same height (a title
        // centred over four equal columns is as centred over the middle two).
        let tolerance = self.tolerance
        var grown = true
        while grown {
            grown = false
            let headed = Set(runs.flatMap { $0 })
            for leaf in leafCells.indices where !headed.contains(leaf) && leafCells[leaf].box.midY - middle > 2 * tolerance {
                let bordering = groups.indices.filter { index in
                    guard let low = runs[index].min(), let high = runs[index].max(), leaf == low - 1 || leaf == high + 1 else { return false }
                    let neighbour = leaf == low - 1 ? low : high
                    return leafCells[leaf].box.y0 >= groups[index].box.y1 - 1
                        && abs(leafCells[leaf].box.midY - leafCells[neighbour].box.midY) <= tolerance
                }
                // The lowest such group: the one nearest the column; of two side by side (a
                // 小计 between 本年收入 and 上年结转结余), the one whose title is nearer.
                let x = leafCells[leaf].box.midX
                guard let owner = bordering.max(by: { first, second in
                    let (a, b) = (groups[first].box, groups[second].box)
                    if abs(a.y1 - b.y1) > tolerance { return a.y1 < b.y1 }
                    return abs(a.midX - x) > abs(b.midX - x)
                }) else { continue }
                runs[owner] = (runs[owner] + [leaf]).sorted()
                grown = true
                break
            }
        }
        for (group, run) in zip(groups, runs) {
            for position in run { paths[position].append(group) }
        }
        return paths.map { $0.sorted { $0.box.y0 < $1.box.y0 }.map(\.text) }
    }

    /// How far apart two cells' vertical centres may be and still sit at one height.
    private var tolerance: Double { 0.3 * glyphHeight }

    /// The columns a group cell heads: a run of columns under it, over the columns its text
    /// touches, on whose whole extent the text is best centred (a group title is centred
    /// over its columns, which reach wider than its text).
    private func children(of group: HeaderCell, extents: [ClosedRange<Double>]) -> [Int] {
        var below = leafCells.indices.filter { leafCells[$0].box.y0 >= group.box.y1 - 1 }
        guard !below.isEmpty else { return [] }
        var touched = below.filter { leafCells[$0].box.horizontalOverlap(group.box) > 0 }
        // The cells under a group centre their text in the band below it, lower than the
        // header's middle; a cell centred on the middle is as tall as the header and stands
        // beside the group (总计 | 财政拨款 over 合计 … | 财政专户拨款), however the centring
        // below would split the columns.
        func fullHeight(_ index: Int) -> Bool { abs(leafCells[index].box.midY - middle) <= tolerance }
        if let lowest = touched.map({ leafCells[$0].box.midY }).max(), lowest - middle > 2 * tolerance {
            below.removeAll(where: fullHeight)
            touched.removeAll(where: fullHeight)
            guard !below.isEmpty else { return [] }
        }
        // Groups side by side on one line do not share columns: a column the text of a
        // group beside this one touches is that group's (基本支出 | 项目支出 over their own
        // columns, however the centring on extents would spread one over the other's).
        let siblings = groups.filter { other in
            other.box != group.box && other.box.y0 < group.box.y1 && group.box.y0 < other.box.y1
        }
        below.removeAll { leaf in
            !touched.contains(leaf) && siblings.contains { $0.box.horizontalOverlap(leafCells[leaf].box) > 0 }
        }
        let nearest = below.min { abs(leafCells[$0].box.midX - group.box.midX) < abs(leafCells[$1].box.midX - group.box.midX) }!
        let must = touched.isEmpty ? [nearest] : touched
        let low = must.min()!, high = must.max()!
        // Contiguous runs of columns under the group that hold every touched one.
        var best: (range: ClosedRange<Int>, off: Double)?
        for start in below where start <= low {
            guard (start...low).allSatisfy(below.contains) else { continue }
            for end in below where end >= high {
                guard (start...end).allSatisfy(below.contains) else { break }
                let off = abs((extents[start].lowerBound + extents[end].upperBound) / 2 - group.box.midX)
                if best == nil || off < best!.off - 0.5 { best = (start...end, off) }
            }
        }
        return best.map { Array($0.range) } ?? must
    }

    /// Header cells: words on one line close enough to be one cell (spread-out single
    /// characters like `收　　入` too), then lines of one wrapped cell stacked.
    static func cells(of rows: [WordRow]) -> [HeaderCell] {
        var pieces: [HeaderCell] = []
        for row in rows {
            let words = row.words.filter { word in
                let text = TextNormalization.removingSpaces(word.text)
                return !text.allSatisfy { $0 == "*" }
            }
            var current: HeaderCell?
            var lastWord = ""
            for word in words {
                defer { lastWord = word.text }
                if var cell = current {
                    let gap = word.box.x0 - cell.box.x1
                    let height = min(word.box.height, cell.box.height)
                    // 类 款 项 spread out the same way are three columns, one level of a split
                    // classification code each, not a word.
                    let levels: Set<String> = ["类", "款", "项"]
                    let spread = lastWord.count == 1 && word.text.count == 1 && !(lastWord.first?.isNumber ?? true)
                        && !(levels.contains(lastWord) && levels.contains(word.text))
                    // Neighbouring cells can print closer than a glyph's height apart.
                    if gap <= 0.5 * height || (spread && gap <= 5 * height) {
                        cell.text += word.text
                        cell.box = cell.box.union(word.box)
                        current = cell
                        continue
                    }
                    pieces.append(cell)
                }
                current = HeaderCell(text: word.text, box: word.box)
            }
            if let current { pieces.append(current) }
        }
        // Stack wrapped lines: the piece right under another, overlapping it, and alone
        // there (a group title has several cells under it, and a gap).
        pieces.sort { $0.box.y0 < $1.box.y0 }
        var merged: [HeaderCell] = []
        var used = Set<Int>()
        for index in pieces.indices where !used.contains(index) {
            var cell = pieces[index]
            var last = pieces[index]
            used.insert(index)
            while true {
                let height = last.box.height
                let under = pieces.indices.filter { other in
                    !used.contains(other) && pieces[other].box.y0 > last.box.y0 + 0.5 * height
                        && pieces[other].box.y0 - last.box.y1 <= 0.8 * height
                        && pieces[other].box.horizontalOverlap(last.box) >= 0.5 * min(pieces[other].box.width, last.box.width)
                }
                guard under.count == 1, let next = under.first else { break }
                // The piece under must not also sit under a neighbour of this one.
                let sharers = pieces.indices.filter { other in
                    other != index && !used.contains(other) && other != next && abs(pieces[other].box.y0 - last.box.y0) < 0.5 * height
                        && pieces[other].box.horizontalOverlap(pieces[next].box) > 0
                }
                guard sharers.isEmpty else { break }
                // Nor may the piece above reach over a neighbour of the piece under: a cell's
                // lines stay within its borders, and a title over two cells is their group
                // (本年一般公共预算基本支出 over 人员经费 | 日常公用支出, though it touches the second less).
                let spanned = pieces.indices.filter { other in
                    other != next && !used.contains(other) && abs(pieces[other].box.y0 - pieces[next].box.y0) < 0.5 * height
                        && pieces[other].box.horizontalOverlap(last.box) > 0
                }
                guard spanned.isEmpty else { break }
                used.insert(next)
                cell.text += pieces[next].text
                cell.box = cell.box.union(pieces[next].box)
                last = pieces[next]
            }
            merged.append(cell)
        }
        return merged
    }
}
