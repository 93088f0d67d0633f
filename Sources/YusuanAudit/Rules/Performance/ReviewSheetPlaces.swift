import YusuanCore
import YusuanDocuments

/// Where the sections, criteria and totals of one 编审表 are printed.
///
/// The typed `ReviewSheet` keeps no source location; the document's 编审表 tables keep their
/// rows with lines. The sheet's outline is matched to those rows heading by heading (same
/// level, outline number and title, in order); an item's scores are on its heading row or
/// on the `简述` row under it. A heading the table took into its column header, or one it
/// did not keep, is placed at the table's title line.
struct ReviewSheetPlaces {
    private let document: Document
    private let sheet: ReviewSheet
    /// The table the sheet is printed as, when one is found.
    let table: Int?
    private var sectionRows: [Int: Int] = [:]
    private var headingRows: [ReviewCriterionPath: Int] = [:]
    private var scoreRows: [ReviewCriterionPath: Int] = [:]
    private var totalRows: [Int: Int] = [:]

    init(_ document: Document, sheet index: Int) {
        self.document = document
        let sheets = document.project?.reviewSheets ?? []
        sheet = sheets[index]
        table = Self.table(of: index, sheets: sheets, in: document)
        guard let table else { return }
        let rows = document.tables[table].rows
        var next = 0
        /// The next row at or after `next` printing this heading; `next` moves past it and
        /// its `简述` rows.
        func find(_ level: ReviewHeading.Level, _ code: String?, _ title: String) -> Int? {
            let found = rows.indices.dropFirst(next).first { index in
                guard let heading = ReviewHeading(text: rows[index].label) else { return false }
                return heading.level == level && heading.code == code && Self.key(heading.title) == Self.key(title)
            }
            if let found {
                next = found + 1
                while next < rows.count, Self.isSummary(rows[next]) { next += 1 }
            }
            return found
        }
        for (s, section) in sheet.sections.enumerated() {
            if let row = find(.section, section.code, section.title) { sectionRows[s] = row }
            for (c, criterion) in section.criteria.enumerated() {
                let level: ReviewHeading.Level = criterion.code?.contains(".") == true ? .group : .item
                let path = ReviewCriterionPath(section: s, criterion: c)
                if let row = find(level, criterion.code, criterion.title) {
                    headingRows[path] = row
                    scoreRows[path] = Self.scoreRow(after: row, in: rows)
                }
                for (i, item) in criterion.subcriteria.enumerated() {
                    let itemPath = ReviewCriterionPath(section: s, criterion: c, item: i)
                    if let row = find(.item, item.code, item.title) {
                        headingRows[itemPath] = row
                        scoreRows[itemPath] = Self.scoreRow(after: row, in: rows)
                    } else if next < rows.count, Self.isSummary(rows[next]) {
                        // `简述` rows under no heading: the heading went into the table's column
                        // header (the first item of a sheet), and its scores are on them.
                        scoreRows[itemPath] = Self.scoreRow(after: next, in: rows)
                        while next < rows.count, Self.isSummary(rows[next]) { next += 1 }
                    }
                }
            }
        }
        var totalsFrom = next
        for (t, total) in sheet.statedTotals.enumerated() {
            if let row = rows.indices.dropFirst(totalsFrom).first(where: { Self.key(rows[$0].label) == Self.key(total.label) }) {
                totalRows[t] = row
                totalsFrom = row + 1
            }
        }
    }

    /// The sheet's name for messages: `项目支出预算编审表`, or its number in the application.
    var name: String {
        if let table { return [document.tables[table].number, document.tables[table].title].compactMap { $0 }.joined(separator: " ") }
        return sheet.title.isEmpty ? TableKind.reviewSheet.standardTitle : sheet.title
    }

    /// Where a criterion's scores are (its heading row when they are not found).
    func scores(_ path: ReviewCriterionPath, column: ScoreColumn? = nil) -> FindingLocation {
        guard let table, let row = scoreRows[path] ?? headingRows[path] else { return whole(row: sheet[path].title) }
        return location(table, row: row, column: column)
    }

