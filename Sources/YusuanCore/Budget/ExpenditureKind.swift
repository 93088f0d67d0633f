/// What an expenditure is for: 基本支出 (人员经费 / 公用经费), 项目支出, and the three
/// kinds only some units have.
public enum ExpenditureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 基本支出 · 人员经费
    case basicPersonnel
    /// 基本支出 · 公用经费
    case basicOperating
    /// 项目支出
    case project
    /// 事业单位经营支出
    case institutionBusiness
    /// 上缴上级支出
    case remittanceToSuperior
    /// 对附属单位补助支出
    case subsidyToSubordinates

    public var chineseName: String {
        switch self {
        case .basicPersonnel: "人员经费"
        case .basicOperating: "公用经费"
        case .project: "项目支出"
        case .institutionBusiness: "事业单位经营支出"
        case .remittanceToSuperior: "上缴上级支出"
        case .subsidyToSubordinates: "对附属单位补助支出"
        }
    }

    /// 基本支出 = 人员经费 + 公用经费.
    public static let basic: Set<ExpenditureKind> = [.basicPersonnel, .basicOperating]

    public var isBasic: Bool { Self.basic.contains(self) }
}
