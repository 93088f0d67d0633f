import YusuanCore

/// The columns of a table from where its header cells are printed: pieces of a cell that
/// wraps onto two or three lines are joined, a cell with nothing under it is a column,
/// and a cell over several columns heads them all.
struct HeaderGeometry {
    struct HeaderCell {
        var text: String
        var box: PDFBox
    }

    /// The columns, left to right, each with the header cells over it (top first).
    var columns: [(box: PDFBox, path: [String])]

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
        var paths = leaves.map { [cells[$0]] }
        for group in cells.indices where !leaves.contains(group) {
            for position in Self.children(of: cells[group], leaves: leaves.map { cells[$0] }) {
                paths[position].append(cells[group])
            }
        }
        columns = leaves.indices.map { position in
            (cells[leaves[position]].box, paths[position].sorted { $0.box.y0 < $1.box.y0 }.map(\.text))
        }
    }

    /// The leaves a group cell heads: those under it, and the neighbours that centre the
    /// group on its cell (a group title is centred over its columns, which can lie wider
    /// than its text).
    private static func children(of group: HeaderCell, leaves: [HeaderCell]) -> [Int] {
        let below = leaves.indices.filter { leaves[$0].box.y0 >= group.box.y1 - 1 }
        guard !below.isEmpty else { return [] }
        var chosen = below.filter { leaves[$0].box.horizontalOverlap(group.box) > 0 }
        if chosen.isEmpty, let nearest = below.min(by: { abs(leaves[$0].box.midX - group.box.midX) < abs(leaves[$1].box.midX - group.box.midX) }) {
            chosen = [nearest]
        }
        func offCentre(_ set: [Int]) -> Double {
            let x0 = set.map { leaves[$0].box.x0 }.min()!, x1 = set.map { leaves[$0].box.x1 }.max()!
            return abs((x0 + x1) / 2 - group.box.midX)
        }
        while true {
            let lower = chosen.min()!, upper = chosen.max()!
            let options = [below.last { $0 < lower }, below.first { $0 > upper }].compactMap { $0 }
            guard let best = options.min(by: { offCentre(chosen + [$0]) < offCentre(chosen + [$1]) }),
                  offCentre(chosen + [best]) < offCentre(chosen) - 1
            else { break }
            chosen.append(best)
        }
        return chosen
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
