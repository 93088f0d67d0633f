/// One code of a classification catalogue, as the catalogue files record it.
public struct CatalogueEntry: Sendable, Hashable, Codable {
    /// The digits (`2080505`).
    public var code: String
    /// The current name, normalised (`机关事业单位基本养老保险缴费支出`).
    public var name: String
    public var level: CodeLevel
    /// The code one level up; nil for a 类.
    public var parent: String?
    /// How many published documents showed this code with this name (0 = inferred).
    public var documents: Int
    /// Older edition names and variants seen for the same code.
    public var otherNames: [String]

    public init(code: String, name: String, level: CodeLevel, parent: String?, documents: Int = 0, otherNames: [String] = []) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
        self.documents = documents
        self.otherNames = otherNames
    }
}
