import YusuanCore

extension ReviewCriterion {
    /// The criterion as printed, for messages: `(3)项目绩效指标是否量化、可考核`.
    var printedName: String { (code ?? "") + title }
}

extension ReviewSection {
    /// The section as printed, for messages: `二、项目计划`.
    var printedName: String { code.map { "\($0)、\(title)" } ?? title }
}
