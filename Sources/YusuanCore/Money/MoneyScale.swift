/// The unit a table prints its amounts in (`单位：万元`). It belongs to a table, never to
/// an amount: amounts are always exact 元 underneath.
public enum MoneyScale: String, Sendable, Hashable, Codable, CaseIterable {
    /// 元
    case yuan
    /// 万元
    case tenThousandYuan
    /// 亿元 (narrative text only, e.g. `总投资1.14亿元`)
    case hundredMillionYuan

    /// How many 元 one printed unit is.
    public var yuanPerUnit: DecimalNumber {
        switch self {
        case .yuan: 1
        case .tenThousandYuan: 10_000
        case .hundredMillionYuan: 100_000_000
        }
    }

    /// How tables and text write the unit.
    public var label: String {
        switch self {
        case .yuan: "元"
        case .tenThousandYuan: "万元"
        case .hundredMillionYuan: "亿元"
        }
    }

    public var englishLabel: String {
        switch self {
        case .yuan: "yuan"
        case .tenThousandYuan: "10k yuan"
        case .hundredMillionYuan: "100m yuan"
        }
    }

    /// The scale a unit label names: `元`, `万元`, `亿元` (full-width and spaced forms too).
    public init?(label: String) {
        switch TextNormalization.removingSpaces(TextNormalization.halfWidth(label)) {
        case "元", "人民币元": self = .yuan
        case "万元", "人民币万元": self = .tenThousandYuan
        case "亿元": self = .hundredMillionYuan
        default: return nil
        }
    }

    /// The decimals tables conventionally print in this unit: 元 and 万元 tables carry 2.
    public var conventionalDecimals: Int { 2 }
}

/// A table's unit and the number of decimals it prints.
public struct DisplayPrecision: Sendable, Hashable, Codable {
    public var scale: MoneyScale
    public var decimals: Int

    public init(scale: MoneyScale, decimals: Int = 2) {
        self.scale = scale
        self.decimals = decimals
    }

    public static let tenThousandYuan = DisplayPrecision(scale: .tenThousandYuan, decimals: 2)
    public static let yuan = DisplayPrecision(scale: .yuan, decimals: 2)
}
