/// 指标值: an indicator's target as printed, with the number it states when it states one.
///
/// Targets are not always numbers: `2021年一季度`, `按期完成`, `有所提高`. The printed text
/// is kept as the source of truth; `number` is nil when the text is not a plain number.
public struct TargetValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as printed (`13205.02`, `2021年一季度`).
    public let text: String
    /// The value as a number (`13205.02`), or nil when the text is not one.
    public let number: DecimalNumber?

    /// Reads a printed value: `13205.02`, `1,200`, `95%`, `90 ％` give numbers; a date, a
    /// period or words do not.
    public init(_ text: String) {
        self.text = TextNormalization.trimmed(text)
        self.number = Self.number(in: self.text)
    }

    public init(text: String, number: DecimalNumber?) {
        self.text = text
        self.number = number
    }

    public var isBlank: Bool { text.isEmpty }

    public var description: String { text }

    private static func number(in text: String) -> DecimalNumber? {
        var key = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        if key.hasSuffix("%") { key.removeLast() }
        guard !key.isEmpty, key.count <= 24 else { return nil }
        // Thousands separators only where they group by three.
        if key.includes(",") {
            let integer = key.split(separator: ".", maxSplits: 1).first ?? ""
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.count > 1, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            key = key.replacingAll(",", with: "")
        }
        return DecimalNumber(key)
    }
}
