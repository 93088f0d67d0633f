/// Which budget lines a figure adds up. A nil constraint means "any".
///
/// Every cell of every disclosure table is one selector: its row narrows some
/// dimensions (a 功能分类 类, a fund source, an agency), its column others (基本支出, 一般
/// 公共预算). Two cells with the same selector must show the same amount, and a cell
/// whose selector splits into others must equal their sum: that is where the identities
/// between tables come from.
public struct FactSelector: Sendable, Hashable, Codable {
    public var uses: Set<LineUse>?
    /// A 功能分类 code; lines under it match.
    public var function: String?
    /// A 经济分类 code; lines under it match (lines without one do not).
    public var economic: String?
    public var kinds: Set<ExpenditureKind>?
    public var sources: Set<FundSource>?
    public var origins: Set<FundOrigin>?
    /// Agency codes; nil matches every agency.
    public var agencies: Set<String>?
    public var project: String?

    public init(uses: Set<LineUse>? = nil, function: String? = nil, economic: String? = nil,
                kinds: Set<ExpenditureKind>? = nil, sources: Set<FundSource>? = nil,
                origins: Set<FundOrigin>? = nil, agencies: Set<String>? = nil, project: String? = nil) {
        self.uses = uses
        self.function = function
        self.economic = economic
        self.kinds = kinds
        self.sources = sources
        self.origins = origins
        self.agencies = agencies
        self.project = project
    }

    /// Every line.
    public static let all = FactSelector()
    /// Every line spent this year.
    public static let expenditure = FactSelector(uses: [.expenditure])
    /// Every year-end balance.
    public static let yearEndBalance = FactSelector(uses: [.yearEndBalance])

    public func matches(_ line: BudgetLine) -> Bool {
        if let uses, !uses.contains(line.use) { return false }
        if let function, !line.function.digits.hasPrefix(function) { return false }
        if let economic, !(line.economic?.digits.hasPrefix(economic) ?? false) { return false }
        if let kinds, !(line.kind.map(kinds.contains) ?? false) { return false }
        if let sources, !sources.contains(line.source) { return false }
        if let origins, !origins.contains(line.origin) { return false }
        if let agencies, !agencies.contains(line.agency ?? "") { return false }
        if let project, line.project != project { return false }
        return true
    }

    /// The lines both selectors match, as one selector; nil when no line can match both.
    public func intersection(_ other: FactSelector) -> FactSelector? {
        func sets<T>(_ a: Set<T>?, _ b: Set<T>?) -> Set<T>?? {
            guard let a, let b else { return .some(a ?? b) }
            let both = a.intersection(b)
            return both.isEmpty ? nil : .some(both)
        }
        func prefixes(_ a: String?, _ b: String?) -> String?? {
            guard let a, let b else { return .some(a ?? b) }
            if a.hasPrefix(b) { return .some(a) }
            if b.hasPrefix(a) { return .some(b) }
            return nil
        }
        func equal(_ a: String?, _ b: String?) -> String?? {
            guard let a, let b else { return .some(a ?? b) }
            return a == b ? .some(a) : nil
        }
        guard let uses = sets(uses, other.uses), let function = prefixes(function, other.function),
              let economic = prefixes(economic, other.economic), let kinds = sets(kinds, other.kinds),
              let sources = sets(sources, other.sources), let origins = sets(origins, other.origins),
              let agencies = sets(agencies, other.agencies), let project = equal(project, other.project)
        else { return nil }
        return FactSelector(uses: uses, function: function, economic: economic, kinds: kinds, sources: sources,
                            origins: origins, agencies: agencies, project: project)
    }

    /// Narrowed by `other`; an empty intersection is kept as a selector that matches nothing.
    public func narrowed(by other: FactSelector) -> FactSelector {
        intersection(other) ?? FactSelector(uses: [])
    }
}
