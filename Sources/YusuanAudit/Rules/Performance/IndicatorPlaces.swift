import YusuanCore
import YusuanDocuments

/// Where each indicator of a project's 绩效目标 is printed.
///
/// The typed `Indicator` keeps no source location; the document's 绩效目标表 tables keep
/// their rows with lines. Indicators are matched to those rows by name, in printed order.
/// An indicator no row names is placed at the table (or, without one, at the 绩效目标表 by
/// name), with its name as the row.
struct IndicatorPlaces {
    private let document: Document
    private let rows: [(table: Int, row: Int)?]
    /// The table the indicators are printed in, when one is found.
    let table: Int?

    init(_ document: Document, indicators: [Indicator]) {
        self.document = document
        let candidates = document.tables.enumerated()
            .filter { [.performanceTargets, .agencyPerformanceTargets].contains($0.element.kind) }
            .flatMap { index, table in table.rows.indices.map { (table: index, row: $0) } }
        var next = 0
        var matched: [(table: Int, row: Int)?] = []
        for indicator in indicators {
            let name = Self.key(indicator.name)
            let found = candidates[next...].firstIndex { place in
                let row = document.tables[place.table].rows[place.row]
                return Self.key(row.label) == name || row.cells.contains { Self.key($0.text) == name }
            }
            matched.append(found.map { candidates[$0] })
            if let found { next = found + 1 }
        }
        rows = matched
        table = matched.lazy.compactMap { $0?.table }.first
            ?? document.tables.firstIndex { $0.kind == .performanceTargets && !$0.rows.isEmpty }
    }

    /// The indicator's row (and the cell of `column`, when the table has that column).
    func location(_ index: Int, name: String, column meaning: ColumnMeaning? = nil) -> FindingLocation {
        if index < rows.count, let place = rows[index] {
            let table = document.tables[place.table]
            let row = table.rows[place.row]
            let column = meaning.flatMap { table.column($0) }
            return FindingLocation(document, table: place.table, row: row, column: column,
                                   cell: column.flatMap { column in row.cells.first { $0.column == column.index } })
        }
        return tableLocation(row: name)
    }

    /// The 绩效目标表 as a whole.
    func tableLocation(row: String? = nil) -> FindingLocation {
        guard let table else { return FindingLocation(table: TableKind.performanceTargets.standardTitle, row: row) }
        var location = FindingLocation(document, table: table)
        location.row = row
        return location
    }

    /// A name without spaces or width variants.
    static func key(_ text: String) -> String {
        TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
    }
}
