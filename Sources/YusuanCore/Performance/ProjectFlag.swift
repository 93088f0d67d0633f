/// A yes/no question a project form asks (`是否重大项目`, `钱物是否直接补助到人`), with the
/// answer printed, if any. Forms differ in which questions they ask, so every printed one is
/// kept by its label; `kind` names the ones Yusuan knows.
public struct ProjectFlag: Sendable, Hashable, Codable {
    /// The question as printed.
    public var label: String
    /// The question, when recognised.
    public var kind: Kind?
    /// 是 → true, 否 → false, nil when left blank.
    public var value: Bool?

    public init(label: String, value: Bool?) {
        self.label = label
        self.kind = Kind(label: label)
        self.value = value
    }

    /// Reads an answer cell: `是`/`Y`/`√` → true, `否`/`N`/`×` → false, anything else nil.
    public static func answer(_ text: String) -> Bool? {
        switch PerformanceText.key(text).lowercased() {
        case "是", "y", "yes", "√", "✓", "有", "true": true
        case "否", "n", "no", "×", "✗", "无", "false": false
        default: nil
        }
    }

    /// The questions Yusuan knows.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 是否重大项目
        case major
        /// 钱物是否直接补助到人
        case paidDirectlyToIndividuals
        /// 是否脱贫攻坚项目
        case povertyAlleviation
        /// 是否使用贫困县整合的涉农资金
        case integratedAgriculturalFunds
        /// 是否特定项目
        case special
        /// 是否政府采购
        case governmentProcurement
        /// 是否政府购买服务
        case governmentPurchasedServices
        /// 是否基本建设项目
        case capitalConstruction
        /// 是否基金项目
        case governmentFund
        /// 是否非税项目
        case nonTaxRevenue

        /// The label the seed form prints.
        public var chineseName: String {
            switch self {
            case .major: "是否重大项目"
            case .paidDirectlyToIndividuals: "钱物是否直接补助到人"
            case .povertyAlleviation: "是否脱贫攻坚项目"
            case .integratedAgriculturalFunds: "是否使用贫困县整合的涉农资金"
            case .special: "是否特定项目"
            case .governmentProcurement: "是否政府采购"
            case .governmentPurchasedServices: "是否政府购买服务"
            case .capitalConstruction: "是否基本建设项目"
            case .governmentFund: "是否基金项目"
            case .nonTaxRevenue: "是否非税项目"
            }
        }

        /// Recognises a question by its keywords, so `是否属于重大项目` reads too.
        public init?(label: String) {
            let key = PerformanceText.key(label)
            // Order matters: 政府购买服务 contains 政府; 贫困县整合的涉农资金 contains 贫困.
            let rules: [(String, Kind)] = [
                ("购买服务", .governmentPurchasedServices), ("政府采购", .governmentProcurement),
                ("涉农资金", .integratedAgriculturalFunds), ("脱贫", .povertyAlleviation), ("扶贫", .povertyAlleviation),
                ("补助到人", .paidDirectlyToIndividuals), ("直接补助", .paidDirectlyToIndividuals),
                ("重大", .major), ("基本建设", .capitalConstruction), ("基建", .capitalConstruction),
                ("基金", .governmentFund), ("非税", .nonTaxRevenue), ("特定", .special),
            ]
            guard let found = rules.first(where: { key.contains($0.0) }) else { return nil }
            self = found.1
        }
    }
}
