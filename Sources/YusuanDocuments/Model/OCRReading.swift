/// How a scanned document's text was read by OCR. Its figures are less certain than a
/// text layer's: a digit can be misread, and the audit says so beside every finding.
public struct OCRReading: Sendable, Hashable, Codable {
    /// The engine and its settings (`tesseract chi_sim, 300 dpi`).
    public var engine: String
    public var pages: Int
    public var words: Int
    /// The mean of the engine's word confidences, 0–100.
    public var meanConfidence: Double
    /// Words the engine was less than `OCRReading.uncertain` sure of.
    public var uncertainWords: Int

    /// Below this confidence a word is counted as uncertain.
    public static let uncertain = 60.0

    public init(engine: String, pages: Int, words: Int, meanConfidence: Double, uncertainWords: Int) {
        self.engine = engine
        self.pages = pages
        self.words = words
        self.meanConfidence = meanConfidence
        self.uncertainWords = uncertainWords
    }
}
