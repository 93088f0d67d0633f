import YusuanCore

/// Which printed figures are wrong, when identities fail: the smallest sets of cells whose
/// correction makes every identity of the graph hold again. One misprinted cell breaks
/// every identity it is in — its row's total, its column's total, the same figure in
/// another table — and the pair findings of each say only "these two disagree"; the cell
/// they share is the culprit, and the identities that still hold around it say what it
/// should be.
///
/// Each identity is a linear equation over cells (a sum: parent − Σ children = 0; an
/// equality: a − b = 0), each cell a value within its printed interval. Freeing a set of
/// cells (letting them take any value) explains the failures when every identity with
/// no freed cell holds, and every freed cell can take one value that satisfies all the
/// identities in which it is the only freed cell. Identities are checked one by one, as the
/// rules check them; an identity with two freed cells constrains neither.
struct Culprits {
    /// One way to explain a group of failing identities: the cells to correct, each with
    /// the range the other figures leave for it (nil when nothing pins it down).
    struct Explanation: Hashable {
        var cells: [AuditCell]
        var values: [Interval?]
        /// What each cell comes to from the other figures at face value, within its range:
        /// the figure a reviewer expects to see (`0.00`, not the middle of the range the
        /// rounding of twenty rows allows).
        var faceValues: [DecimalNumber?]
    }

    /// A group of failing identities that share cells, and its minimal explanations.
    struct Diagnosis {
        /// Every cell of the failing identities.
        var cells: Set<CellID>
        /// The failing identities.
        var failing: [Equation]
        /// The minimal explanations, smallest first; empty when none of up to
        /// `maximumCulprits` cells explains the group.
        var explanations: [Explanation]
        /// How many identities hold around each culprit and agree on its value.
        var support: [CellID: Int]
    }

    /// Where a cell is: table, row, column.
    struct CellID: Hashable, Comparable {
        var table: Int
        var row: Int
        var column: Int

        init(_ cell: AuditCell) {
            table = cell.table
            row = cell.row
            column = cell.column
        }

        static func < (a: CellID, b: CellID) -> Bool { (a.table, a.row, a.column) < (b.table, b.row, b.column) }
    }

    /// An identity as an equation: Σ sign × value = 0.
    struct Equation {
        var terms: [(cell: AuditCell, sign: Int)]
        var holds: Bool
    }

    /// More than this many wrong cells in one group is not a misprint but a misreading or
    /// a different table; the rules' own findings stand.
    static let maximumCulprits = 3
    /// Explanations listed for an ambiguous group.
    static let maximumExplanations = 6

    let equations: [Equation]
    private let byCell: [CellID: [Int]]

    /// The identities of the graph, leaving out those that touch `excludedTables` (tables
    /// the layout gate set aside).
    init(_ graph: CellGraph, excludedTables: Set<Int> = []) {
        var equations: [Equation] = []
        for sum in graph.sums {
            equations.append(Equation(terms: [(sum.parent, 1)] + sum.children.map { ($0, -1) }, holds: sum.holds))
        }
        for pair in graph.equalities {
            equations.append(Equation(terms: [(pair.first, 1), (pair.second, -1)], holds: pair.holds))
        }
        equations = equations.filter { equation in !equation.terms.contains { excludedTables.contains($0.cell.table) } }
        var byCell: [CellID: [Int]] = [:]
        for (index, equation) in equations.enumerated() {
            for term in equation.terms { byCell[CellID(term.cell), default: []].append(index) }
        }
        self.equations = equations
        self.byCell = byCell
    }

    /// Every group of failing identities with its explanations.
    func diagnoses() -> [Diagnosis] {
        groups().map(diagnose)
    }

    /// Failing identities joined when they share a cell, or when an identity that holds
    /// joins their cells (a row's 合计 = 基本 + 项目 ties an error in the 合计 column to one
    /// in the 基本 column: both must be corrected together).
    private func groups() -> [[Int]] {
        let failing = equations.indices.filter { !equations[$0].holds }
        var parent = Dictionary(uniqueKeysWithValues: failing.map { ($0, $0) })
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index]! != index { index = parent[index]! }
            return index
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // The failing identities each cell is in.
        var failingOf: [CellID: Int] = [:]
        for index in failing {
            for term in equations[index].terms {
                let id = CellID(term.cell)
                if let other = failingOf[id] { join(other, index) } else { failingOf[id] = index }
            }
        }
        for equation in equations where equation.holds {
            let linked = equation.terms.compactMap { failingOf[CellID($0.cell)] }
            for other in linked.dropFirst() { join(linked[0], other) }
        }
        return Dictionary(grouping: failing, by: root).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private func diagnose(_ failing: [Int]) -> Diagnosis {
        let cells = Set(failing.flatMap { equations[$0].terms.map { CellID($0.cell) } })
        var found: [[AuditCell]] = []
        for size in 1...Self.maximumCulprits {
            var seen: Set<[CellID]> = []
            search(failing, chosen: [], size: size, found: &found, seen: &seen)
            if !found.isEmpty { break }
        }
        let explanations = found.map { set in
            let ranges = values(freeing: set) ?? set.map { _ in nil }
            return Explanation(cells: set, values: ranges, faceValues: faceValues(freeing: set, within: ranges))
        }
            .sorted { $0.cells.map(CellID.init).lexicographicallyPrecedes($1.cells.map(CellID.init)) }
        var support: [CellID: Int] = [:]
        for explanation in explanations {
            for cell in explanation.cells {
                support[CellID(cell)] = (byCell[CellID(cell)] ?? []).count
            }
        }
        return Diagnosis(cells: cells, failing: failing.map { equations[$0] }, explanations: explanations, support: support)
    }

