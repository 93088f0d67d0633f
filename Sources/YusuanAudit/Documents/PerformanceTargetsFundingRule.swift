import YusuanCore
import YusuanDocuments

/// A 部门整体支出绩效目标表 states the money its targets cover — 预算支出总额, 基本支出, 项目支出 —
/// and the disclosure of the same agency and year prints those totals in its 支出总表 and
/// 一般公共预算支出表. The target table may sit in the disclosure or in a document of its own.
public struct PerformanceTargetsFundingRule: DocumentSetRule {
    public static let descriptor = RuleDescriptor(
        id: "documents.performance-targets", severity: .warning,
        title: .init(zh: "绩效目标表的资金与公开的支出总额一致", en: "the funds of a performance target match the disclosure's spending"),
        reason: .init(zh: "部门整体绩效目标覆盖部门全部预算；目标表中的资金总额、基本支出或项目支出与支出表不符，说明目标与预算没有对应。",
                      en: "An agency's overall performance target covers its whole budget; funds in the target table that match no spending total mean the target and the budget do not correspond."),
        source: RuleSource.indicatorGuide)

    public init() {}

    /// The measures a target table states, by column meaning.
    static let measures = ["total", "basic", "project"]

    public func check(_ set: DocumentSet) -> [Finding] {
        set.contexts.flatMap { holder -> [Finding] in
            guard let agency = holder.document.agency, let year = holder.document.fiscalYear else { return [] }
            let disclosures = holder.document.kind == .budgetDisclosure
                ? [holder] : set.documents(agency: agency, year: year, kind: .budgetDisclosure)
            guard let disclosure = disclosures.first else { return [] }
            return holder.document.tables.indices.filter { holder.document.tables[$0].kind == .agencyPerformanceTargets }
                .flatMap { check(table: $0, in: holder, against: disclosure) }
        }
    }

    private func check(table index: Int, in holder: AuditContext, against disclosure: AuditContext) -> [Finding] {
        let table = holder.document.tables[index]
        // The first row that prints money: the table's 资金情况 row.
        guard let rowIndex = table.rows.firstIndex(where: { row in row.cells.contains { $0.amount != nil } }) else { return [] }
        let row = table.rows[rowIndex]
        return Self.measures.compactMap { measure -> Finding? in
            // The first column of the measure: the whole, before a 财政拨款/其他资金 split.
            guard let column = table.columns.first(where: { $0.meaning?.rawValue == measure }),
                  let cell = row.cells.first(where: { $0.column == column.index }), let figure = cell.amount else { return nil }
            let candidates = Self.totals(measure, in: disclosure)
            guard !candidates.isEmpty, !candidates.contains(where: { $0.figure.isConsistent(with: figure) }) else { return nil }
            let printed = candidates.map { "\(disclosure.tableName($0.table)) \($0.figure.text)" }.joined(separator: "、")
            let name = holder.columnName(column)
            let elsewhere = holder.document.file == disclosure.document.file ? "" : "（\(disclosure.document.file)）"
            return holder.finding(
                Self.descriptor, at: FindingLocation(holder.document, table: index, row: row, column: column, cell: cell),
                expected: candidates[0].figure.text, found: figure.text,
                message: .init(zh: "\(holder.tableName(index)) 的\(name)为 \(figure.text)，而公开的支出表\(elsewhere)合计为 \(printed)",
                               en: "\(holder.tableName(index)) states \(name) as \(figure.text); the disclosure's spending tables\(elsewhere) total \(printed)"),
                related: candidates.map { candidate in
                    let table = disclosure.document.tables[candidate.table]
                    let location = FindingLocation(disclosure.document, table: candidate.table, row: table.rows[candidate.row])
                    return holder.document.file == disclosure.document.file ? location : location.inFile(disclosure.document.file)
                })
        }
    }

    struct Total {
        var table: Int
        var row: Int
        var figure: PublishedFigure
    }

    /// The disclosure's 合计 of a measure in its 支出总表 and 一般公共预算支出表 (all money, and
    /// the 一般公共预算 part a target table may be about).
    static func totals(_ measure: String, in disclosure: AuditContext) -> [Total] {
        disclosure.document.tables.enumerated().flatMap { index, table -> [Total] in
            guard [.expenditureSummary, .generalPublicExpenditure].contains(table.kind),
                  let column = table.columns.first(where: { $0.meaning?.rawValue == measure }),
                  let rowIndex = table.rows.firstIndex(where: { $0.subject == .grandTotal }),
                  let figure = table.rows[rowIndex].cells.first(where: { $0.column == column.index })?.amount else { return [] }
            return [Total(table: index, row: rowIndex, figure: figure)]
        }
    }
}
