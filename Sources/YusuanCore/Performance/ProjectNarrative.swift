/// A 简述 section of a project form: a question (`项目的可行性论证`) and the applicant's
/// answer in prose.
public struct ProjectNarrative: Sendable, Hashable, Codable {
    /// The group the form prints it under (`项目目标`, `项目计划`, `项目管理`), if any.
    public var group: String?
    /// The question as printed.
    public var title: String
    /// The question, when recognised.
    public var topic: Topic?
    /// The answer, markup removed.
    public var text: String
    /// What the 上传依据 (supporting documents) cell names, if anything.
    public var evidence: [String]

    public init(group: String? = nil, title: String, text: String, evidence: [String] = []) {
        self.group = group
        self.title = title
        self.topic = Topic(title: title)
        self.text = text
        self.evidence = evidence
    }

    /// The questions project forms ask.
    public enum Topic: String, Sendable, Hashable, Codable, CaseIterable {
        /// 项目的法律、法规、政策、会议纪要等依据
        case legalBasis
        /// 项目的可行性论证
        case feasibility
        /// 项目建设内容(目标)
        case content
        /// 项目的受益对象
        case beneficiaries
        /// 项目是否符合各级党委、政府确定的工作目标
        case policyAlignment
        /// 项目前期评估论证
        case appraisal
        /// 项目实施(工作)方案
        case implementationPlan
        /// 项目资金安排是否有明确的标准和依据
        case fundingBasis
        /// 项目组织机构
        case organization
        /// 项目实施主体责任
        case responsibility
        /// 项目节支或增效的改进措施
        case savings
        /// 项目的内控机制
        case internalControl
        /// 项目的财务管理制度
        case financialManagement

        /// The question as seed 000's form prints it, for a form that asks it afresh.
        public var standardTitle: String {
            switch self {
            case .legalBasis: "项目的法律、法规、政策、会议纪要等依据"
            case .feasibility: "项目的可行性论证"
            case .content: "项目建设内容(目标)"
            case .beneficiaries: "项目的受益对象"
            case .policyAlignment: "项目是否符合各级党委、政府确定的工作目标"
            case .appraisal: "项目前期评估论证"
            case .implementationPlan: "项目实施(工作)方案"
            case .fundingBasis: "项目资金安排是否有明确的标准和依据"
            case .organization: "项目组织机构"
            case .responsibility: "项目实施主体责任"
            case .savings: "项目节支或增效的改进措施"
            case .internalControl: "项目的内控机制"
            case .financialManagement: "项目的财务管理制度"
            }
        }

        /// The group the form prints the question under; the 编审表's sections score the same groups.
        public var standardGroup: String {
            switch self {
            case .legalBasis, .feasibility, .content, .beneficiaries, .policyAlignment: "项目目标"
            case .appraisal, .implementationPlan, .fundingBasis: "项目计划"
            case .organization, .responsibility, .savings, .internalControl, .financialManagement: "项目管理"
            }
        }

        /// Recognises a question by its keywords; the order settles overlaps (资金安排…依据
        /// is about funding, 实施主体责任 is not the 实施方案).
        public init?(title: String) {
            let key = PerformanceText.key(title)
            let rules: [([String], Topic)] = [
                (["资金安排", "资金测算", "预算测算"], .fundingBasis),
                (["主体责任", "责任主体"], .responsibility),
                (["组织机构", "组织管理"], .organization),
                (["节支", "增效"], .savings),
                (["内控", "内部控制"], .internalControl),
                (["财务管理"], .financialManagement),
                (["前期评估", "评估论证", "事前评估"], .appraisal),
                (["可行性"], .feasibility),
                (["实施方案", "工作方案", "实施(工作)方案"], .implementationPlan),
                (["受益对象", "受益群体"], .beneficiaries),
                (["工作目标", "党委"], .policyAlignment),
                (["建设内容", "项目内容", "实施内容"], .content),
                (["依据"], .legalBasis),
            ]
            guard let found = rules.first(where: { rule in rule.0.contains { key.contains($0) } }) else { return nil }
            self = found.1
        }
    }
}
