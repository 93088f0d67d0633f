import YusuanCore

/// Meanings of columns that name or describe a row, and of the columns of performance
/// tables (绩效自评表, 绩效目标表). Amount columns of disclosure tables are defined in
/// `YusuanCore` beside the selectors they add up.
extension ColumnMeaning {
    /// 序号 / 行次.
    public static let sequence = ColumnMeaning("sequence")
    /// 部门名称 / 单位名称.
    public static let agencyName = ColumnMeaning("agencyName")
    /// One part of a code split into 类/款/项 columns: `functionCode.category`, …
    public static func codePart(_ base: ColumnMeaning, _ level: CodeLevel) -> ColumnMeaning {
        ColumnMeaning("\(base.rawValue).\(level.rawValue)")
    }
    /// 机关运行经费 (printed beside the "三公" figures in some provinces).
    public static let agencyOperatingCost = ColumnMeaning("agencyOperatingCost")

    // 绩效自评表
    /// Budget of a project by source: `budget.total`, `budget.generalPublic`, `budget.governmentFund`,
    /// `budget.fiscal`, `budget.nonFiscal`.
    public static func budget(_ part: String) -> ColumnMeaning { ColumnMeaning("budget.\(part)") }
    /// Actual spending by source: `actual.total`, `actual.generalPublic`, …
    public static func actual(_ part: String) -> ColumnMeaning { ColumnMeaning("actual.\(part)") }
    public static let executionRate = ColumnMeaning("executionRate")
    /// 年初绩效目标 / 绩效目标整体完成情况.
    public static let goalTarget = ColumnMeaning("goal.target")
    public static let goalActual = ColumnMeaning("goal.actual")
    /// An indicator category's target or outcome: `indicator.quantity.target`, `indicator.quantity.actual`.
    public static func indicator(_ category: String, _ part: String) -> ColumnMeaning {
        ColumnMeaning("indicator.\(category).\(part)")
    }
    public static let problems = ColumnMeaning("problems")
    public static let rectification = ColumnMeaning("rectification")

    // 绩效目标表 as a grid.
    public static let indicatorTier = ColumnMeaning("indicator.tier")
    public static let indicatorCategory = ColumnMeaning("indicator.category")
    public static let indicatorName = ColumnMeaning("indicator.name")
    public static let indicatorComparator = ColumnMeaning("indicator.comparator")
    public static let indicatorValue = ColumnMeaning("indicator.value")
    public static let indicatorUnit = ColumnMeaning("indicator.unit")
    public static let indicatorBasis = ColumnMeaning("indicator.basis")
    public static let weight = ColumnMeaning("weight")
    public static let score = ColumnMeaning("score")
    public static let comment = ColumnMeaning("comment")

    /// Whether the column holds money.
    public var holdsAmounts: Bool {
        selector != nil || threePublicItem != nil || self == .agencyOperatingCost
            || rawValue.hasPrefix("budget.") || rawValue.hasPrefix("actual.")
    }

    /// Whether the column names the row (code, name, agency, project, 序号).
    public var namesRow: Bool {
        rawValue.hasPrefix("functionCode") || rawValue.hasPrefix("economicCode") || rawValue.hasPrefix("agencyCode")
            || [.name, .item, .agencyName, .projectName, .sequence].contains(self)
    }
}