    /// Where a criterion's heading (and weight) is.
    func heading(_ path: ReviewCriterionPath) -> FindingLocation {
        guard let table, let row = headingRows[path] else { return whole(row: sheet[path].title) }
        return location(table, row: row)
    }

    /// Where a section's heading is.
    func section(_ index: Int) -> FindingLocation {
        guard let table, let row = sectionRows[index] else { return whole(row: sheet.sections[index].title) }
        return location(table, row: row)
    }

    /// Where a stated total is.
    func total(_ index: Int, column: ScoreColumn? = nil) -> FindingLocation {
        guard let table, let row = totalRows[index] else { return whole(row: sheet.statedTotals[index].label) }
        return location(table, row: row, column: column)
    }

    /// The sheet as a whole: its table's title line, or its title alone.
    func whole(row: String? = nil) -> FindingLocation {
        var location = table.map { FindingLocation(document, table: $0) } ?? FindingLocation(table: name)
        location.row = row
        return location
    }

    enum ScoreColumn {
        case selfScore, bureauScore

        var chineseName: String { self == .selfScore ? "部门自评" : "财政评审" }
        var englishName: String { self == .selfScore ? "self-assessment" : "finance bureau review" }

        func score(_ criterion: ReviewCriterion) -> DecimalNumber? {
            self == .selfScore ? criterion.selfScore : criterion.bureauScore
        }

        func score(_ total: ReviewTotal) -> DecimalNumber? {
            self == .selfScore ? total.selfScore : total.bureauScore
        }

        /// Whether a header names this column (`部门自评`; `财政评审` but not `财政评审意见`).
        func names(_ header: [String]) -> Bool {
            let key = ReviewSheetPlaces.key(header.joined())
            if key.hasSuffix("意见") { return false }
            return self == .selfScore ? key.hasSuffix("自评") : key.hasSuffix("评审")
        }
    }

    private func location(_ table: Int, row: Int, column: ScoreColumn? = nil) -> FindingLocation {
        let printed = document.tables[table]
        let row = printed.rows[row]
        let column = column.flatMap { column in printed.columns.first { column.names($0.header) } }
        return FindingLocation(document, table: table, row: row, column: column,
                               cell: column.flatMap { column in row.cells.first { $0.column == column.index } })
    }

    /// The heading row itself when it prints a number, else the first `简述` row under it
    /// that does.
    private static func scoreRow(after heading: Int, in rows: [Row]) -> Int {
        if hasNumber(rows[heading]) { return heading }
        var index = heading + 1
        while index < rows.count, isSummary(rows[index]) {
            if hasNumber(rows[index]) { return index }
            index += 1
        }
        return heading
    }

    private static func isSummary(_ row: Row) -> Bool { key(row.label).hasPrefix("简述") }

    private static func hasNumber(_ row: Row) -> Bool {
        row.cells.dropFirst().contains { DecimalNumber(TextNormalization.trimmed(TextNormalization.halfWidth($0.text))) != nil }
    }

    /// The `index`-th sheet's table: the table of the same title in the same place among
    /// the 编审表 tables of that title, or, for a sheet without title, the same place among
    /// all 编审表 tables.
    private static func table(of index: Int, sheets: [ReviewSheet], in document: Document) -> Int? {
        let tables = document.tables.indices.filter { document.tables[$0].kind == .reviewSheet }
        let title = key(sheets[index].title)
        if !title.isEmpty {
            let sameTitle = sheets[..<index].filter { key($0.title) == title }.count
            let matching = tables.filter { key(document.tables[$0].title) == title }
            if sameTitle < matching.count { return matching[sameTitle] }
        }
        return sheets.count == tables.count ? tables[index] : nil
    }

    static func key(_ text: String) -> String {
        TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
    }
}
