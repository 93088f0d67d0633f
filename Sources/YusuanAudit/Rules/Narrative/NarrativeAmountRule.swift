import YusuanCore
import YusuanDocuments

/// An amount the narrative states about a row the tables print — a fund source, a 功能分类
/// 类/款/项 — is the table's figure. Only rows the subject names without guessing, and
/// only tables of the money the section is about (a 一般公共预算 section is checked against
/// the 一般公共预算 tables).
public struct NarrativeAmountRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "narrative.amount", severity: .error,
        title: .init(zh: "说明中的金额与表格一致", en: "every amount the narrative states matches the tables"),
        reason: .init(zh: "情况说明是对公开表格的解释；与表格不一致的金额使读者无法判断哪个数字正确。",
                      en: "The narrative explains the published tables; an amount that disagrees with them leaves readers unable to tell which figure is right."),
        source: RuleSource.budgetLawArticle14)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let document = context.document
        return NarrativeItems.build(document.statements).compactMap { item in
            guard let amount = item.amount, let figure = amount.figure,
                  let subject = StatementSubject.rowSubject(of: item.subject, in: document, catalogues: context.catalogues)
            else { return nil }
            let cells = Self.cells(for: subject, money: SectionMoney(section: item.section), in: document)
            guard let first = cells.first, !cells.contains(where: { $0.figure.isConsistent(with: figure) }) else { return nil }
            let printed = cells.map { "\(context.tableName($0.table)) \($0.figure.text)" }
            let where_ = FindingLocation(document, table: first.table, row: document.tables[first.table].rows[first.row])
            return context.finding(
                self, at: item.location(of: amount), expected: "\(first.figure.text) \(first.figure.scale.label)", found: amount.text,
                message: .init(zh: "说明中“\(item.subject)”为 \(amount.text)，表中为 \(printed.joined(separator: "、"))",
                               en: "The narrative says \(item.subject) is \(amount.text); the tables print \(printed.joined(separator: ", "))"),
                related: [where_])
        }
    }

    struct TableFigure {
        var table: Int
        var row: Int
        var figure: PublishedFigure
    }

    /// What money a section of the narrative is about.
    enum SectionMoney: Equatable {
        /// All of the agency's money (收支总体, 收入, 支出).
        case all
        /// Money from these sources (`一般公共预算当年拨款情况说明`).
        case sources(Set<FundSource>)
        /// One kind of spending (基本支出, 项目支出, 三公经费): its 功能分类 rows are not the
        /// tables' rows, so they are not matched.
        case kindOfSpending

        init(section: String?) {
            guard let section else { self = .all; return }
            if section.includes("基本支出") || section.includes("项目支出") || section.includes("三公") {
                self = .kindOfSpending
            } else if section.includes("一般公共预算") {
                self = .sources([.generalPublicBudget])
            } else if section.includes("政府性基金") {
                self = .sources([.governmentFund])
            } else if section.includes("国有资本") {
                self = .sources([.stateCapitalOperation])
            } else if section.includes("财政拨款") {
                self = .sources(FundSource.fiscalAppropriation)
            } else {
                self = .all
            }
        }

        /// Whether a table of this scope prints this money.
        func matches(_ scope: TableScope) -> Bool {
            switch self {
            case .all: scope.base.sources == nil && scope.base.kinds == nil
            case .sources(let sources): scope.base.sources == sources && scope.base.kinds == nil
            case .kindOfSpending: false
            }
        }
    }

    /// The figures printed for a row subject, in each grid table's total column: for a
    /// source, in any table; for a 功能分类 row, in the tables of the section's money; in a
    /// section about one kind of spending, none.
    static func cells(for subject: RowSubject, money: SectionMoney, in document: Document) -> [TableFigure] {
        var figures: [TableFigure] = []
        // Columns inferred from layout text are too uncertain to contradict the text with
        // (an amount drawn as two runs reads as `1,043`): only tables read as grids count.
        // A section about one kind of spending speaks of its own money: `项目支出…一般公共预算
        // 拨款 23.50 万元` is not the revenue row.
        guard money != .kindOfSpending else { return [] }
        for (index, table) in document.tables.enumerated() where table.layout == .grid {
            for (rowIndex, row) in table.rows.enumerated() where row.subject == subject {
                if case .function = subject {
                    guard let scope = TableScope.of(table.kind, side: row.side), money.matches(scope) else { continue }
                }
                let total = row.cells.first { cell in
                    let column = table.columns[cell.column]
                    return (column.side == nil || column.side == row.side)
                        && (column.meaning?.rawValue == "total" || column.meaning?.rawValue == "amount") && cell.amount != nil
                }
                if let figure = total?.amount { figures.append(TableFigure(table: index, row: rowIndex, figure: figure)) }
            }
        }
        return figures
    }
}
