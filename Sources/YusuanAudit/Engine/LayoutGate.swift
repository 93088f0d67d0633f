import YusuanCore
import YusuanDocuments

/// Tables whose columns were inferred from the positions of laid-out text or of a PDF's
/// words are trusted only as far as the reading shows itself sound. Such a table is set
/// aside, with one finding saying so, when the reading went wrong in a way arithmetic
/// alone cannot produce:
/// - two places the reading gave one meaning print different figures (two columns of a
///   row, or two rows of one subject in a column): the reading lost what told them apart;
/// - a total differs from its only part, the mark of a row the reading did not recognise
///   (see `unrecognisedRows`);
/// - many identities break and no single figure, corrected, makes them hold: one misprint
///   breaks the identities it is in and a culprit explains them; figures in the wrong
///   columns break identities no one correction mends.
/// A well-read table whose one figure is wrong keeps its findings, however small it is.
struct LayoutGate {
    /// Tables with at least this many broken identities, and this share of them broken,
    /// are too uncertain to audit unless one figure explains them.
    static let minimumBroken = 1
    static let brokenShare = (numerator: 1, denominator: 10)

    let uncertain: Set<Int>
    /// Of those, the tables read from word positions whose rows were grouped wrongly.
    let misgrouped: Set<Int>
    /// Of those, the tables where two places read with one meaning print different figures.
    let conflated: Set<Int>

    init(document: Document, cells graph: CellGraph) {
        misgrouped = Self.unrecognisedRows(document: document, cells: graph)
        conflated = Self.conflatedPlaces(document: document, cells: graph).subtracting(misgrouped)
        let set = misgrouped.union(conflated)
        // An identity with a table already set aside says nothing about the others.
        let culprits = Culprits(graph, excludedTables: set)
        var checked: [Int: Int] = [:], broken: [Int: Int] = [:]
        // Only identities with a figure in them say anything about the reading: 0 = 0 + 0
        // holds whatever the columns are.
        for equation in culprits.equations where equation.terms.contains(where: { $0.cell.figure.map { !$0.value.isZero } ?? false }) {
            for table in Set(equation.terms.map(\.cell.table)) where document.tables[table].layout != .grid {
                checked[table, default: 0] += 1
                if !equation.holds { broken[table, default: 0] += 1 }
            }
        }
        let many = Set(broken.compactMap { table, count in
            let total = checked[table] ?? 0
            return count >= Self.minimumBroken && count * Self.brokenShare.denominator >= total * Self.brokenShare.numerator
                && !culprits.oneFigureExplains(table: table) ? table : nil
        })
        uncertain = set.union(many)
    }

    /// Tables read from positions where two cells the reading gave the same meaning print
    /// different figures: two columns of one row (a header read twice), or two rows of the
    /// same subject and side in one column (rows whose code or level the reading lost).
    static func conflatedPlaces(document: Document, cells graph: CellGraph) -> Set<Int> {
        Set(graph.equalities.compactMap { pair -> Int? in
            let (a, b) = (pair.first, pair.second)
            guard !pair.holds, a.table == b.table, document.tables[a.table].layout != .grid else { return nil }
            let rows = document.tables[a.table].rows
            let sameRow = a.row == b.row
            let sameSubject = a.column == b.column && rows[a.row].subject == rows[b.row].subject && rows[a.row].side == rows[b.row].side
            return sameRow || sameSubject ? a.table : nil
        })
    }

    /// Tables rebuilt from a PDF's word positions whose rows were grouped wrongly: a row
    /// summing a single row of its table that it does not equal. Where a table prints a
    /// group with one member, the two agree; a lone member that falls short is a sibling
    /// the reading did not take for one (a unit's row read as a project), so the gap is
    /// the reading's, not the document's. Text and layout tables keep their findings.
    static func unrecognisedRows(document: Document, cells graph: CellGraph) -> Set<Int> {
        Set(graph.sums.compactMap { sum -> Int? in
            guard !sum.holds, sum.children.count == 1, let child = sum.children.first,
                  child.table == sum.parent.table, child.row != sum.parent.row,
                  document.tables[child.table].layout == .geometric,
                  sum.parent.figure.map({ !$0.value.isZero }) ?? false
            else { return nil }
            return child.table
        })
    }

    /// The findings that do not rest on an uncertain table, and one finding per such table.
    func apply(to findings: [Finding], in context: AuditContext) -> [Finding] {
        guard !uncertain.isEmpty else { return findings }
        let kept = findings.filter { finding in
            !([finding.location] + finding.related).contains { $0.tableIndex.map(uncertain.contains) ?? false }
        }
        return kept + uncertain.sorted().map { index in
            conflated.contains(index)
                ? context.finding(UncertainLayoutRule(), at: FindingLocation(context.document, table: index), message: .init(
                    zh: "\(context.tableName(index)) 的列是从排版位置推断的，其中两处读作同一含义的单元格印着不同的数字，多半是丢了区分它们的代码、层级或表头，因此本表未作核对；请用 PDF 原件或 XLSX 审核此表",
                    en: "\(context.tableName(index)): its columns were inferred from the layout, and two cells read with the same meaning print different figures, most likely because the code, level or header that tells them apart was lost, so the table was not checked; audit it from the PDF or an XLSX"))
                : misgrouped.contains(index)
                ? context.finding(UncertainLayoutRule(), at: FindingLocation(context.document, table: index), message: .init(
                    zh: "\(context.tableName(index)) 是从 PDF 文字位置重建的，其中有合计与它唯一的组成部分不符，多半是有一行（如单位行）没有认出，因此本表未作核对；请用 PDF 原件或 XLSX 审核此表",
                    en: "\(context.tableName(index)): rebuilt from the positions of the PDF's words, it has a total that differs from its only part, most likely because a row (a unit's, say) was not recognised, so the table was not checked; audit it from the PDF or an XLSX"))
                : context.finding(UncertainLayoutRule(), at: FindingLocation(context.document, table: index), message: .init(
                zh: "\(context.tableName(index)) 的列是从文字排版位置推断的，其中多处数字彼此不符，多半是读错了列，因此本表未作核对；请用 PDF 原件或 XLSX 审核此表",
                en: "\(context.tableName(index)): its columns were inferred from the layout of the text and many of its figures disagree, most likely because the columns were misread, so the table was not checked; audit it from the PDF or an XLSX"))
        }
    }
}

/// The finding a table the layout gate set aside carries.
public struct UncertainLayoutRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "reader.uncertain-layout", severity: .info,
        title: .init(zh: "排版推断的表格未作核对", en: "tables whose layout could not be trusted are not checked"),
        reason: .init(zh: "从 pdftotext 的排版文字中推断列位置可能错位；彼此大量不符的表多半是读错，而不是文件错。",
                      en: "Columns inferred from pdftotext's layout text can be off by one; a table whose figures mostly disagree was most likely misread, not misprinted."))

    public init() {}

    /// The gate itself reports; the rule only describes what it reports.
    public func check(_ context: AuditContext) -> [Finding] { [] }
}
