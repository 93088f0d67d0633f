import YusuanCore

/// Words of one page that sit on one visual line: their vertical centres agree.
struct WordRow: Sendable {
    var page: Int
    /// Left to right, with touching pieces of one word already joined.
    var words: [PDFWord]
    var box: PDFBox

    /// The words joined by single spaces.
    var text: String { words.map(\.text).joined(separator: " ") }
    /// The row's text without spaces, for matching against the layout text.
    var key: String { TextNormalization.removingSpaces(TextNormalization.halfWidth(words.map(\.text).joined())) }
    /// A typical glyph height, the yardstick for gaps.
    var height: Double {
        let heights = words.map(\.box.height).sorted()
        return heights.isEmpty ? 0 : heights[heights.count / 2]
    }

    /// The visual lines of one page's words, top to bottom.
    static func rows(of words: [PDFWord], fractionDigits: Int = 2) -> [WordRow] {
        var rows: [(midY: Double, height: Double, words: [PDFWord])] = []
        let pieces = joiningWrappedDigits(words.flatMap { splittingFraction($0, digits: fractionDigits) }, fractionDigits: fractionDigits)
        for word in pieces.sorted(by: { $0.box.midY < $1.box.midY }) {
            // Digits can be drawn taller than the CJK text beside them: compare centres,
            // with a tolerance from the smaller glyph.
            if let last = rows.last, abs(word.box.midY - last.midY) <= 0.35 * min(word.box.height, last.height) {
                rows[rows.count - 1].words.append(word)
                continue
            }
            rows.append((word.box.midY, word.box.height, [word]))
        }
        return rows.map { row in
            let joined = joiningPieces(row.words.sorted { $0.box.x0 < $1.box.x0 })
            let box = joined.dropFirst().reduce(joined[0].box) { $0.union($1.box) }
            return WordRow(page: joined[0].page, words: joined, box: box)
        }
    }

    /// `21,118.5` over `1`: an amount too wide for its cell, its last digits wrapped onto
    /// the next line, flush right under it (Hangzhou's 项目支出). Joined, it is centred on
    /// its row's line, as the cell centres it.
    static func joiningWrappedDigits(_ words: [PDFWord], fractionDigits: Int) -> [PDFWord] {
        var result = words
        var dropped = Set<Int>()
        for index in result.indices where !dropped.contains(index) {
            let word = result[index]
            guard let point = word.text.lastIndex(of: "."), word.text.first?.isNumber == true,
                  case let have = word.text.distance(from: point, to: word.text.endIndex) - 1, have < fractionDigits,
                  (try? AmountText.parse(word.text)) != nil
            else { continue }
            let height = word.box.height
            let below = result.indices.first { other in
                let piece = result[other]
                return other != index && !dropped.contains(other) && piece.page == word.page
                    && piece.text.count == fractionDigits - have && piece.text.allSatisfy { $0.isASCII && $0.isNumber }
                    && piece.box.y0 > word.box.y0 + 0.5 * height && piece.box.y0 - word.box.y1 <= 0.8 * height
                    && abs(piece.box.x1 - word.box.x1) <= 0.5 * height
            }
            guard let below else { continue }
            result[index].text += result[below].text
            result[index].box = word.box.union(result[below].box)
            dropped.insert(below)
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// `.81154,304`: an amount's fraction drawn as its own run and glued by poppler to the
    /// next amount's integer part (WPS exports). Split after the fraction's digits, with
    /// the box shared out by characters.
    static func splittingFraction(_ word: PDFWord, digits: Int) -> [PDFWord] {
        let characters = Array(word.text)
        guard characters.count > digits + 1, characters[0] == ".", characters[1...digits].allSatisfy(\.isNumber),
              characters[(digits + 1)...].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }),
              characters[digits + 1].isNumber
        else { return [word] }
        let cut = word.box.x0 + word.box.width * Double(digits + 1) / Double(characters.count)
        var fraction = word, rest = word
        fraction.text = String(characters[...digits])
        fraction.box.x1 = cut
        rest.text = String(characters[(digits + 1)...])
        rest.box.x0 = cut
        return [fraction, rest]
    }

    /// Pieces of one word drawn as separate runs, touching: an amount's integer part and its
    /// `.xx` fraction (WPS exports), or a name split where the font changes.
    private static func joiningPieces(_ words: [PDFWord]) -> [PDFWord] {
        var result: [PDFWord] = []
        for word in words {
            if var last = result.last {
                let gap = word.box.x0 - last.box.x1
                let height = min(word.box.height, last.box.height)
                let fraction = word.text.first == "." && word.text.dropFirst().allSatisfy(\.isNumber)
                    && (last.text.last?.isNumber ?? false) && !last.text.contains(".")
                // Two numbers touching stay two (a split `.81` and the next amount).
                let numbers = (last.text.last?.isNumber ?? false) && (word.text.first?.isNumber ?? false)
                if (gap <= 0.12 * height && !numbers) || (fraction && gap <= 0.5 * height) {
                    last.text += word.text
                    last.box = last.box.union(word.box)
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(word)
        }
        return result
    }
}
