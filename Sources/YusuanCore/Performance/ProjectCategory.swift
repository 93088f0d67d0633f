/// 项目分类: the kind of project a budget library files it under. 人员类, 运转类 and
/// 特定目标类 are the national scheme (预算管理一体化规范); 专项业务类 and 事业发展类 are
/// the older provincial one (Yunnan's forms print 事业发展类).
public enum ProjectCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 人员类项目
    case personnel
    /// 运转类项目 (公用经费 and 其他运转类)
    case operation
    /// 特定目标类项目
    case specificPurpose
    /// 专项业务类项目
    case specialBusiness
    /// 事业发展类项目
    case development

    public var chineseName: String {
        switch self {
        case .personnel: "人员类"
        case .operation: "运转类"
        case .specificPurpose: "特定目标类"
        case .specialBusiness: "专项业务类"
        case .development: "事业发展类"
        }
    }

    /// Recognises a printed 项目分类: `事业发展类`, `特定目标类项目`, `其他运转类`, `公用经费`.
    public init?(text: String) {
        let key = PerformanceText.key(text)
        if key.includes("人员") {
            self = .personnel
        } else if key.includes("运转") || key.includes("公用经费") {
            self = .operation
        } else if key.includes("特定目标") {
            self = .specificPurpose
        } else if key.includes("专项业务") {
            self = .specialBusiness
        } else if key.includes("事业发展") {
            self = .development
        } else {
            return nil
        }
    }
}
