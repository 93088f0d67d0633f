/// A paragraph of narrative text (情况说明), joined from the lines it was printed on.
public struct NarrativeParagraph: Sendable, Hashable, Codable {
    /// The paragraph's text, lines joined (without inserting spaces between CJK text).
    public var text: String
    /// The heading of the section it belongs to (`五、关于…一般公共预算当年拨款情况说明`).
    public var section: String?
    /// Where each joined line begins in `text` (character offsets, ascending).
    public var lineStarts: [LineStart]

    public struct LineStart: Sendable, Hashable, Codable {
        public var offset: Int
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    public init(text: String, section: String? = nil, lineStarts: [LineStart]) {
        self.text = text
        self.section = section
        self.lineStarts = lineStarts
    }

    /// A one-line paragraph.
    public init(text: String, section: String? = nil, location: SourceLocation) {
        self.init(text: text, section: section, lineStarts: [LineStart(offset: 0, location: location)])
    }

    /// The source line that holds the character at `offset`.
    public func location(at offset: Int) -> SourceLocation {
        (lineStarts.last { $0.offset <= offset } ?? lineStarts[0]).location
    }
}
