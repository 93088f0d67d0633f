import YusuanCore

/// The dimensions a fact selector constrains. A sum holds where cells differ in exactly
/// one of them: a 类 row and its 款 rows (function), 合计 and 基本支出 + 项目支出 (kinds),
/// 收入总计 and the rows by source (sources).
public enum SelectorDimension: String, Sendable, CaseIterable {
    case function, economic, kinds, sources, origins, uses, agencies, project
}

extension FactSelector {
    /// The selector with one dimension left free.
    func erasing(_ dimension: SelectorDimension) -> FactSelector {
        var copy = self
        switch dimension {
        case .function: copy.function = nil
        case .economic: copy.economic = nil
        case .kinds: copy.kinds = nil
        case .sources: copy.sources = nil
        case .origins: copy.origins = nil
        case .uses: copy.uses = nil
        case .agencies: copy.agencies = nil
        case .project: copy.project = nil
        }
        return copy
    }

    /// Whether this selector matches no line at all (a column that cannot apply).
    var isEmpty: Bool {
        uses?.isEmpty == true || kinds?.isEmpty == true || sources?.isEmpty == true || origins?.isEmpty == true
            || agencies?.isEmpty == true
    }

    /// Whether, in `dimension`, this selector covers strictly less than `parent`.
    func refines(_ parent: FactSelector, in dimension: SelectorDimension) -> Bool {
        func prefix(_ child: String?, _ parent: String?) -> Bool {
            guard let child else { return false }
            guard let parent else { return true }
            return child != parent && child.hasPrefix(parent)
        }
        func subset<T>(_ child: Set<T>?, _ parent: Set<T>?) -> Bool {
            guard let child else { return false }
            guard let parent else { return true }
            return child.isStrictSubset(of: parent)
        }
        switch dimension {
        case .function: return prefix(function, parent.function)
        case .economic: return prefix(economic, parent.economic)
        case .kinds: return subset(kinds, parent.kinds)
        case .sources: return subset(sources, parent.sources)
        case .origins: return subset(origins, parent.origins)
        case .uses: return subset(uses, parent.uses)
        case .agencies: return subset(agencies, parent.agencies)
        case .project: return project != nil && parent.project == nil
        }
    }

    /// Whether two selectors share no line in `dimension`.
    func isDisjoint(from other: FactSelector, in dimension: SelectorDimension) -> Bool {
        func prefixes(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return false }
            return !a.hasPrefix(b) && !b.hasPrefix(a)
        }
        func sets<T>(_ a: Set<T>?, _ b: Set<T>?) -> Bool {
            guard let a, let b else { return false }
            return a.isDisjoint(with: b)
        }
        switch dimension {
        case .function: return prefixes(function, other.function)
        case .economic: return prefixes(economic, other.economic)
        case .kinds: return sets(kinds, other.kinds)
        case .sources: return sets(sources, other.sources)
        case .origins: return sets(origins, other.origins)
        case .uses: return sets(uses, other.uses)
        case .agencies: return sets(agencies, other.agencies)
        case .project: return project != nil && other.project != nil && project != other.project
        }
    }
}
