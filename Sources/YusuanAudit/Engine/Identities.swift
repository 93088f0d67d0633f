import YusuanCore

/// A figure that must equal the sum of others: a 类 and its 款, a 合计 and its rows,
/// 基本支出 and 人员经费 + 公用经费.
public struct SumIdentity: Sendable, Hashable {
    public let parent: AuditCell
    public let children: [AuditCell]
    /// The dimension the children split the parent in.
    public let dimension: SelectorDimension

    /// The range of the children's sum, in 元.
    public var childrenInterval: Interval { children.map(\.interval).sum() }

    /// Whether the printed figures can be true together.
    public var holds: Bool { parent.interval.isConsistent(with: childrenInterval) }

    /// Whether the children sit in the parent's row (a sum across columns).
    public var isAcrossColumns: Bool { children.allSatisfy { $0.row == parent.row && $0.table == parent.table } }
}

/// Two figures that add up the same lines and must agree.
public struct EqualityIdentity: Sendable, Hashable {
    public let first: AuditCell
    public let second: AuditCell

    public var holds: Bool { first.interval.isConsistent(with: second.interval) }
}

extension CellGraph {
    /// Every sum the tables' structure implies. Within a table (and side), a cell is the
    /// sum of the cells that split it in one dimension and are not split further
    /// themselves; rows a table does not print count as zero.
    func findSums() -> [SumIdentity] {
        var identities: [SumIdentity] = []
        let groups = Dictionary(grouping: cells.indices) { Place(cells[$0].table, cells[$0].side) }
        for indices in groups.values {
            // Positions into `cells` and their selectors side by side: the loops below compare
            // selectors by position rather than copying (index, selector) pairs, whose sets
            // and strings each copy retains and releases.
            let members = indices.filter { if case .lines = cells[$0].key { true } else { false } }
            let selectors: [FactSelector] = members.map { index in
                guard case .lines(let selector) = cells[index].key else { preconditionFailure() }
                return selector
            }
            for dimension in SelectorDimension.allCases {
                let buckets = Dictionary(grouping: selectors.indices) { selectors[$0].erasing(dimension) }
                for bucket in buckets.values where bucket.count > 1 {
                    if let code = Self.code(in: dimension) {
                        identities += prefixSums(bucket, members: members, selectors: selectors, dimension: dimension, code: code)
                        continue
                    }
                    for parent in bucket {
                        let candidates = bucket.filter { selectors[$0].refines(selectors[parent], in: dimension) }
                        guard !candidates.isEmpty else { continue }
                        let children = candidates.filter { child in
                            !candidates.contains { selectors[child].refines(selectors[$0], in: dimension) }
                        }
                        guard !children.isEmpty, Self.pairwiseDisjoint(children.map { selectors[$0] }, in: dimension) else { continue }
                        identities.append(SumIdentity(parent: cells[members[parent]], children: children.map { cells[members[$0]] },
                                                      dimension: dimension))
                    }
                }
            }
        }
        return identities.sorted { ($0.parent.table, $0.parent.row, $0.parent.column) < ($1.parent.table, $1.parent.row, $1.parent.column) }
    }

    /// Every pair of figures that add up the same lines: in two tables, on both sides of
    /// one (收入总计 and 支出总计), or twice in one place. Each figure is paired with the
    /// first of its kind in every place, not with every copy.
    func findEqualities() -> [EqualityIdentity] {
        var pairs: [EqualityIdentity] = []
        for group in Dictionary(grouping: cells, by: \.key).values where group.count > 1 {
            var seen: [Place: AuditCell] = [:]
            for cell in group {
                let place = Place(cell.table, cell.side)
                // The same money twice in one place (本年支出合计 and 支出总计 where there is no
                // balance): the second must agree with the first.
                if let first = seen[place] {
                    pairs.append(EqualityIdentity(first: first, second: cell))
                    continue
                }
                if let first = seen.values.filter({ comparable($0.table, cell.table) }).min(by: { ($0.table, $0.row) < ($1.table, $1.row) }) {
                    pairs.append(EqualityIdentity(first: first, second: cell))
                }
                seen[place] = cell
            }
        }
        return pairs.sorted { ($0.second.table, $0.second.row, $0.second.column) < ($1.second.table, $1.second.row, $1.second.column) }
    }

    /// Whether two tables' figures of the same lines must agree: not where one is a
    /// budget's spending and the other is not and neither says whether it counts money
    /// carried over (see `unsplitOrigins`).
    private func comparable(_ a: Int, _ b: Int) -> Bool {
        guard let first = unsplitOrigins[a], let second = unsplitOrigins[b] else { return true }
        return first == second
    }

    /// The code a prefix dimension splits by (function and economic classification).
    private static func code(in dimension: SelectorDimension) -> ((FactSelector) -> String?)? {
        switch dimension {
        case .function: { $0.function }
        case .economic: { $0.economic }
        default: nil
        }
    }

    /// The sums of one bucket split by a code, where a cell's children are the cells whose
    /// longest code in the bucket that is a proper prefix of theirs is the cell's own code
    /// (no code for the bucket's total). The same sums the general search finds, found in
    /// one pass rather than by comparing every cell with every other, which was the audit's
    /// longest step on tables of a few hundred rows.
    private func prefixSums(_ bucket: [Int], members: [Int], selectors: [FactSelector], dimension: SelectorDimension,
                            code: (FactSelector) -> String?) -> [SumIdentity] {
        let codes = bucket.map { code(selectors[$0]) }
        let present = Set(codes.compactMap { $0 })
        // The key of a cell's parent: its longest proper prefix printed in the bucket, or ""
        // for the bucket's total (a cell without a code).
        var childrenOf: [String: [Int]] = [:]
        for (position, value) in codes.enumerated() {
            guard let value else { continue }
            var parent = ""
            var prefix = value
            while !prefix.isEmpty {
                prefix.removeLast()
                if present.contains(prefix) { parent = "=" + prefix; break }
            }
            childrenOf[parent, default: []].append(bucket[position])
        }
        var identities: [SumIdentity] = []
        for (position, parent) in bucket.enumerated() {
            let key = codes[position].map { "=" + $0 } ?? ""
            guard let children = childrenOf[key], !children.isEmpty,
                  Self.pairwiseDisjoint(children.map { selectors[$0] }, in: dimension) else { continue }
            identities.append(SumIdentity(parent: cells[members[parent]], children: children.map { cells[members[$0]] }, dimension: dimension))
        }
        return identities
    }

    private static func pairwiseDisjoint(_ selectors: [FactSelector], in dimension: SelectorDimension) -> Bool {
        for (offset, a) in selectors.enumerated() {
            for b in selectors[(offset + 1)...] where !a.isDisjoint(from: b, in: dimension) { return false }
        }
        return true
    }

    /// A table, or one side of a side-by-side table.
    struct Place: Hashable {
        var table: Int
        var side: TableSide?
        init(_ table: Int, _ side: TableSide?) {
            self.table = table
            self.side = side
        }
    }
}
