extension Worksheet {
    /// Sets each column's width from its widest displayed text, counting East Asian wide
    /// characters (Chinese, full-width punctuation) as two, plus `padding`, kept within
    /// `minimum...maximum`. Text in merged areas spanning several columns is left out, as it
    /// has those columns' room; larger fonts widen proportionally. Columns without text
    /// keep their width.
    public mutating func fitColumnWidths(minimum: Double = 6, maximum: Double = 60, padding: Double = 2) {
        var widest: [Int: Double] = [:]
        let spanning = merges.filter { $0.columnCount > 1 }
        for (address, cell) in cells where !cell.value.isEmpty {
            guard !spanning.contains(where: { $0.contains(address) }) else { continue }
            let lines = cell.displayText.split(whereSeparator: \.isNewline)
            let characters = lines.map { Self.displayWidth(of: $0) }.max() ?? 0
            let width = Double(characters) * (cell.style.fontSize ?? 11) / 11
            widest[address.column] = max(widest[address.column] ?? 0, width)
        }
        for (column, width) in widest {
            columnWidths[column] = min(max(width + padding, minimum), maximum)
        }
    }

    /// Width in columns of a terminal or a spreadsheet cell: 2 for East Asian wide and
    /// full-width characters, 0 for combining marks, 1 otherwise.
    public static func displayWidth(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
                return total
            }
            return total + (isWide(scalar) ? 2 : 1)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F,      // Hangul Jamo initials
             0x2E80...0x303E,      // CJK radicals, symbols and punctuation (、。「」)
             0x3041...0x33FF,      // kana, bopomofo, CJK compatibility
             0x3400...0x4DBF,      // CJK extension A
             0x4E00...0x9FFF,      // CJK unified ideographs
             0xA000...0xA4CF,      // Yi
             0xAC00...0xD7A3,      // Hangul syllables
             0xF900...0xFAFF,      // CJK compatibility ideographs
             0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical and small forms
             0xFF00...0xFF60,      // full-width forms （），：
             0xFFE0...0xFFE6,      // full-width signs ￥
             0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // emoji
             0x20000...0x3FFFD:    // CJK extensions B and beyond
            true
        default:
            false
        }
    }
}