    /// Sets of `size` cells that hit every failing identity and explain them: each set is
    /// built by choosing a cell of the first failing identity not yet hit.
    private func search(_ failing: [Int], chosen: [AuditCell], size: Int, found: inout [[AuditCell]], seen: inout Set<[CellID]>) {
        if found.count > Self.maximumExplanations { return }
        let chosenIDs = Set(chosen.map(CellID.init))
        guard let open = failing.first(where: { index in !equations[index].terms.contains { chosenIDs.contains(CellID($0.cell)) } }) else {
            let key = chosenIDs.sorted()
            if seen.insert(key).inserted, values(freeing: chosen) != nil { found.append(chosen.sorted { CellID($0) < CellID($1) }) }
            return
        }
        guard chosen.count < size else { return }
        for term in equations[open].terms where !chosenIDs.contains(CellID(term.cell)) {
            search(failing, chosen: chosen + [term.cell], size: size, found: &found, seen: &seen)
        }
    }

    /// Whether one figure, corrected, makes every failing identity of `table` hold: the mark
    /// of a misprint, where a misreading breaks identities no single correction mends.
    func oneFigureExplains(table: Int) -> Bool {
        let failing = equations.filter { !$0.holds && $0.terms.contains { $0.cell.table == table } }
        guard let first = failing.first else { return true }
        return first.terms.contains { term in
            let id = CellID(term.cell)
            return failing.allSatisfy { $0.terms.contains { CellID($0.cell) == id } } && values(freeing: [term.cell]) != nil
        }
    }

    /// The value each freed cell takes from an identity in which it is the only freed cell,
    /// with every other figure at face value, brought within its range.
    func faceValues(freeing cells: [AuditCell], within ranges: [Interval?]) -> [DecimalNumber?] {
        let free = Set(cells.map(CellID.init))
        return zip(cells, ranges).map { cell, range in
            guard let range else { return nil }
            // The identity with the fewest terms: the least rounding between its figures.
            let single = (byCell[CellID(cell)] ?? []).map { equations[$0] }
                .filter { equation in equation.terms.filter { free.contains(CellID($0.cell)) }.count == 1 }
            if let equation = single.min(by: { $0.terms.count < $1.terms.count }),
               let own = equation.terms.first(where: { CellID($0.cell) == CellID(cell) }) {
                let others = equation.terms.filter { CellID($0.cell) != CellID(cell) }
                    .map { $0.sign > 0 ? ($0.cell.figure?.yuan ?? .zero) : .zero - ($0.cell.figure?.yuan ?? .zero) }.sum()
                let value = own.sign > 0 ? .zero - others : others
                // Rounded rows need not add up at face value: the nearest value in range.
                return Swift.min(Swift.max(value, range.lower), range.upper)
            }
            return nil
        }
    }

    /// The range each freed cell can take, or nil when freeing them does not make every
    /// identity hold.
    func values(freeing cells: [AuditCell]) -> [Interval?]? {
        let free = Set(cells.map(CellID.init))
        let touched = Set(cells.flatMap { byCell[CellID($0)] ?? [] })
        // Identities that touch no freed cell must hold already: only failing ones can break,
        // and every failing one of the group is hit by construction; a failing identity of
        // another group is not this group's concern.
        var ranges: [CellID: Interval] = [:]
        for index in touched {
            let equation = equations[index]
            let freed = equation.terms.filter { free.contains(CellID($0.cell)) }
            guard freed.count == 1, let only = freed.first else { continue }
            // sign × x = −Σ others  ⇒  x = −sign × Σ (sign_o × I_o)
            let others = equation.terms.filter { CellID($0.cell) != CellID(only.cell) }
                .map { $0.sign > 0 ? $0.cell.interval : -$0.cell.interval }.sum()
            let allowed = only.sign > 0 ? -others : others
            let id = CellID(only.cell)
            guard let both = ranges[id].map({ $0.intersection(allowed) }) ?? allowed else { return nil }
            ranges[id] = both
        }
        // Amounts of money printed as positive are not negative: a correction to −1.00 is no
        // correction (it would make every zero row of a total a suspect).
        for cell in cells where cell.figure.map({ $0.value.signum >= 0 }) ?? true {
            let id = CellID(cell)
            guard let range = ranges[id] else { continue }
            guard let clamped = range.intersection(Interval(lower: .zero, upper: Swift.max(range.upper, .zero))) else { return nil }
            ranges[id] = clamped
        }
        return cells.map { ranges[CellID($0)] }
    }
}

extension Interval {
    /// The values in both, or nil when they do not meet.
    func intersection(_ other: Interval) -> Interval? {
        guard isConsistent(with: other) else { return nil }
        return Interval(lower: Swift.max(lower, other.lower), upper: Swift.min(upper, other.upper))
    }
}
