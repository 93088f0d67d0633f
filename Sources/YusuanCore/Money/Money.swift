/// An exact amount of money, counted in 分 (hundredths of a 元).
///
/// Budget systems keep amounts in 元 to the 分; a 万元 table shows them rounded. Money
/// itself has no display unit: `displayValue(in:)` applies a table's precision.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in 分.
    public let fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    /// A whole number of 元.
    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    public static let zero = Money(fen: 0)

    /// The exact amount in 元 as a decimal (`1205.56`).
    public var yuan: DecimalNumber { DecimalNumber(units: Int128(fen), scale: 2) }

    /// The amount `value` (in `scale` units) stands for exactly, or nil if it is finer
    /// than 1 分 or too large: `Money(exactly: 461.83, in: .tenThousandYuan)` is 4,618,300 元.
    public init?(exactly value: DecimalNumber, in scale: MoneyScale = .yuan) {
        let inYuan = value * scale.yuanPerUnit
        let inFen = inYuan.shifted(by: 2)
        guard inFen.normalized.scale == 0 else { return nil }
        let units = inFen.normalized.units
        guard units >= Int128(Int64.min) && units <= Int128(Int64.max) else { return nil }
        self.fen = Int64(units)
    }

    /// The amount as a table in `scale` shows it, rounded 四舍五入 to `decimals` digits.
    public func displayValue(in scale: MoneyScale, decimals: Int = 2) -> DecimalNumber {
        guard let value = yuan.divided(by: scale.yuanPerUnit, decimals: decimals, .halfUp) else {
            preconditionFailure("money scale has a non-zero factor")
        }
        return value
    }

    public func displayValue(_ precision: DisplayPrecision) -> DecimalNumber {
        displayValue(in: precision.scale, decimals: precision.decimals)
    }

    /// The amount printed at `precision`: `formatted(.tenThousandYuan, grouping: true)` → `1,205.56`.
    public func formatted(_ precision: DisplayPrecision, grouping: Bool = true) -> String {
        displayValue(precision).formatted(decimals: precision.decimals, grouping: grouping)
    }

    public var isZero: Bool { fen == 0 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
}

extension Money: AdditiveArithmetic {
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static prefix func - (value: Money) -> Money { Money(fen: -value.fen) }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension Money: CustomStringConvertible {
    /// `1205.56元`
    public var description: String { "\(yuan)元" }
}

extension Money: Codable {
    /// Encoded as a string of 元 (`"1205.56"`); decoded from such a string or a whole number.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(DecimalNumber.self)
        guard let money = Money(exactly: value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "金额须精确到分 / amount must be exact to the fen: \(value)")
        }
        self = money
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yuan.description)
    }
}
