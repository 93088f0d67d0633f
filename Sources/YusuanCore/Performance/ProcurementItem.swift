/// A row of a 项目政府采购表: something the project buys through government procurement.
public struct ProcurementItem: Sendable, Hashable, Codable {
    /// 采购项目名称, or `合计`.
    public var name: String
    /// 政府采购目录 (the catalogue item).
    public var catalogue: String?
    /// 政府采购方式 (公开招标, 竞争性磋商 …).
    public var method: String?
    /// 计量单位.
    public var unit: MeasureUnit?
    /// 数量.
    public var quantity: DecimalNumber?
    /// 需求时间, as printed.
    public var requiredBy: String?
    /// 金额.
    public var amount: Money?

    public init(name: String, catalogue: String? = nil, method: String? = nil, unit: MeasureUnit? = nil,
                quantity: DecimalNumber? = nil, requiredBy: String? = nil, amount: Money? = nil) {
        self.name = name
        self.catalogue = catalogue
        self.method = method
        self.unit = unit
        self.quantity = quantity
        self.requiredBy = requiredBy
        self.amount = amount
    }

    /// Whether this is the table's 合计 row.
    public var isTotal: Bool { ["合计", "总计"].contains(TextNormalization.removingSpaces(name)) }
}
