/// The layout text of a PDF rebuilt from its words, the way `pdftotext -layout` prints it
/// (poppler's TextPage::dump with the physical layout), so that one poppler run (`-tsv`)
/// gives both the words for the tables and the text for the prose, the page numbers and
/// the tables' titles. Columns are counted in characters, as poppler counts them: a line
/// takes its column from the lines of its block before it, a block from the blocks to its
/// left (three columns past one it lies wholly right of), and lines whose baselines agree
/// print as one, with a blank line for each font size of gap below them (at most four).
enum WordLayout {
    /// The text, pages ended by form feeds as pdftotext ends them.
    static func text(of words: [PDFWord], pages: Int) -> String {
        // Built as UTF-8 bytes and made a String once: appending to a String's scalars
        // copied the whole text each time.
        var text: [UInt8] = []
        text.reserveCapacity(words.reduce(0) { $0 + $1.text.utf8.count } * 3)
        var start = 0
        for page in 1...max(pages, words.last?.page ?? 0, 1) {
            var end = start
            while end < words.count && words[end].page == page { end += 1 }
            if end > start { append(page: words[start..<end], to: &text) }
            text.append(0x0C)
            start = end
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// One of poppler's lines: its characters, their left edges (and the last right edge),
    /// and the column of each.
    private struct Line {
        /// The characters (Unicode scalars, each one column) and their UTF-8 bytes.
        var length = 0
        var utf8: [UInt8] = []
        var edges: [Double] = []
        var columns: [Int] = []
        var box: PDFBox
        var flow: Int
        var block: Int
        /// The baseline stands in for poppler's: the middle, since digits drawn taller than the
        /// CJK text beside them (Chongqing) share its middle, not its foot.
        var base: Double { box.midY }
        var fontSize: Double
        var column: Int { columns[0] }
        var width: Int { columns[length] - columns[0] }
    }

    private static func append(page words: ArraySlice<PDFWord>, to text: inout [UInt8]) {
        var lines = Self.lines(of: words)
        assignColumns(&lines)
        // Top to bottom; lines whose baselines agree with the first of a run print left to right.
        var order = lines.indices.sorted { lines[$0].box.y0 != lines[$1].box.y0 ? lines[$0].box.y0 < lines[$1].box.y0 : lines[$0].box.x0 < lines[$1].box.x0 }
        var first = 0
        while first < order.count {
            let head = lines[order[first]]
            var end = first + 1
            while end < order.count && abs(lines[order[end]].base - head.base) < 0.5 * head.fontSize { end += 1 }
            order[first..<end].sort { a, b in
                let one = lines[a], other = lines[b]
                if one.column < other.column + other.width && other.column < one.column + one.width { return one.box.y0 < other.box.y0 }
                return one.column < other.column
            }
            first = end
        }
        let pitches = Self.pitches(lines)
        var column = 0
        for (position, index) in order.enumerated() {
            let line = lines[index]
            if column < line.column {
                text.append(contentsOf: repeatElement(0x20, count: line.column - column))
                column = line.column
            }
            text.append(contentsOf: line.utf8)
            column += line.length
            let next = position + 1 < order.count ? lines[order[position + 1]] : nil
            if let next, next.column >= column, abs(next.base - line.base) <= 0.5 * line.fontSize { continue }
            var breaks = 1
            if let next {
                let gap = next.base - line.base
                breaks = min(5, max(1, Int((gap / line.fontSize).rounded(.towardZero))))
                // Double-spaced lines of one flow, evenly spaced, are one paragraph: at twice the
                // font size poppler's rounding puts a blank line between every other pair,
                // which would cut sentences apart.
                if next.flow == line.flow, let pitch = pitches[line.flow], (1.9...2.1).contains(pitch / line.fontSize),
                   gap <= 1.05 * pitch { breaks = 1 }
            }
            text.append(contentsOf: repeatElement(0x0A, count: breaks))
            column = 0
        }
    }

    /// The smallest distance between the baselines of successive lines of each flow.
    private static func pitches(_ lines: [Line]) -> [Int: Double] {
        var pitches: [Int: Double] = [:]
        for (line, next) in zip(lines, lines.dropFirst()) where line.flow == next.flow {
            let gap = next.base - line.base
            guard gap > 0.5 * line.fontSize else { continue }
            pitches[line.flow] = min(pitches[line.flow] ?? gap, gap)
        }
        return pitches
    }

    /// The page's lines with their characters' edges, each word's box shared out evenly
    /// among its characters, and a space between words as poppler puts one: past a gap of
    /// 3 % of the font size, or in a line of single characters (spaced-out 收　入), past
    /// the middle of the narrowest gap and 1.3 times it (at most 0.4 of the font size).
    private static func lines(of words: ArraySlice<PDFWord>) -> [Line] {
        var lines: [Line] = []
        var start = words.startIndex
        while start < words.endIndex {
            var end = start + 1
            while end < words.endIndex && words[end].line == words[start].line { end += 1 }
            let members = words[start..<end].filter { !$0.text.isEmpty }
            start = end
            guard let first = members.first else { continue }
            let fontSize = max(first.box.height, 1)
            var space = 0.03 * fontSize
            if members.count > 1 && members.allSatisfy({ $0.text.unicodeScalars.count == 1 }) {
                let narrowest = zip(members, members.dropFirst()).map { $1.box.x0 - $0.box.x1 }.min() ?? 0
                if narrowest > 0 { space = 0.5 * (narrowest + min(1.3 * narrowest, 0.4 * fontSize)) }
            }
            var line = Line(box: first.box, flow: first.flow, block: first.block, fontSize: fontSize)
            for (index, word) in members.enumerated() {
                if index > 0 {
                    let last = members[index - 1]
                    if word.box.x0 - last.box.x1 >= space {
                        line.length += 1
                        line.utf8.append(0x20)
                        line.edges.append(last.box.x1)
                    }
                    line.box = line.box.union(word.box)
                }
                line.utf8.append(contentsOf: word.text.utf8)
                let count = word.text.unicodeScalars.count
                let step = word.box.width / Double(count)
                for offset in 0..<count { line.edges.append(word.box.x0 + step * Double(offset)) }
                line.length += count
            }
            line.edges.append(line.box.x1)
            line.columns = Array(0...line.length)
            lines.append(line)
        }
        return lines
    }

    /// Poppler's column assignment: lines within their block, then blocks across the page.
    private static func assignColumns(_ lines: inout [Line]) {
        var blocks: [(box: PDFBox, lines: [Int], columns: Int)] = []
        for index in lines.indices {
            if let last = blocks.last, lines[last.lines[0]].block == lines[index].block {
                blocks[blocks.count - 1].lines.append(index)
                blocks[blocks.count - 1].box = last.box.union(lines[index].box)
            } else {
                blocks.append((lines[index].box, [index], 0))
            }
        }
        for block in blocks.indices {
            let members = blocks[block].lines.sorted { lines[$0].box.x0 != lines[$1].box.x0 ? lines[$0].box.x0 < lines[$1].box.x0 : lines[$0].box.y0 < lines[$1].box.y0 }
            var width = 0
            for (position, index) in members.enumerated() {
                var column = 0
                for other in members[..<position] {
                    let left = lines[other]
                    if lines[index].box.x0 - left.box.x1 >= 0 {
                        column = max(column, left.columns[left.length] + 1)
                    } else {
                        var k = 0
                        while k < left.length && lines[index].box.x0 >= 0.5 * (left.edges[k] + left.edges[k + 1]) { k += 1 }
                        column = max(column, left.columns[k])
                    }
                }
                for k in lines[index].columns.indices { lines[index].columns[k] += column }
                width = max(width, lines[index].columns[lines[index].length])
            }
            blocks[block].columns = width
        }
        let order = blocks.indices.sorted { blocks[$0].box.x0 != blocks[$1].box.x0 ? blocks[$0].box.x0 < blocks[$1].box.x0 : blocks[$0].box.y0 < blocks[$1].box.y0 }
        var columns: [Int: Int] = [:]
        for (position, block) in order.enumerated() {
            var column = 0
            let box = blocks[block].box
            for other in order[..<position] {
                let left = blocks[other]
                let start = columns[other] ?? 0
                if box.x0 > left.box.x1 {
                    column = max(column, start + left.columns + 3)
                } else if left.box.x1 == left.box.x0 {
                    column = max(column, start)
                } else {
                    column = max(column, start + Int((box.x0 - left.box.x0) / (left.box.x1 - left.box.x0) * Double(left.columns)))
                }
            }
            columns[block] = column
            for index in blocks[block].lines {
                for k in lines[index].columns.indices { lines[index].columns[k] += column }
            }
        }
    }
}
