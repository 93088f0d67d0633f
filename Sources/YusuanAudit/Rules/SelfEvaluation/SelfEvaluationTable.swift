import YusuanCore
import YusuanDocuments

/// A 绩效自评表 as the selfeval.* rules read it. The reader has given every column its
/// meaning (`budget.total`, `actual.generalPublic`, `executionRate`) and every row its
/// role and agency group; this reads a row's money and names rows and columns for messages.
struct SelfEvaluationTable {
    let index: Int
    let table: Table

    /// The project 绩效自评表 of a document (a row per project, as seed 002), in document
    /// order. A 部门整体绩效自评表 lists funding sources and indicators, not projects: its
    /// 小计 rows are no agency groups, and these rules do not read it.
    static func all(in document: Document) -> [SelfEvaluationTable] {
        document.tables.enumerated().compactMap { index, table in
            table.kind == .selfEvaluation && table.columns.contains { $0.meaning?.rawValue == "projectName" }
                ? SelfEvaluationTable(index: index, table: table) : nil
        }
    }

    /// The money columns: the budget and actual spending, in total and by source.
    var moneyColumns: [Column] {
        table.columns.filter { column in
            guard let meaning = column.meaning?.rawValue else { return false }
            return meaning.hasPrefix("budget.") || meaning.hasPrefix("actual.")
        }
    }

    func column(_ meaning: ColumnMeaning) -> Column? { table.column(meaning) }

    func cell(_ row: Row, _ column: Column) -> Cell? { row.cells.first { $0.column == column.index } }

    /// What a row prints in a money column.
    func amount(_ row: Row, _ column: Column) -> PrintedAmount {
        guard let cell = cell(row, column), !cell.isBlank else { return .blank }
        return cell.amount.map(PrintedAmount.figure) ?? .words(cell.text)
    }

    /// The unit the table's figures print in.
    var scale: MoneyScale { table.moneyScale ?? .yuan }

    /// Where a row, or one of its cells, is.
    func location(_ document: Document, _ row: Row, _ column: Column? = nil) -> FindingLocation {
        FindingLocation(document, table: index, row: row, column: column, cell: column.flatMap { cell(row, $0) })
    }

    /// A row as a reader finds it: `办公楼修缮（深圳市龙岗区财政局(本级)，序号 1）`. Project names
    /// repeat from one agency to the next (其他一般管理事务), so details carry their group.
    static func name(of row: Row) -> String {
        let label = row.label.isEmpty ? "（无名称）" : row.label
        guard row.role == .detail else { return label }
        let place = [row.agency, row.sequence.map { "序号 \($0)" }].compactMap { $0 }
        return place.isEmpty ? label : "\(label)（\(place.joined(separator: "，"))）"
    }

    /// A money column by what it holds, not by its last header cell, which reads the same
    /// for the budget and for actual spending (`一般公共预算`).
    static func name(of column: Column) -> (zh: String, en: String) {
        guard let meaning = column.meaning?.rawValue, let dot = meaning.firstIndex(of: ".") else {
            let header = column.header.map(TextNormalization.removingSpaces).joined(separator: "/")
            return (header, header)
        }
        let (whatZh, whatEn) = meaning[..<dot] == "budget" ? ("预算", "budget") : ("实际支出", "actual spending")
        let part = String(meaning[meaning.index(after: dot)...])
        let parts: [String: (String, String)] = [
            "generalPublic": ("一般公共预算", "general public budget"), "governmentFund": ("政府性基金", "government funds"),
            "nonFiscal": ("非财政资金", "non-fiscal funds"), "fiscal": ("财政拨款", "fiscal appropriation"),
            "other": ("其他资金", "other funds"),
        ]
        if part == "total" { return ("\(whatZh)合计", "\(whatEn) total") }
        let (partZh, partEn) = parts[part] ?? (column.header.last.map(TextNormalization.removingSpaces) ?? part, part)
        return ("\(whatZh)（\(partZh)）", "\(whatEn) (\(partEn))")
    }
}

/// What a cell of a money column prints.
enum PrintedAmount {
    case figure(PublishedFigure)
    /// Nothing or a dash: in a sum, zero.
    case blank
    /// Words where a figure belongs: they say nothing about sums.
    case words(String)

    /// The range, in 元, the cell stands for; nil for words.
    var interval: Interval? {
        switch self {
        case .figure(let figure): figure.interval
        case .blank: .zero
        case .words: nil
        }
    }

    /// The amount at face value, in 元; nil for words.
    var yuan: DecimalNumber? {
        switch self {
        case .figure(let figure): figure.yuan
        case .blank: .zero
        case .words: nil
        }
    }

    var figure: PublishedFigure? {
        if case .figure(let figure) = self { return figure }
        return nil
    }

    /// What the cell shows, for messages.
    var shown: String {
        switch self {
        case .figure(let figure): figure.text
        case .blank: "（空）"
        case .words(let text): text
        }
    }

    /// Whether it prints zero, or nothing.
    var isZero: Bool {
        switch self {
        case .figure(let figure): figure.value.isZero
        case .blank: true
        case .words: false
        }
    }
}
