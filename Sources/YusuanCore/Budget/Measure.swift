/// A figure that can be computed from a unit's budget facts.
public enum Measure: Sendable, Hashable {
    /// The sum of the budget lines a selector matches.
    case lines(FactSelector)
    /// A "三公"经费 figure.
    case threePublic(ThreePublicItem)
    /// 机关运行经费
    case agencyOperatingCost
    /// The same figure in last year's budget.
    indirect case priorYear(Measure)
}

extension Measure: Codable {
    private enum CodingKeys: String, CodingKey { case lines, threePublic, agencyOperatingCost, priorYear }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let selector = try container.decodeIfPresent(FactSelector.self, forKey: .lines) {
            self = .lines(selector)
        } else if let item = try container.decodeIfPresent(ThreePublicItem.self, forKey: .threePublic) {
            self = .threePublic(item)
        } else if let measure = try container.decodeIfPresent(Measure.self, forKey: .priorYear) {
            self = .priorYear(measure)
        } else if try container.decodeIfPresent(Bool.self, forKey: .agencyOperatingCost) == true {
            self = .agencyOperatingCost
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "度量须为 lines、threePublic、agencyOperatingCost 或 priorYear 之一 / a measure is one of lines, threePublic, agencyOperatingCost, priorYear"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .lines(let selector): try container.encode(selector, forKey: .lines)
        case .threePublic(let item): try container.encode(item, forKey: .threePublic)
        case .agencyOperatingCost: try container.encode(true, forKey: .agencyOperatingCost)
        case .priorYear(let measure): try container.encode(measure, forKey: .priorYear)
        }
    }
}
