/// A 支出功能分类 code: `208` (类), `20805` (款), `2080505` (项).
public struct FunctionCode: HierarchicalCode {
    public let digits: String

    public init?(_ digits: String) {
        guard Self.isWellFormed(digits, firstDigits: ["2"]) else { return nil }
        self.digits = digits
    }
}

/// An expenditure 经济分类 code: `301` (类), `30101` (款); `5xx` codes are the 政府预算
/// 经济分类. Some regions extend a 款 by two digits (Beijing's `3021101-差旅费`); such
/// codes have level `.item`, below their 款.
public struct EconomicCode: HierarchicalCode {
    public let digits: String

    public init?(_ digits: String) {
        guard Self.isWellFormed(digits, firstDigits: ["3", "5"]) else { return nil }
        self.digits = digits
    }

    /// Whether this is a 政府预算经济分类 (5xx) code.
    public var isGovernment: Bool { digits.first == "5" }

    public var classification: ClassificationKind { isGovernment ? .economicGovernment : .economicDepartment }
}

/// What 类/款/项 codes share: a digit string whose prefixes are its ancestors.
public protocol HierarchicalCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    var digits: String { get }
    init?(_ digits: String)
}

extension HierarchicalCode {
    static func isWellFormed(_ digits: String, firstDigits: Set<Character>) -> Bool {
        CodeLevel(digitCount: digits.count) != nil
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
            && firstDigits.contains(digits.first!)
    }

    public var level: CodeLevel { CodeLevel(digitCount: digits.count)! }

    /// The code one level up (`2080505` → `20805`), nil for a 类.
    public var parent: Self? {
        switch level {
        case .category: nil
        case .section: Self(String(digits.prefix(3)))
        case .item: Self(String(digits.prefix(5)))
        }
    }

    /// This code's ancestor at `level` (itself when the level is its own); nil when deeper.
    public func ancestor(at level: CodeLevel) -> Self? {
        level <= self.level ? Self(String(digits.prefix(level.digitCount))) : nil
    }

    /// Whether `other` is this code or lies under it.
    public func contains(_ other: Self) -> Bool { other.digits.hasPrefix(digits) }

    /// The 类 / 款 / 项 parts as documents print them in split columns: `208`, `05`, `05`.
    public var parts: [String] {
        var result = [String(digits.prefix(3))]
        if digits.count >= 5 { result.append(String(digits.dropFirst(3).prefix(2))) }
        if digits.count == 7 { result.append(String(digits.suffix(2))) }
        return result
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.digits < rhs.digits }

    public var description: String { digits }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a classification code: \(text)")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
