import YusuanAudit
import YusuanDocuments

/// How a report names a finding's place to a reader. A place read from a PDF's word
/// positions is named by what a reader of the PDF can find: the page, the row and the
/// column as printed (`第 7 页，行“2010301 行政运行”，列“项目支出”`); its line number is
/// left out, because for such a place it is only an order, not a line anyone can see.
/// Other places keep their line (and sheet, page) as before.
struct FindingPlace {
    let location: FindingLocation
    /// The document the place is in, to name a column by its printed header.
    let document: Document?
    let language: ReportLanguage

    /// The parts of the place, most specific last, for joining with ` · `; the table is
    /// included when `withTable` (a list of findings across tables).
    func parts(withTable: Bool) -> [String] {
        var parts: [String] = []
        if withTable, let table = location.table { parts.append(table) }
        if location.isOnPDFPage {
            parts.append(pageText(location.page!))
            if let row = location.row, !row.isEmpty { parts.append(say("行“\(row)”", "row “\(row)”")) }
            if let column = columnName { parts.append(say("列“\(column)”", "column “\(column)”")) }
            return parts
        }
        if let line = location.line { parts.append(say("第 \(line) 行", "line \(line)")) }
        if let page = location.page { parts.append(pageText(page)) }
        if let row = location.row, !row.isEmpty { parts.append(row) }
        if let column = location.column { parts.append(column) }
        return parts
    }

    /// `第 7 页，行“行政运行”，列“项目支出”` / `page 7, row “行政运行”, column “项目支出”`.
    var sentence: String { parts(withTable: false).joined(separator: say("，", ", ")) }

    /// `第 7 页` / `page 7`.
    func pageText(_ page: Int) -> String { say("第 \(page) 页", "page \(page)") }

    /// The column as its header prints it (the lowest header cell, which names it), else
    /// its meaning.
    private var columnName: String? {
        if let document, let table = location.tableIndex, let column = location.columnIndex,
           document.tables.indices.contains(table), document.tables[table].columns.indices.contains(column),
           let header = document.tables[table].columns[column].header.last(where: { !$0.isEmpty }) {
            return header
        }
        return location.column
    }

    private func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
}
