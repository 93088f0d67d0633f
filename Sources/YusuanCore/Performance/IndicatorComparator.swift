/// 指标性质: how a result is compared with an indicator's target value.
///
/// The glossary calls this `Comparator`; Foundation exports a `Comparator` type of its own,
/// so the top-level name is `IndicatorComparator` and `Indicator.Comparator` is the alias.
public enum IndicatorComparator: String, Sendable, Hashable, Codable, CaseIterable {
    /// `=`
    case equal = "="
    /// `≥`
    case atLeast = "≥"
    /// `≤`
    case atMost = "≤"
    /// `>`
    case greaterThan = ">"
    /// `<`
    case lessThan = "<"
    /// 定性: graded, not measured.
    case qualitative = "定性"

    /// The symbol (or, for a qualitative indicator, the word) forms print.
    public var symbol: String { rawValue }

    public var chineseName: String {
        switch self {
        case .equal: "等于"
        case .atLeast: "大于等于"
        case .atMost: "小于等于"
        case .greaterThan: "大于"
        case .lessThan: "小于"
        case .qualitative: "定性"
        }
    }

    /// Whether a lower result is the better one (≤, <): scoring runs in reverse for these.
    public var isUpperBound: Bool { self == .atMost || self == .lessThan }

    /// Whether the indicator is measured against a number.
    public var isQuantitative: Bool { self != .qualitative }

    /// Reads the forms printed in an 指标性质 cell: `=`, `>=`, `≥`, `＞`, `<=`, `≤`, `大于等于`,
    /// `不低于`, `不少于`, `不高于`, `不超过`, `等于`, `定性` …
    public init?(text: String) {
        let key = PerformanceText.key(text)
        guard !key.isEmpty, let found = Self.forms[key] else { return nil }
        self = found
    }

    /// The comparator printed at the start of a value (`≥90%`, `不低于 95`), and the rest.
    public static func split(prefixOf text: String) -> (comparator: IndicatorComparator, rest: String)? {
        let key = TextNormalization.trimmed(TextNormalization.halfWidth(text))
        // Longest form first, so `>=` is not read as `>`.
        for form in formsByLength where key.hasPrefix(form) {
            return (forms[form]!, TextNormalization.trimmed(key.dropFirst(form.count)))
        }
        return nil
    }

    private static let forms: [String: IndicatorComparator] = [
        "=": .equal, "==": .equal, "等于": .equal, "＝": .equal,
        ">=": .atLeast, "≥": .atLeast, "≧": .atLeast, "=>": .atLeast, "大于等于": .atLeast, "大于或等于": .atLeast,
        "不低于": .atLeast, "不少于": .atLeast, "不小于": .atLeast, "至少": .atLeast, "≥=": .atLeast,
        "<=": .atMost, "≤": .atMost, "≦": .atMost, "=<": .atMost, "小于等于": .atMost, "小于或等于": .atMost,
        "不高于": .atMost, "不超过": .atMost, "不多于": .atMost, "不大于": .atMost, "至多": .atMost,
        ">": .greaterThan, "大于": .greaterThan, "高于": .greaterThan, "超过": .greaterThan, "多于": .greaterThan,
        "<": .lessThan, "小于": .lessThan, "低于": .lessThan, "少于": .lessThan,
        "定性": .qualitative, "定性指标": .qualitative,
    ]

    private static let formsByLength: [String] = forms.keys.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
}
