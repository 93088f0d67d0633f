import YusuanCore

/// A table as a seed document prints it, transcribed row by row: a row key, then one
/// printed value per column (blank cells print nothing and mean zero).
///
/// Row keys: `total`, `agency` (the disclosing agency) or `agency:CODE`, a 功能分类 or 经济
/// 分类 code, a `FundSource` name, `carriedOver.SOURCE`, `fiscalAppropriation`,
/// `currentYearTotal`, `carryover`, `yearEndBalance`, `year:YYYY`.
public struct PublishedTable: Sendable {
    public var name: String
    public var kind: TableKind
    public var side: TableSide? = nil
    public var scale: MoneyScale = .tenThousandYuan
    /// A narrower scope than the kind's, for tables like 一般公共预算项目支出表.
    public var scope: TableScope? = nil
    public var columns: [ColumnMeaning]
    public var rows: String

    public init(name: String, kind: TableKind, side: TableSide? = nil, scale: MoneyScale = .tenThousandYuan,
                scope: TableScope? = nil, columns: [ColumnMeaning], rows: String) {
        self.name = name
        self.kind = kind
        self.side = side
        self.scale = scale
        self.scope = scope
        self.columns = columns
        self.rows = rows
    }

    /// Each printed cell with the row it belongs to.
    public func cells(in facts: BudgetFacts) -> [(row: RowSubject, key: String, column: ColumnMeaning, printed: DecimalNumber)] {
        rows.split(separator: "\n").flatMap { line -> [(RowSubject, String, ColumnMeaning, DecimalNumber)] in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let key = fields[0]
            let subject = Self.subject(key, in: facts)
            precondition(fields.count - 1 == columns.count, "\(name) \(key): \(fields.count - 1) values for \(columns.count) columns")
            return zip(columns, fields.dropFirst()).map { column, text in
                let value = text.isEmpty ? DecimalNumber(units: 0, scale: 2) : (try! AmountText.parse(text).value!)
                return (subject, key, column, value)
            }
        }
    }

    public static func subject(_ key: String, in facts: BudgetFacts) -> RowSubject {
        switch key {
        case "total": return .grandTotal
        case "agency": return .agency(code: facts.agency.code, name: facts.agency.name)
        case "fiscalAppropriation": return .fiscalAppropriation
        case "currentYearTotal": return .currentYearTotal
        case "carryover": return .carryover
        case "yearEndBalance": return .yearEndBalance
        default: break
        }
        if key.hasPrefix("agency:") {
            let agency = facts.allAgencies.first { $0.code == key.dropFirst(7) }!
            return .agency(code: agency.code, name: agency.name)
        }
        if key.hasPrefix("year:") { return .year(Int(key.dropFirst(5))!) }
        if key.hasPrefix("carriedOver.") { return .carriedOver(FundSource(rawValue: String(key.dropFirst(12)))!) }
        if let source = FundSource(rawValue: key) { return .fundSource(source) }
        if let code = FunctionCode(key) { return .function(code) }
        if let code = EconomicCode(key) { return .economic(code) }
        preconditionFailure("unknown row key \(key)")
    }

    /// Every printed cell the view does not reproduce at the printed precision:
    /// `table row column: printed X, view Y`.
    public func differences(from views: DisclosureViews) -> [String] {
        cells(in: views.facts).compactMap { row, key, column, printed in
            guard let measure = views.measure(kind, side: side, row: row, column: column, scope: scope) else {
                return "\(name) \(key) \(column): no such cell"
            }
            let shown = views.facts.value(of: measure).displayValue(in: scale, decimals: max(printed.scale, 2))
            return shown == printed ? nil : "\(name) \(key) \(column): printed \(printed), view \(shown)"
        }
    }

    /// Where a computed table's rows differ from the printed ones: a printed row the view
    /// lacks, a view row with amounts the document does not print, or a cell that shows
    /// another value. Zero rows only one of them prints are layout, not a difference, and so
    /// are the optional rows in `layoutOnly` (a 本年收入合计 some provinces leave out).
    public func rowDifferences(from view: TableView, facts: BudgetFacts, layoutOnly: Set<RowSubject> = []) -> [String] {
        let printed = Dictionary(grouping: cells(in: facts), by: \.row)
        var differences: [String] = []
        for (subject, cells) in printed {
            guard let row = view.row(subject, side: side) else {
                if cells.contains(where: { !$0.printed.isZero }) { differences.append("\(name) \(cells[0].key): no row") }
                continue
            }
            for cell in cells {
                guard let value = row.cells[cell.column]?.value else { continue }
                let shown = value.displayValue(in: scale, decimals: max(cell.printed.scale, 2))
                if shown != cell.printed { differences.append("\(name) \(cell.key) \(cell.column): printed \(cell.printed), row \(shown)") }
            }
        }
        for row in view.rows where row.side == side && printed[row.subject] == nil && !layoutOnly.contains(row.subject) {
            if row.cells.values.contains(where: { !$0.value.isZero }) { differences.append("\(name) \(row.label): not printed") }
        }
        return differences.sorted()
    }
}
