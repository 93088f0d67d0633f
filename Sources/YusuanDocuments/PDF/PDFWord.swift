import Foundation

/// A word of a PDF's text layer and where it is printed.
public struct PDFWord: Sendable, Hashable {
    /// The 1-based page.
    public var page: Int
    public var box: PDFBox
    public var text: String
    /// The flow (column of text), the block and the line the extractor put the word in,
    /// numbered through the document: the layout text is rebuilt from them (`WordLayout`).
    public var flow: Int
    public var block: Int
    public var line: Int

    public init(page: Int, box: PDFBox, text: String, flow: Int = 0, block: Int = 0, line: Int = 0) {
        self.page = page
        self.box = box
        self.text = text
        self.flow = flow
        self.block = block
        self.line = line
    }

    /// The words of `pdftotext -tsv` output (see `WordTSV`).
    static func parse(tsv data: Data) -> [PDFWord] { WordTSV.parse(data).words }
}
