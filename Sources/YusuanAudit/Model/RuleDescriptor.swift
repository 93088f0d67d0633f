import YusuanCore

/// What a rule is: its stable id, how severe its findings are, what it checks and why,
/// and the regulation or reference it rests on.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// Stable id (`table.subtotal`, `narrative.share`): findings and rule packs refer to it.
    public var id: String
    public var severity: Severity
    /// What it checks, in a short line.
    public var title: BilingualMessage
    /// Why it exists.
    public var reason: BilingualMessage
    /// Where the requirement comes from, when a regulation or reference says so.
    public var source: String?

    public init(id: String, severity: Severity, title: BilingualMessage, reason: BilingualMessage, source: String? = nil) {
        self.id = id
        self.severity = severity
        self.title = title
        self.reason = reason
        self.source = source
    }
}

/// The regulations rules cite.
public enum RuleSource {
    /// 《中华人民共和国预算法》第十四条: 部门预算、决算及报表 are published, with the 机关运行经费
    /// and other important matters explained.
    public static let budgetLawArticle14 = "《中华人民共和国预算法》第十四条"
    /// 《地方预决算公开操作规程》(财预〔2016〕143号): what a 部门预决算公开 contains.
    public static let disclosureRules = "《地方预决算公开操作规程》（财预〔2016〕143号）"
    /// 《项目支出绩效评价管理办法》(财预〔2020〕10号).
    public static let performanceEvaluation = "《项目支出绩效评价管理办法》（财预〔2020〕10号）"
    /// The classification catalogue of the document's year.
    public static let classification = "财政部《政府收支分类科目》（当年版本）"
    /// 《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》(财预〔2021〕101号).
    public static let indicatorGuide = "《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）"
}
