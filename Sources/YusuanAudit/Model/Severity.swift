/// How much a finding matters. Raw values are the stable JSON names.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Figures that cannot all be true: the document is wrong.
    case error
    /// Something a reviewer should look at: a name that differs from the catalogue, a gap.
    case warning
    /// For information: a code the catalogues cannot verify, a table set aside as unreadable.
    case info

    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
