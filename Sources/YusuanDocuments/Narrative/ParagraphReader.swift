import YusuanCore

/// Reads the statements of one paragraph: walks each sentence once, left to right, and at
/// each number reads the words since the last clause break (its lead) for its subject and
/// its role.
struct ParagraphReader {
    let paragraph: NarrativeParagraph
    let text: CompactText
    let structure: ClauseStructure
    let subjects: SubjectExtraction
    let agencies: AgencyMentions

    // Reading state, shared with `ParagraphReader+Numbers.swift`.
    var context: SubjectContext
    /// Statements with their position in compact text, for ordering.
    var found: [(position: Int, statement: Statement)] = []
    /// The sentence being read.
    var sentence: Range<Int> = 0..<0

    init(_ paragraph: NarrativeParagraph, subjects: SubjectExtraction, agencies: AgencyMentions) {
        self.paragraph = paragraph
        self.text = CompactText(paragraph.text)
        self.structure = ClauseStructure(text)
        self.subjects = subjects
        self.agencies = agencies
        self.context = SubjectContext(section: paragraph.section.flatMap(subjects.sectionTitle))
    }

    mutating func read() -> [Statement] {
        let mentions = agencies.mentions(in: text)
        for sentence in structure.sentences {
            self.sentence = sentence
            readSentence()
            for mention in mentions where sentence.contains(mention.range.lowerBound) {
                record(.agencyName, subject: mention.name, value: .zero, at: mention.range)
            }
        }
        return found.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.statement)
    }

    private mutating func readSentence() {
        context.beginSentence()
        let before = found.count
        defer {
            if found.count == before, let title = subjects.title(text.printed(sentence)) { context.adoptTitle(title) }
        }
        let plain = text.plain
        var segmentStart = sentence.lowerBound
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let character = plain[index]
            if structure.numericGroupClose[index] != nil {
                context.enterGroup()
                segmentStart = index + 1
            } else if structure.numericGroupOpen[index] != nil {
                context.leaveGroup()
                segmentStart = index + 1
            } else if character == ":" {
                context.head = subjects.head(text.printed(segmentStart..<index))
                segmentStart = index + 1
            } else if ClauseStructure.clauseBreaks.contains(character) {
                segmentStart = index + 1
            } else if startsNumber(at: index) {
                let token = NumberScanner.scan(text, at: index)
                segmentStart = read(token, lead: segmentStart..<index)
                index = max(token.end, index + 1)
                continue
            } else if let phrase = UnchangedPhrase.match(in: text, at: index, limit: sentence.upperBound) {
                read(phrase, lead: segmentStart..<index)
                segmentStart = phrase.end
                index = phrase.end
                continue
            }
            index += 1
        }
    }

    /// A digit, or a sign right before one that is not a dash between two numbers or codes.
    private func startsNumber(at index: Int) -> Bool {
        let plain = text.plain
        if Glyph.isDigit(plain[index]) { return true }
        guard plain[index] == "-" || plain[index] == "+", index + 1 < sentence.upperBound,
              Glyph.isDigit(plain[index + 1]) else { return false }
        guard index > 0 else { return true }
        let previous = plain[index - 1]
        return !(Glyph.isDigit(previous) || Glyph.isLetter(previous) || previous == ")" || previous == "-")
    }

    private mutating func read(_ phrase: UnchangedPhrase, lead: Range<Int>) {
        let own = subjects.subject(text.printed(lead))
        record(.change, subject: context.continued(own), value: .zero, at: phrase.start..<phrase.end,
               direction: .unchanged, basis: phrase.basis)
        if let own { context.establish(own) }
        // Years inside the basis (`与2025年预算持平`) are mentions of their own.
        var index = phrase.start + 1
        while index < phrase.end {
            if Glyph.isDigit(text.plain[index]) {
                let token = NumberScanner.scan(text, at: index)
                if token.reading == .year { record(.year, subject: "", value: token.value, at: token.start..<token.end, unit: "年") }
                index = max(token.end, index + 1)
            } else {
                index += 1
            }
        }
    }

    mutating func record(_ kind: StatementKind, subject: String, value: DecimalNumber, at range: Range<Int>,
                                 unit: String? = nil, figure: PublishedFigure? = nil,
                                 percentage: PublishedPercentage? = nil, direction: ChangeDirection? = nil,
                                 basis: String? = nil) {
        let statement = Statement(kind: kind, subject: subject, value: value, text: text.quoted(range), unit: unit,
                                  figure: figure, percentage: percentage, direction: direction, basis: basis,
                                  sentence: text.quoted(sentence), section: paragraph.section,
                                  location: location(at: range.lowerBound))
        found.append((range.lowerBound, statement))
    }

    /// The source line of the character at `index` of the compact text.
    private func location(at index: Int) -> SourceLocation {
        guard !paragraph.lineStarts.isEmpty else { return SourceLocation(line: 0) }
        let offset = index < text.origins.count ? text.origins[index] : text.original.count
        return paragraph.location(at: offset)
    }
}
