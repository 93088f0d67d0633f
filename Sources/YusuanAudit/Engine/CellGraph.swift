import YusuanCore
import YusuanDocuments

/// One figure of a table placed in the identity graph: where it is, what it prints, and
/// what it adds up.
public struct AuditCell: Sendable, Hashable {
    public let table: Int
    public let row: Int
    public let column: Int
    public let side: TableSide?
    public let key: CellKey
    /// The printed figure; nil for a blank cell, which prints nothing and means zero.
    public let figure: PublishedFigure?

    /// The range, in 元, of what the cell can stand for.
    public var interval: Interval { figure?.interval ?? .zero }

    /// What the cell shows, for messages (`461.83`, or `空` for a blank).
    public var shown: String { figure?.text ?? "（空）" }
}

/// What a cell adds up: budget lines, or a "三公" figure of a year.
public enum CellKey: Sendable, Hashable {
    case lines(FactSelector)
    case threePublic(ThreePublicItem, year: Int?)
}

/// The figures of a document's tables as cells of the identity graph. Each cell's key is
/// its table's scope narrowed by its row and its column — the definition the views of
/// budget facts use — so cells with the same key must agree, and a cell whose key splits
/// into others' must be their sum.
public struct CellGraph: Sendable {
    public let cells: [AuditCell]
    /// Every sum the tables' structure implies (see `Identities.swift`).
    public private(set) var sums: [SumIdentity] = []
    /// Every pair of figures that add up the same lines.
    public private(set) var equalities: [EqualityIdentity] = []
    /// Where the document carries money over from last year: the tables that print no
    /// split of it, by whether they are one budget's spending (一般公共预算支出表 and kin).
    /// Provinces differ on whether such a table counts the carried-over money (Zhejiang's
    /// 一般公共预算支出表 does, Guangdong's reports this year's and its tables by fund source
    /// count both), so figures of the two families are not compared.
    let unsplitOrigins: [Int: Bool]

    public init(document: Document) {
        let facts = Self.agencyFacts(of: document)
        var cells: [AuditCell] = []
        let balance = Self.hasBalance(document)
        for (index, table) in document.tables.enumerated() {
            cells += Self.cells(of: table, at: index, facts: facts, fiscalYear: table.fiscalYear ?? document.fiscalYear,
                                documentHasBalance: balance)
        }
        self.cells = cells
        unsplitOrigins = Self.hasCarryover(document) ? Self.unsplitOrigins(document) : [:]
        sums = findSums()
        equalities = findEqualities()
    }

    /// Whether any table prints money carried over from last year other than zero.
    static func hasCarryover(_ document: Document) -> Bool {
        document.tables.contains { table in
            let columns = Set(table.columns.filter { $0.meaning?.rawValue.hasPrefix("carryover") ?? false }.map(\.index))
            return table.rows.contains { row in
                let carried: Bool = {
                    if row.subject == .carryover { return true }
                    if case .carriedOver = row.subject { return true }
                    return false
                }()
                return row.cells.contains { cell in (carried || columns.contains(cell.column)) && !(cell.amount?.value.isZero ?? true) }
            }
        }
    }

    static let oneBudgetSpending: Set<TableKind> = [
        .generalPublicExpenditure, .generalPublicBasicExpenditure, .generalPublicEconomicExpenditure,
        .generalPublicProjectExpenditure, .governmentFundExpenditure, .stateCapitalExpenditure,
    ]

    /// The tables that print no 上年结转 row or column, each with whether it is one budget's
    /// spending.
    static func unsplitOrigins(_ document: Document) -> [Int: Bool] {
        var result: [Int: Bool] = [:]
        for (index, table) in document.tables.enumerated() {
            let splits = table.rows.contains { row in
                if row.subject == .carryover || row.subject == .currentYearTotal { return true }
                if case .carriedOver = row.subject { return true }
                return false
            } || table.columns.contains { ($0.meaning?.rawValue.hasPrefix("carryover") ?? false) || ($0.meaning?.rawValue.hasPrefix("currentYear") ?? false) }
            if !splits { result[index] = oneBudgetSpending.contains(table.kind) }
        }
        return result
    }

    /// The cells of one table, in row order.
    public func cells(ofTable table: Int) -> [AuditCell] { cells.filter { $0.table == table } }

    /// Whether any table prints a year-end balance other than zero. Without one, spending
    /// is all the money, and a 收支总表 that prints `年终结转结余 0.00` says the same of its
    /// 类 rows as a 支出总表 that prints no balance row at all.
    static func hasBalance(_ document: Document) -> Bool {
        document.tables.contains { table in
            table.rows.contains { row in row.subject == .yearEndBalance && row.cells.contains { !($0.amount?.value.isZero ?? true) } }
        }
    }

