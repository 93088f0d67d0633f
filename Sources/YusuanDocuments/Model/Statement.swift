import YusuanCore

/// A quantified statement of the narrative (情况说明): `一般公共预算 251.53 万元`,
/// `占 54.00%`, `比上年预算增加 5.44 万元`, `增长 2.21%`, `实有人数 24 人`.
public struct Statement: Sendable, Hashable, Codable {
    public var kind: StatementKind
    /// What the number is about, as the text names it (`一般公共预算`, `基本支出`,
    /// `社会保障和就业支出（类）`), with decoration such as `其中：` removed.
    public var subject: String
    /// The number as printed, in its own unit (`251.53`, `54.00`, `24`).
    public var value: DecimalNumber
    /// The printed text of the number with its unit (`251.53 万元`, `54.00%`).
    public var text: String
    /// The unit printed after the number: `万元`, `元`, `%`, `人`, `辆`, `年` …
    public var unit: String?
    /// For an amount, its money reading; for changes, the amount of the change.
    public var figure: PublishedFigure?
    /// For shares and rates of change.
    public var percentage: PublishedPercentage?
    /// For changes: which way (`增加`/`增长` up, `减少`/`下降` down, `持平`/`无变化` none).
    public var direction: ChangeDirection?
    /// For changes: what it is compared with, as printed (`上年预算`, `上年`, `2025年预算`).
    public var basis: String?
    /// The whole clause the statement was read from.
    public var sentence: String
    /// The heading of the section the statement sits in.
    public var section: String?
    public var location: SourceLocation

    public init(kind: StatementKind, subject: String, value: DecimalNumber, text: String, unit: String? = nil,
                figure: PublishedFigure? = nil, percentage: PublishedPercentage? = nil,
                direction: ChangeDirection? = nil, basis: String? = nil, sentence: String,
                section: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.subject = subject
        self.value = value
        self.text = text
        self.unit = unit
        self.figure = figure
        self.percentage = percentage
        self.direction = direction
        self.basis = basis
        self.sentence = sentence
        self.section = section
        self.location = location
    }
}

/// What a narrative number says. Raw values are stable JSON names.
public enum StatementKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An amount of money (`251.53 万元`).
    case amount
    /// A share of a whole (`占 54.00%`).
    case share
    /// A change in money against a basis (`比上年预算增加 5.44 万元`).
    case change
    /// A rate of change (`增长 2.21%`, `下降 1.37%`).
    case changeRate
    /// A count of something (`实有人数 24 人`, `车辆 2 辆`, `4 个处室`).
    case count
    /// A physical or other quantity with a unit that is not money (`房屋 0 平方米`).
    case quantity
    /// A year the text mentions (`2021 年`).
    case year
    /// An agency name the text mentions.
    case agencyName
}

/// The direction of a year-over-year change.
public enum ChangeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case increase
    case decrease
    case unchanged
}
