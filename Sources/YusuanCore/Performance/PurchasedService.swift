/// A row of a 项目政府购买服务表: a service the project buys from a provider.
public struct PurchasedService: Sendable, Hashable, Codable {
    /// 政府购买服务目录, or `合计`.
    public var catalogue: String
    /// 购买方式.
    public var purchaseMethod: String?
    /// 政府采购方式.
    public var procurementMethod: String?
    /// 金额.
    public var amount: Money?
    /// 购买内容简述.
    public var summary: String?

    public init(catalogue: String, purchaseMethod: String? = nil, procurementMethod: String? = nil,
                amount: Money? = nil, summary: String? = nil) {
        self.catalogue = catalogue
        self.purchaseMethod = purchaseMethod
        self.procurementMethod = procurementMethod
        self.amount = amount
        self.summary = summary
    }

    /// Whether this is the table's 合计 row.
    public var isTotal: Bool { ["合计", "总计"].contains(TextNormalization.removingSpaces(catalogue)) }
}
