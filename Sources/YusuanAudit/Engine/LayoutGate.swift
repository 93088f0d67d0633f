import YusuanCore
import YusuanDocuments

/// Tables whose columns were inferred from the positions of laid-out text or of a PDF's
/// words are trusted only
/// as far as their figures agree with each other. A real document breaks an identity or
/// two; a table whose figures landed in the wrong columns breaks many. Such a table is not
/// audited: its findings would be about the reading, not the document. One finding says so.
/// A table rebuilt from word positions is also set aside when a total differs from its only
/// part, the mark of a row the reading did not recognise (see `unrecognisedRows`).
struct LayoutGate {
    /// Tables with at least this many broken identities, and this share of them broken,
    /// are too uncertain to audit.
    static let minimumBroken = 1
    static let brokenShare = (numerator: 1, denominator: 10)

    let uncertain: Set<Int>
    /// Of those, the tables read from word positions whose rows were grouped wrongly.
    let misgrouped: Set<Int>

    init(document: Document, cells graph: CellGraph) {
        var checked: [Int: Int] = [:], broken: [Int: Int] = [:]
        // Only identities with a figure in them say anything about the reading: 0 = 0 + 0
        // holds whatever the columns are.
        func count(_ cells: [AuditCell], holds: Bool) {
            guard cells.contains(where: { $0.figure.map { !$0.value.isZero } ?? false }) else { return }
            for table in Set(cells.map(\.table)) where document.tables[table].layout != .grid {
                checked[table, default: 0] += 1
                if !holds { broken[table, default: 0] += 1 }
            }
        }
        for sum in graph.sums { count([sum.parent] + sum.children, holds: sum.holds) }
        for pair in graph.equalities { count([pair.first, pair.second], holds: pair.holds) }
        let many = Set(broken.compactMap { table, count in
            let total = checked[table] ?? 0
            return count >= Self.minimumBroken && count * Self.brokenShare.denominator >= total * Self.brokenShare.numerator
                ? table : nil
        })
        misgrouped = Self.unrecognisedRows(document: document, cells: graph).subtracting(many)
        uncertain = many.union(misgrouped)
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
            misgrouped.contains(index)
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
