/// A total an 编审表 states (`本表得分`, `基建项目补充表得分`, `总分`), as printed.
public struct ReviewTotal: Sendable, Hashable, Codable {
    public var label: String
    public var kind: Kind?
    /// The 部门自评 column.
    public var selfScore: DecimalNumber?
    /// The 财政评审 column.
    public var bureauScore: DecimalNumber?

    public init(label: String, selfScore: DecimalNumber? = nil, bureauScore: DecimalNumber? = nil) {
        self.label = label
        self.kind = Kind(label: label)
        self.selfScore = selfScore
        self.bureauScore = bureauScore
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 本表得分: this sheet's criteria.
        case sheet
        /// 基建项目补充表得分: the 基本建设 supplement's.
        case capitalConstructionSupplement
        /// 总分.
        case overall

        /// Recognises `本表得分`, `基建项目补充表得分`, `补充表得分`, `总分`, `合计得分`.
        public init?(label: String) {
            let key = PerformanceText.key(label)
            if key.includes("补充") || key.includes("基建") || key.includes("基本建设") {
                self = .capitalConstructionSupplement
            } else if key.includes("本表") {
                self = .sheet
            } else if key.includes("总分") || key.includes("总得分") || key.includes("合计") {
                self = .overall
            } else {
                return nil
            }
        }
    }
}
