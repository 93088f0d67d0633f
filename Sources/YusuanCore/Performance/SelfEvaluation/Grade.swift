/// 等级 of a self-evaluation or an evaluation: 优 / 良 / 中 / 差.
///
/// Bands of 财预〔2020〕10号 (`SelfEvaluationRule.source`): 90（含）-100 优, 80（含）-90 良,
/// 60（含）-80 中, below 60 差.
public enum Grade: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case excellent
    case good
    case fair
    case poor

    /// The grade a total earns. Give it the total as printed (2 decimals), so that a total
    /// shown as 90.00 is never graded 良.
    public init(score: DecimalNumber) {
        if score >= DecimalNumber(90) {
            self = .excellent
        } else if score >= DecimalNumber(80) {
            self = .good
        } else if score >= DecimalNumber(60) {
            self = .fair
        } else {
            self = .poor
        }
    }

    /// Reads `优`, `良`, `中`, `差` (and `优秀`, `良好`, `合格`, `不合格`/`较差`).
    public init?(text: String) {
        let key = TextNormalization.removingSpaces(text)
        switch key {
        case "优", "优秀", "A": self = .excellent
        case "良", "良好", "B": self = .good
        case "中", "合格", "一般", "C": self = .fair
        case "差", "较差", "不合格", "D": self = .poor
        default: return nil
        }
    }

    public var chineseName: String {
        switch self {
        case .excellent: "优"
        case .good: "良"
        case .fair: "中"
        case .poor: "差"
        }
    }

    public var englishName: String {
        switch self {
        case .excellent: "excellent"
        case .good: "good"
        case .fair: "fair"
        case .poor: "poor"
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}
