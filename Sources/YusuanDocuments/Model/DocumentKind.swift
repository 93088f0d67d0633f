/// What kind of document a file is. The raw values are the stable names of the JSON format.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 部门预算公开 (or 单位预算).
    case budgetDisclosure
    /// 部门决算公开.
    case finalAccountsDisclosure
    /// 项目支出预算申报: 项目基本信息表, 绩效目标表, 编审表.
    case projectApplication
    /// 绩效目标表 on its own (项目支出 or 部门整体).
    case performanceTargets
    /// 绩效自评表 (项目 or 部门整体).
    case selfEvaluation
    /// 绩效评价报告.
    case evaluation
    case unknown

    public var chineseName: String {
        switch self {
        case .budgetDisclosure: "部门预算公开"
        case .finalAccountsDisclosure: "部门决算公开"
        case .projectApplication: "项目支出预算申报"
        case .performanceTargets: "绩效目标表"
        case .selfEvaluation: "绩效自评表"
        case .evaluation: "绩效评价"
        case .unknown: "未识别"
        }
    }
}
