import YusuanCore

/// Last year's figure for something the narrative compares, and why it changed.
public struct PriorEntry: Sendable, Codable, Hashable {
    public var key: PriorKey
    public var amount: Money
    /// 主要原因, as the unit writes it.
    public var reason: String?

    public init(_ key: PriorKey, _ amount: Money, reason: String? = nil) {
        self.key = key
        self.amount = amount
        self.reason = reason
    }
}

/// What a prior-year figure is of: `revenue.total`, `revenue.generalPublicBudget`,
/// `expenditure.basic`, `generalPublic.2120101`, `threePublic.reception`,
/// `agencyOperatingCost`, `procurement.total`, `assets.total`. The raw value is what the
/// JSON and the workbook's 上年对比 sheet hold.
public struct PriorKey: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (lhs: PriorKey, rhs: PriorKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let revenueTotal = PriorKey("revenue.total")
    public static func revenue(_ source: FundSource) -> PriorKey { PriorKey("revenue.\(source.rawValue)") }
    public static let expenditureTotal = PriorKey("expenditure.total")
    public static let expenditureBasic = PriorKey("expenditure.basic")
    public static let expenditureProject = PriorKey("expenditure.project")
    public static let generalPublicTotal = PriorKey("generalPublic.total")
    public static let generalPublicBasic = PriorKey("generalPublic.basic")
    public static let generalPublicProject = PriorKey("generalPublic.project")
    /// General public budget spending on one 功能分类 项.
    public static func generalPublic(_ code: FunctionCode) -> PriorKey { PriorKey("generalPublic.\(code.digits)") }
    public static func threePublic(_ item: ThreePublicItem) -> PriorKey { PriorKey("threePublic.\(item.rawValue)") }
    public static let agencyOperatingCost = PriorKey("agencyOperatingCost")
    public static let procurementTotal = PriorKey("procurement.total")
    public static let assetsTotal = PriorKey("assets.total")

    /// The keys a template lists, in order: every fixed one (项 keys depend on the lines).
    public static let fixed: [PriorKey] = [.revenueTotal] + FundSource.allCases.map(revenue) + [
        .expenditureTotal, .expenditureBasic, .expenditureProject,
        .generalPublicTotal, .generalPublicBasic, .generalPublicProject,
        .agencyOperatingCost, .procurementTotal, .assetsTotal,
    ]

    /// The 一般公共预算 money the narrative's 一般公共预算拨款 section talks about: the same
    /// money as the 一般公共预算支出表, carry-over included, so the two cannot disagree.
    static let generalPublic = FactSelector(uses: [.expenditure], sources: [.generalPublicBudget])

    /// The budget lines the key's figure adds up; nil for figures that are not sums of lines.
    public var measure: Measure? {
        let parts = rawValue.split(separator: ".", maxSplits: 1).map(String.init)
        let rest = parts.count == 2 ? parts[1] : ""
        switch parts[0] {
        case "revenue":
            if rest == "total" { return .lines(.all) }
            guard let source = FundSource(rawValue: rest) else { return nil }
            return .lines(FactSelector(sources: [source], origins: [.currentYear]))
        case "expenditure":
            switch rest {
            case "total": return .lines(.expenditure)
            case "basic": return .lines(FactSelector(uses: [.expenditure], kinds: ExpenditureKind.basic))
            case "project": return .lines(FactSelector(uses: [.expenditure], kinds: [.project]))
            default: return nil
            }
        case "generalPublic":
            switch rest {
            case "total": return .lines(Self.generalPublic)
            case "basic": return .lines(Self.generalPublic.narrowed(by: FactSelector(kinds: ExpenditureKind.basic)))
            case "project": return .lines(Self.generalPublic.narrowed(by: FactSelector(kinds: [.project])))
            default:
                guard let code = FunctionCode(rest) else { return nil }
                return .lines(Self.generalPublic.narrowed(by: FactSelector(function: code.digits)))
            }
        case "threePublic": return ThreePublicItem(rawValue: rest).map(Measure.threePublic)
        case "agencyOperatingCost": return .agencyOperatingCost
        default: return nil
        }
    }

    /// Whether the key names something this input can have: a measure, or a figure the
    /// narrative computes from other parts of the input.
    public var isKnown: Bool { measure != nil || self == .procurementTotal || self == .assetsTotal }

    /// What the figure is, as a person reads it in the template.
    public var label: String {
        let parts = rawValue.split(separator: ".", maxSplits: 1).map(String.init)
        let rest = parts.count == 2 ? parts[1] : ""
        switch parts[0] {
        case "revenue": return rest == "total" ? "收入预算总额" : "本年收入：\(FundSource(rawValue: rest)?.chineseName ?? rest)"
        case "expenditure": return ["total": "支出预算总额", "basic": "基本支出", "project": "项目支出"][rest] ?? rawValue
        case "generalPublic":
            return ["total": "一般公共预算拨款支出合计", "basic": "一般公共预算基本支出", "project": "一般公共预算项目支出"][rest]
                ?? "一般公共预算支出：功能分类 \(rest)"
        case "threePublic": return "“三公”经费：\(ThreePublicItem(rawValue: rest)?.chineseName ?? rest)"
        case "agencyOperatingCost": return "机关运行经费"
        case "procurement": return "政府采购预算总额"
        case "assets": return "国有资产价值合计"
        default: return rawValue
        }
    }
}
