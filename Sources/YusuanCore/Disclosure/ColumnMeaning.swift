/// What a column holds, whatever its header says: `total`, `basic.personnel`,
/// `source.generalPublicBudget`, `functionCode` … Rules are written against meanings,
/// never against header strings. The raw value is the stable name used in JSON.
public struct ColumnMeaning: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (lhs: ColumnMeaning, rhs: ColumnMeaning) -> Bool { lhs.rawValue < rhs.rawValue }

    // Columns that name the row.
    public static let functionCode = ColumnMeaning("functionCode")
    public static let economicCode = ColumnMeaning("economicCode")
    public static let agencyCode = ColumnMeaning("agencyCode")
    public static let name = ColumnMeaning("name")
    public static let projectName = ColumnMeaning("projectName")
    /// The item of a summary table's side (收入 项目 / 支出 功能分类).
    public static let item = ColumnMeaning("item")

    // Amounts.
    /// The one amount of a summary side (预算数).
    public static let amount = ColumnMeaning("amount")
    /// 合计 across the row's parts.
    public static let total = ColumnMeaning("total")
    public static let basic = ColumnMeaning("basic")
    public static let personnel = ColumnMeaning("personnel")
    public static let operating = ColumnMeaning("operating")
    public static let project = ColumnMeaning("project")
    public static let institutionBusiness = ColumnMeaning("institutionBusiness")
    public static let remittanceToSuperior = ColumnMeaning("remittanceToSuperior")
    public static let subsidyToSubordinates = ColumnMeaning("subsidyToSubordinates")

    /// Money from one source, this year and carried over (`source.generalPublicBudget`).
    public static func source(_ source: FundSource) -> ColumnMeaning { ColumnMeaning("source.\(source.rawValue)") }
    /// 财政拨款 (all three budgets).
    public static let fiscalAppropriation = ColumnMeaning("source.fiscalAppropriation")
    /// 单位资金.
    public static let unitFunds = ColumnMeaning("source.unitFunds")
    /// This year's money only: `currentYear.total`, `currentYear.generalPublicBudget`.
    public static func currentYear(_ source: FundSource?) -> ColumnMeaning {
        ColumnMeaning("currentYear.\(source?.rawValue ?? "total")")
    }
    /// Carried-over money only: `carryover.total`, `carryover.generalPublicBudget`, `carryover.unitFunds`.
    public static func carryover(_ source: FundSource?) -> ColumnMeaning {
        ColumnMeaning("carryover.\(source?.rawValue ?? "total")")
    }
    public static let carryoverUnitFunds = ColumnMeaning("carryover.unitFunds")
    /// Spending of one 经济分类 类 (`economic.302`).
    public static func economicCategory(_ code: String) -> ColumnMeaning { ColumnMeaning("economic.\(code)") }
    /// A "三公"经费 figure (`threePublic.reception`).
    public static func threePublic(_ item: ThreePublicItem) -> ColumnMeaning { ColumnMeaning("threePublic.\(item.rawValue)") }

    /// The lines an amount column adds up, before its row narrows them; nil for columns
    /// that are not sums of budget lines.
    public var selector: FactSelector? {
        switch rawValue {
        case "amount", "total": return .all
        case "basic": return FactSelector(kinds: ExpenditureKind.basic)
        case "personnel": return FactSelector(kinds: [.basicPersonnel])
        case "operating": return FactSelector(kinds: [.basicOperating])
        case "project": return FactSelector(kinds: [.project])
        case "institutionBusiness": return FactSelector(kinds: [.institutionBusiness])
        case "remittanceToSuperior": return FactSelector(kinds: [.remittanceToSuperior])
        case "subsidyToSubordinates": return FactSelector(kinds: [.subsidyToSubordinates])
        default: break
        }
        let parts = rawValue.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let sources: Set<FundSource>? = switch parts[1] {
        case "total": nil
        case "fiscalAppropriation": FundSource.fiscalAppropriation
        case "unitFunds": FundSource.unitFunds
        default: FundSource(rawValue: parts[1]).map { [$0] } ?? []
        }
        switch parts[0] {
        case "source": return FactSelector(sources: sources)
        case "currentYear": return FactSelector(sources: sources, origins: [.currentYear])
        case "carryover": return FactSelector(sources: sources, origins: [.priorYearCarryover])
        case "economic": return FactSelector(economic: parts[1])
        default: return nil
        }
    }

    /// The "三公" figure this column shows, if it is one.
    public var threePublicItem: ThreePublicItem? {
        rawValue.hasPrefix("threePublic.") ? ThreePublicItem(rawValue: String(rawValue.dropFirst(12))) : nil
    }
}
