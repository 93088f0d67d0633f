/// The three expenditure classifications budget documents print codes from.
public enum ClassificationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 支出功能分类科目: 2xx 类 / 款 / 项.
    case function
    /// 部门预算支出经济分类科目: 3xx 类 / 款.
    case economicDepartment
    /// 政府预算支出经济分类科目: 5xx 类 / 款.
    case economicGovernment

    public var chineseName: String {
        switch self {
        case .function: "支出功能分类"
        case .economicDepartment: "部门预算支出经济分类"
        case .economicGovernment: "政府预算支出经济分类"
        }
    }

    public var englishName: String {
        switch self {
        case .function: "functional classification"
        case .economicDepartment: "departmental economic classification"
        case .economicGovernment: "government economic classification"
        }
    }

    /// The classification a code's first digit belongs to (2 → function, 3 → departmental
    /// economic, 5 → government economic); nil for anything else.
    public init?(code digits: some StringProtocol) {
        switch digits.first {
        case "2": self = .function
        case "3": self = .economicDepartment
        case "5": self = .economicGovernment
        default: return nil
        }
    }
}
