import YusuanCore

/// What the table parsers need to know about the document around a table.
struct TableContext {
    var catalogues: CatalogueSet
    var agencyNames: [String]
    var fiscalYear: Int?
    var defaultScale: MoneyScale?
}

/// Turns a table's region of lines into a `Table`: metadata lines, header rows, body
/// rows, notes. Grid input (tabs, worksheets) places cells by column index; layout text
/// is aligned by `LayoutColumns` first.
struct TableParser {
    let region: TableRegion
    let lines: [SourceLine]
    let context: TableContext
    /// Set when the lines are rows rebuilt from a PDF's word positions: the header cells
    /// over each column.
    var headerPaths: [[String]]? = nil

    func parse() -> (Table, [Unrecognized]) {
        var table = Table(kind: region.title.kind, title: region.title.title, number: region.number ?? region.title.number,
                          fiscalYear: region.title.fiscalYear, location: lines[region.titleIndex].location)
        var unrecognized: [Unrecognized] = []
        var tableLines: [SourceLine] = []
        var notes: [String] = []
        var inNote = false
        for line in lines[region.body] {
            if line.isBlank { inNote = false; continue }
            if let scale = LineShapes.moneyScale(in: line.text), table.moneyScale == nil { table.moneyScale = scale }
            if LineShapes.isAgencyLine(line.text) || LineShapes.agency(in: line.text) != nil, line.cells.count <= 3 {
                table.agency = table.agency ?? LineShapes.agency(in: line.text)
                continue
            }
            if LineShapes.moneyScale(in: line.text) != nil && line.cells.count <= 2 { continue }
            if LineShapes.isNote(line.text) || inNote {
                inNote = true
                notes.append(line.cells.map(\.text).joined(separator: " "))
                continue
            }
            if line.cells.count == 1, LineShapes.isPageFurniture(line.text) {
                unrecognized.append(Unrecognized(location: line.location, text: line.text, reason: .init(
                    zh: "页码等版面文字", en: "page furniture (page number)")))
                continue
            }
            if LineShapes.isTableNumber(line.text) != nil && line.cells.count == 1 { continue }
            tableLines.append(line)
        }
        if !notes.isEmpty { table.note = notes.joined(separator: " ") }
        let grid = tableLines.allSatisfy(\.isGrid) || tableLines.filter(\.isGrid).count * 2 > tableLines.count
        let aligned = grid ? tableLines : LayoutColumns.align(tableLines)
        table.layout = headerPaths != nil ? .geometric : grid ? .grid : .positional
        let body = GridBody(lines: aligned, table: table, context: context, headerPaths: headerPaths)
        let (columns, rows, problems) = body.read()
        table.columns = columns
        table.rows = rows
        unrecognized += problems
        return (table, unrecognized)
    }
}
