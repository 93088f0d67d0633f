/// How far a qualitative (定性) indicator was reached, in the three bands of 财预〔2020〕10号
/// (`SelfEvaluationRule.source`): 达成年度指标 100–80%（含）, 部分达成并具有一定效果
/// 80–60%（含）, 未达成且效果较差 below 60% of the indicator's points.
public enum Attainment: String, Sendable, Hashable, Codable, CaseIterable {
    /// 达成年度指标.
    case achieved
    /// 部分达成年度指标并具有一定效果.
    case partlyAchieved
    /// 未达成年度指标且效果较差.
    case notAchieved

    /// The share of the points (in %) the band allows: `lower...upper`, the lower end of
    /// 达成 and 部分达成 included, the upper end of 部分达成 and 未达成 excluded.
    public var band: (lower: DecimalNumber, upper: DecimalNumber, upperIncluded: Bool) {
        switch self {
        case .achieved: (80, 100, true)
        case .partlyAchieved: (60, 80, false)
        case .notAchieved: (0, 60, false)
        }
    }

    /// The share (in %) when the evaluator names the band but no figure within it. Yusuan
    /// credits what the band guarantees — 60% for 部分达成, 0 for 未达成 — except that a
    /// target reached (达成) earns its full points, as a met quantitative target does.
    public var defaultRate: DecimalNumber {
        switch self {
        case .achieved: 100
        case .partlyAchieved: 60
        case .notAchieved: 0
        }
    }

    /// Whether a share (in %) lies within the band.
    public func admits(_ rate: DecimalNumber) -> Bool {
        let band = band
        return rate >= band.lower && (band.upperIncluded ? rate <= band.upper : rate < band.upper)
    }

    /// Reads `达成`, `部分达成`, `未达成` (and `已完成`, `基本达成`, `未完成`).
    public init?(text: String) {
        let key = TextNormalization.removingSpaces(text)
        if key.hasPrefix("未达成") || key.hasPrefix("未完成") || key == "notAchieved" {
            self = .notAchieved
        } else if key.hasPrefix("部分") || key.hasPrefix("基本") || key == "partlyAchieved" {
            self = .partlyAchieved
        } else if key.hasPrefix("达成") || key.hasPrefix("已达成") || key.hasPrefix("已完成") || key == "achieved" {
            self = .achieved
        } else {
            return nil
        }
    }

    public var chineseName: String {
        switch self {
        case .achieved: "达成"
        case .partlyAchieved: "部分达成"
        case .notAchieved: "未达成"
        }
    }
}
