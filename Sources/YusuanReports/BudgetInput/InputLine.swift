import YusuanCore

/// One line of 收支明细 as entered. Codes are text here, not yet `FunctionCode`, so that a
/// malformed code is reported at its place instead of failing the whole file.
public struct InputLine: Sendable, Codable, Hashable {
    /// The unit the line belongs to; nil for the disclosing agency.
    public var agency: String?
    public var function: String
    /// The name the unit typed beside the code, checked against the catalogue.
    public var functionName: String?
    public var economic: String?
    public var economicName: String?
    /// Nil only for a year-end balance.
    public var kind: ExpenditureKind?
    public var source: FundSource
    public var origin: FundOrigin
    public var use: LineUse
    public var project: String?
    public var amount: Money

    public init(agency: String? = nil, function: String, functionName: String? = nil, economic: String? = nil,
                economicName: String? = nil, kind: ExpenditureKind?, source: FundSource, origin: FundOrigin = .currentYear,
                use: LineUse = .expenditure, project: String? = nil, amount: Money) {
        self.agency = agency
        self.function = function
        self.functionName = functionName
        self.economic = economic
        self.economicName = economicName
        self.kind = kind
        self.source = source
        self.origin = origin
        self.use = use
        self.project = project
        self.amount = amount
    }

    private enum CodingKeys: String, CodingKey {
        case agency, function, functionName, economic, economicName, kind, source, origin, use, project, amount
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        function = try c.decode(String.self, forKey: .function)
        functionName = try c.decodeIfPresent(String.self, forKey: .functionName)
        economic = try c.decodeIfPresent(String.self, forKey: .economic)
        economicName = try c.decodeIfPresent(String.self, forKey: .economicName)
        kind = try c.decodeIfPresent(ExpenditureKind.self, forKey: .kind)
        source = try c.decode(FundSource.self, forKey: .source)
        origin = try c.decodeIfPresent(FundOrigin.self, forKey: .origin) ?? .currentYear
        use = try c.decodeIfPresent(LineUse.self, forKey: .use) ?? .expenditure
        project = try c.decodeIfPresent(String.self, forKey: .project)
        amount = try c.decode(Money.self, forKey: .amount)
    }
}

/// Revenue from one source as the unit states it; the compiler checks it against the lines.
public struct RevenueEntry: Sendable, Codable, Hashable {
    public var source: FundSource
    public var origin: FundOrigin
    public var amount: Money

    public init(source: FundSource, origin: FundOrigin = .currentYear, amount: Money) {
        self.source = source
        self.origin = origin
        self.amount = amount
    }
}

/// 单位概况: 主要职能 and 机构设置, printed as written.
public struct AgencyProfile: Sendable, Codable, Hashable {
    public var functions: [String]
    public var organisation: [String]

    public init(functions: [String] = [], organisation: [String] = []) {
        self.functions = functions
        self.organisation = organisation
    }
}

/// 政府采购预算 by kind, with the amounts reserved for small enterprises.
public struct Procurement: Sendable, Codable, Hashable {
    public var goods: Money
    public var works: Money
    public var services: Money
    /// 面向中小企业预留
    public var reservedForSmallEnterprises: Money
    /// 其中：面向小微企业预留
    public var reservedForMicroEnterprises: Money

    public init(goods: Money = .zero, works: Money = .zero, services: Money = .zero,
                reservedForSmallEnterprises: Money = .zero, reservedForMicroEnterprises: Money = .zero) {
        self.goods = goods
        self.works = works
        self.services = services
        self.reservedForSmallEnterprises = reservedForSmallEnterprises
        self.reservedForMicroEnterprises = reservedForMicroEnterprises
    }

    public var total: Money { goods + works + services }
}

/// 国有资产占用使用情况: what the unit holds at a date, item by item as it wants them printed.
public struct StateAssets: Sendable, Codable, Hashable {
    /// `2020年底`, `2023年12月31日`.
    public var asOf: String
    public var items: [AssetItem]

    public init(asOf: String, items: [AssetItem] = []) {
        self.asOf = asOf
        self.items = items
    }

    /// Every item's value.
    public var total: Money { items.compactMap(\.value).sum() }
}

/// One holding: `车辆 2 辆，价值 21.72 万元`.
public struct AssetItem: Sendable, Codable, Hashable {
    public var name: String
    public var quantity: DecimalNumber?
    public var unit: String?
    public var value: Money?

    public init(name: String, quantity: DecimalNumber? = nil, unit: String? = nil, value: Money? = nil) {
        self.name = name
        self.quantity = quantity
        self.unit = unit
        self.value = value
    }
}

/// A project with its performance target, for the 项目支出绩效目标表.
public struct ProjectInput: Sendable, Codable, Hashable {
    /// The name the lines' `project` uses.
    public var name: String
    /// 项目总体目标
    public var goal: String?
    public var indicators: [IndicatorInput]

    public init(name: String, goal: String? = nil, indicators: [IndicatorInput] = []) {
        self.name = name
        self.goal = goal
        self.indicators = indicators
    }
}

/// One 三级指标 as entered: tier and category as the form prints them.
public struct IndicatorInput: Sendable, Codable, Hashable {
    public var tier: IndicatorTier
    public var category: IndicatorCategory?
    public var name: String
    public var comparator: IndicatorComparator?
    public var value: String
    public var unit: String?

    public init(tier: IndicatorTier, category: IndicatorCategory? = nil, name: String,
                comparator: IndicatorComparator? = nil, value: String, unit: String? = nil) {
        self.tier = tier
        self.category = category
        self.name = name
        self.comparator = comparator
        self.value = value
        self.unit = unit
    }
}

/// One term of the 名词解释.
public struct GlossaryTerm: Sendable, Codable, Hashable {
    public var term: String
    public var definition: String

    public init(_ term: String, _ definition: String) {
        self.term = term
        self.definition = definition
    }
}
