/// Where a criterion sits in a sheet: section, top-level criterion, and item within it.
public struct ReviewCriterionPath: Sendable, Hashable, Codable {
    public var section: Int
    public var criterion: Int
    public var item: Int?

    public init(section: Int, criterion: Int, item: Int? = nil) {
        self.section = section
        self.criterion = criterion
        self.item = item
    }
}
