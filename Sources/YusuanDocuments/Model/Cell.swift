import YusuanCore

/// One cell of a table as read: the raw text, where it was, and what it says.
public struct Cell: Sendable, Hashable, Codable {
    /// The index of the cell's column in `Table.columns`.
    public var column: Int
    /// The text as printed, with markup (`<b>`, `**`) removed.
    public var text: String
    public var value: CellValue
    public var location: SourceLocation

    public init(column: Int, text: String, value: CellValue, location: SourceLocation) {
        self.column = column
        self.text = text
        self.value = value
        self.location = location
    }

    /// The printed amount, if the cell holds one.
    public var amount: PublishedFigure? {
        if case .amount(let figure) = value { return figure }
        return nil
    }

    public var percentage: PublishedPercentage? {
        if case .percentage(let value) = value { return value }
        return nil
    }

    public var isBlank: Bool { value == .blank }
}

/// What a cell holds.
public enum CellValue: Sendable, Hashable {
    /// Nothing, or a dash.
    case blank
    /// An amount of money in the table's unit.
    case amount(PublishedFigure)
    /// A percentage (`98.96%`).
    case percentage(PublishedPercentage)
    /// A number that is not money (a score, a count, an indicator value).
    case number(DecimalNumber)
    /// Text.
    case text
}

extension CellValue: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value, scale }

    /// `{"kind": "amount", "value": "461.83", "scale": "tenThousandYuan"}`; `value` is
    /// the printed number in its own unit, as a string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .blank:
            try container.encode("blank", forKey: .kind)
        case .amount(let figure):
            try container.encode("amount", forKey: .kind)
            try container.encode(figure.value, forKey: .value)
            try container.encode(figure.scale, forKey: .scale)
        case .percentage(let percentage):
            try container.encode("percentage", forKey: .kind)
            try container.encode(percentage.value, forKey: .value)
        case .number(let number):
            try container.encode("number", forKey: .kind)
            try container.encode(number, forKey: .value)
        case .text:
            try container.encode("text", forKey: .kind)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "blank": self = .blank
        case "amount":
            let value = try container.decode(DecimalNumber.self, forKey: .value)
            self = .amount(PublishedFigure(value, try container.decode(MoneyScale.self, forKey: .scale)))
        case "percentage": self = .percentage(PublishedPercentage(try container.decode(DecimalNumber.self, forKey: .value)))
        case "number": self = .number(try container.decode(DecimalNumber.self, forKey: .value))
        case "text": self = .text
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown cell kind \(other)")
        }
    }
}
