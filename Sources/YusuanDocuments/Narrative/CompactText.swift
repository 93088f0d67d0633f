import YusuanCore

/// A paragraph's text prepared for scanning.
///
/// PDF text puts spaces anywhere (`一般 公 共预 算 91,495.48 万 元 ， 占`), so spaces are
/// removed before anything is recognised; one space is kept only between two digits, where it
/// separates two numbers (`237.92  201.80`). Every character remembers its offset in the
/// paragraph's text, so a statement can point at the line its number was printed on.
struct CompactText {
    /// The characters as printed, spaces removed: subjects are cut from these, so full-width
    /// brackets (`（类）`) survive as printed.
    let printed: [Character]
    /// The same characters with full-width ASCII variants folded (`１` → `1`, `％` → `%`,
    /// `（` → `(`, `，` → `,`, `：` → `:`, `；` → `;`): patterns are matched against these.
    let plain: [Character]
    /// For each character, its offset in the paragraph's text.
    let origins: [Int]
    /// The paragraph's text, for quoting sentences and numbers as printed (with their spaces).
    let original: [Character]

    init(_ text: String) {
        let original = Array(text)
        var printed: [Character] = []
        var plain: [Character] = []
        var origins: [Int] = []
        printed.reserveCapacity(original.count)
        plain.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var pendingSpace: Int?
        for (offset, character) in original.enumerated() {
            if TextNormalization.isSpace(character) {
                if pendingSpace == nil { pendingSpace = offset }
                continue
            }
            let folded = Self.fold(character)
            if let space = pendingSpace, let last = plain.last, Glyph.isDigit(last), Glyph.isDigit(folded) {
                printed.append(" ")
                plain.append(" ")
                origins.append(space)
            }
            pendingSpace = nil
            printed.append(character)
            plain.append(folded)
            origins.append(offset)
        }
        self.original = original
        self.printed = printed
        self.plain = plain
        self.origins = origins
    }

    var count: Int { plain.count }

    /// The printed characters in `range` as a string (no spaces but the digit separators).
    func printed(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<printed.count)
        return String(printed[clamped])
    }

    /// The original text from the character at `range.lowerBound` to the one before
    /// `range.upperBound`, spaces included, trimmed.
    func quoted(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<origins.count)
        guard let first = clamped.first, let last = clamped.last else { return "" }
        return TextNormalization.trimmed(String(original[origins[first]...origins[last]]))
    }

    /// Whether the folded text holds `word` starting at `index`.
    func matches(_ word: String, at index: Int) -> Bool {
        Glyph.matches(plain, word, at: index)
    }

    /// A full-width ASCII variant as its ASCII character; anything else unchanged.
    static func fold(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return character }
        switch scalar.value {
        case 0xFF01...0xFF5E:
            return Character(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
        case 0x2212, 0x2014, 0x2013:
            // A minus sign or dash printed between a code and a name (`2080501—行政`).
            return "-"
        default:
            return character
        }
    }
}

/// Character tests and word matching for the narrative scanners (kept in a namespace so
/// they cannot collide with extensions elsewhere in the module).
enum Glyph {
    /// An ASCII digit (after folding).
    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character >= "0" && character <= "9"
    }

    /// An ASCII letter (after folding): `m2`, `G20`, `5G` are not quantities.
    static func isLetter(_ character: Character) -> Bool { character.isASCII && character.isLetter }

    /// Whether `word` occurs in `characters` at `index`.
    static func matches(_ characters: [Character], _ word: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    /// The first of `words` that occurs at `index` (list longer words first).
    static func firstMatch(in characters: [Character], of words: [String], at index: Int) -> String? {
        words.first { matches(characters, $0, at: index) }
    }
}
