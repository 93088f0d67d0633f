/// The level of a classification code: 类 (3 digits), 款 (5) or 项 (7).
public enum CodeLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case category
    case section
    case item

    /// How many digits a code of this level has.
    public var digitCount: Int {
        switch self {
        case .category: 3
        case .section: 5
        case .item: 7
        }
    }

    public init?(digitCount: Int) {
        switch digitCount {
        case 3: self = .category
        case 5: self = .section
        case 7: self = .item
        default: return nil
        }
    }

    /// 类, 款, 项: as the catalogues and documents name the levels.
    public var chineseName: String {
        switch self {
        case .category: "类"
        case .section: "款"
        case .item: "项"
        }
    }

    public init?(chineseName: String) {
        guard let level = Self.allCases.first(where: { $0.chineseName == chineseName }) else { return nil }
        self = level
    }

    public var depth: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: CodeLevel, rhs: CodeLevel) -> Bool { lhs.depth < rhs.depth }
}
