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

    init?(rows: [WordRow]) {
        let cells = Self.cells(of: rows)
        // A column is a cell with no other cell under it.
        let leaves = cells.indices.filter { index in
            !cells.indices.contains { other in
                other != index && cells[other].box.y0 >= cells[index].box.y1 - 1
                    && cells[other].box.horizontalOverlap(cells[index].box) > 0.3 * min(cells[other].box.width, cells[index].box.width)
            }
        }.sorted { cells[$0].box.midX < cells[$1].box.midX }
        guard leaves.count >= 2 else { return nil }
        leafCells = leaves.map { cells[$0] }
        groups = cells.indices.filter { !leaves.contains($0) }.map { cells[$0] }
        columns = leafCells.map(\.box)
    }

    /// The header cells over each column (top first), given the columns' extents.
    func paths(extents: [ClosedRange<Double>]) -> [[String]] {
        var paths = leafCells.map { [$0] }
        for group in groups {
            for position in children(of: group, extents: extents) { paths[position].append(group) }
        }
        return paths.map { $0.sorted { $0.box.y0 < $1.box.y0 }.map(\.text) }
    }

    /// The columns a group cell heads: a run of columns under it, over the columns its text
    /// touches, on whose whole extent the text is best centred (a group title is centred
    /// over its columns, which reach wider than its text).
    private func children(of group: HeaderCell, extents: [ClosedRange<Double>]) -> [Int] {
        let below = leafCells.indices.filter { leafCells[$0].box.y0 >= group.box.y1 - 1 }
        guard !below.isEmpty else { return [] }
        let touched = below.filter { leafCells[$0].box.horizontalOverlap(group.box) > 0 }
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
                    let spread = lastWord.count == 1 && word.text.count == 1 && !(lastWord.first?.isNumber ?? true)
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