    private static func cells(of table: Table, at index: Int, facts: BudgetFacts, fiscalYear: Int?,
                              documentHasBalance: Bool) -> [AuditCell] {
        if table.kind == .threePublicExpenses { return threePublicCells(of: table, at: index, fiscalYear: fiscalYear) }
        guard TableScope.of(table.kind) != nil else { return [] }
        let subjects = table.rows.compactMap(\.subject)
        let meanings = table.columns.compactMap(\.meaning)
        // A dimension the table never prints is not part of its figures: a table without
        // a 上年结转 row or column has no carry-over, one without 年终结转结余 no balance.
        let printsOrigins = subjects.contains { [.carryover, .currentYearTotal].contains($0) || { if case .carriedOver = $0 { true } else { false } }($0) }
            || meanings.contains { $0.rawValue.hasPrefix("carryover.") || $0.rawValue.hasPrefix("currentYear.") }
        // Spending excludes a year-end balance only where the document has one; without
        // one, spending is all the money and every table's figures compare as such.
        let printsBalance = documentHasBalance
        var result: [AuditCell] = []
        var block: FactSelector?
        // Rows under an agency's row belong to it, where a table lists several agencies;
        // under the document's one agency they are simply the document's.
        let agencyRows = table.rows.filter { if case .agency = $0.subject { true } else { false } }
        let byFunction = table.rows.contains { $0.code != nil } && agencyRows.count > 1
        // Projects under units named without codes belong to their unit, as 类 rows under
        // coded ones do.
        let byProject = agencyRows.count > 1 && agencyRows.contains { $0.code == nil }
        let keys = agencyKeys(table)
        for (rowIndex, row) in table.rows.enumerated() {
            guard var subject = row.subject else { continue }
            // A zero balance the document does not count: its row adds nothing.
            if subject == .yearEndBalance, !printsBalance { continue }
            if case .agency(_, let name) = subject, let key = keys[rowIndex] { subject = .agency(code: key, name: name) }
            switch subject {
            case .agency(let code, _): block = byFunction || byProject ? FactSelector(agencies: facts.agencyCodes(under: code)) : nil
            case .grandTotal, .currentYearTotal: block = nil
            default: break
            }
            let scope = TableScope.of(table.kind, side: row.side)!
            guard var rowSelector = subject.selector(in: facts, flow: scope.flow) else { continue }
            if let block, case .function = subject { rowSelector = rowSelector.narrowed(by: block) }
            if let block, case .economic = subject { rowSelector = rowSelector.narrowed(by: block) }
            if let block, case .project = subject { rowSelector = rowSelector.narrowed(by: block) }
            // `其中：…` rows print a part, not a partition: they take part in no sum.
            if row.label.hasPrefix("其中") { continue }
            for column in table.columns where row.side == nil || column.side == row.side {
                guard let columnSelector = column.meaning?.selector else { continue }
                var selector = rowSelector.narrowed(by: columnSelector).narrowed(by: scope.base)
                if !printsOrigins { selector.origins = nil }
                if !printsBalance { selector.uses = nil }
                guard !selector.isEmpty else { continue }
                let cell = row.cells.first { $0.column == column.index }
                // A cell that prints words where a figure belongs says nothing about sums.
                if let cell, cell.amount == nil, !cell.isBlank { continue }
                result.append(AuditCell(table: index, row: rowIndex, column: column.index, side: row.side,
                                        key: .lines(selector), figure: cell?.amount))
            }
        }
        return result
    }

    /// Marks a key made of names, apart from any code.
    static let namePrefix = "名:"

    /// Keys for the agency rows of a table that lists several agencies by name without
    /// codes: the names of the agency and of the agencies it is under (a unit's 本级 row
    /// under its unit), so that same-named rows of different units stay apart. A table
    /// naming one agency only speaks of the document's.
    static func agencyKeys(_ table: Table) -> [Int: String] {
        let uncoded = table.rows.indices.filter { index in
            if case .agency(let code, _) = table.rows[index].subject { return code.isEmpty }
            return false
        }
        guard uncoded.count > 1 else { return [:] }
        var keys: [Int: String] = [:]
        for index in uncoded {
            var path = [table.rows[index].label]
            var at = index
            // Up through the agency rows above that this one's agency names.
            while let parent = table.rows[at].agency,
                  let above = table.rows[..<at].lastIndex(where: { row in
                      if case .agency = row.subject { return row.label == parent }
                      return false
                  }) {
                path.insert(parent, at: 0)
                at = above
            }
            keys[index] = namePrefix + path.joined(separator: "/")
        }
        return keys
    }

    private static func threePublicCells(of table: Table, at index: Int, fiscalYear: Int?) -> [AuditCell] {
        var result: [AuditCell] = []
        for (rowIndex, row) in table.rows.enumerated() {
            guard case .year(let year) = row.subject else { continue }
            for column in table.columns {
                guard let item = column.meaning?.threePublicItem else { continue }
                let cell = row.cells.first { $0.column == column.index }
                if let cell, cell.amount == nil, !cell.isBlank { continue }
                result.append(AuditCell(table: index, row: rowIndex, column: column.index, side: nil,
                                        key: .threePublic(item, year: year == fiscalYear ? nil : year), figure: cell?.amount))
            }
        }
        return result
    }

    /// The agencies the tables name, as facts: a unit belongs to the department whose code
    /// its own code extends (222006 under 222); rows without a code are the document's own.
    static func agencyFacts(of document: Document) -> BudgetFacts {
        var codes = Set<String>()
        for table in document.tables {
            let keys = agencyKeys(table)
            for (index, row) in table.rows.enumerated() {
                if case .agency(let code, _) = row.subject, !code.isEmpty || keys[index] != nil { codes.insert(keys[index] ?? code) }
            }
        }
        let agencies = codes.sorted().map { code in
            // A unit known by name is under the unit whose names its own path extends.
            let parent = code.hasPrefix(namePrefix)
                ? codes.filter { code.hasPrefix($0 + "/") }.max { $0.count < $1.count }
                : codes.filter { !$0.hasPrefix(namePrefix) && code.hasPrefix($0) && $0 != code }.max { $0.count < $1.count }
            return Agency(code: code, name: code, parentCode: parent)
        }
        return BudgetFacts(agency: Agency(code: "", name: document.agency ?? ""), subordinates: agencies,
                           fiscalYear: document.fiscalYear ?? 0)
    }
}
