/// 项目 as a 项目基本信息表 describes it: identity, classification, schedule, money asked
/// for by year and source, who is responsible, and the 简述 answers.
///
/// Every field is optional: forms from other regions and years ask for less or more, and a
/// reader fills what it finds.
public struct Project: Sendable, Hashable, Codable {
    /// 项目名称.
    public var name: String?
    /// 项目主码 (`C205010103016`).
    public var primaryCode: String?
    /// 项目副码.
    public var secondaryCode: String?
    /// 项目分类 as printed (`事业发展类`).
    public var categoryText: String?
    /// 项目分类, when recognised.
    public var category: ProjectCategory? { categoryText.flatMap { ProjectCategory(text: $0) } }
    /// 支出保障分类 (`80602社会管理服务类`).
    public var expenditureGuarantee: String?
    /// 项目级次 (`本级`, `下级`).
    public var level: String?
    /// 项目分配类别 (`项目法`, `因素法`).
    public var allocationMethod: String?
    /// 项目属性 (`一次性项目`, `经常性项目`).
    public var attribute: String?
    /// 项目实施年度.
    public var implementationYear: Int?
    /// 项目实施周期 in years.
    public var periodYears: Int?
    /// 项目开始实施时间, as printed (`2020年1月1日`).
    public var startDate: String?
    /// 项目领域 (`普通项目`).
    public var field: String?
    /// 项目绩效分类 (`099 其他`).
    public var performanceClass: String?
    /// The yes/no questions, in printed order.
    public var flags: [ProjectFlag]
    /// 功能科目.
    public var functionCode: FunctionCode?
    /// The 功能科目 name printed with the code.
    public var functionName: String?
    /// 申请金额: printed amounts by year and source.
    public var funding: [ProjectFunding]
    /// 主管部门.
    public var competentDepartment: String?
    /// 主管部门联系电话.
    public var competentDepartmentPhone: String?
    /// 基层项目单位.
    public var implementingAgency: ImplementingAgency
    /// 填报人员.
    public var filler: String?
    /// The 简述 sections, in printed order.
    public var narratives: [ProjectNarrative]

    public init(name: String? = nil, primaryCode: String? = nil, flags: [ProjectFlag] = [], funding: [ProjectFunding] = [],
                implementingAgency: ImplementingAgency = ImplementingAgency(), narratives: [ProjectNarrative] = []) {
        self.name = name
        self.primaryCode = primaryCode
        self.flags = flags
        self.funding = funding
        self.implementingAgency = implementingAgency
        self.narratives = narratives
    }

    /// The answer to a known question; nil when it is blank or not asked.
    public func flag(_ kind: ProjectFlag.Kind) -> Bool? {
        flags.first { $0.kind == kind }?.value ?? nil
    }

    /// The answer to a question by its printed label.
    public func flag(labelled label: String) -> ProjectFlag? {
        flags.first { $0.label == label }
    }

    /// The first 简述 on a topic.
    public func narrative(_ topic: ProjectNarrative.Topic) -> ProjectNarrative? {
        narratives.first { $0.topic == topic }
    }
}
