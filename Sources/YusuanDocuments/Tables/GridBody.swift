import YusuanCore

/// The header and rows of a table whose cells sit in known columns.
struct GridBody {
    let lines: [SourceLine]
    let table: Table
    let context: TableContext
    /// The header cells over each column when the header was read from its geometry (the
    /// lines then hold only rows).
    var headerPaths: [[String]]? = nil

    private var scale: MoneyScale { table.moneyScale ?? context.defaultScale ?? .yuan }

    func read() -> ([Column], [Row], [Unrecognized]) {
        let firstData = headerPaths != nil ? 0 : lines.firstIndex(where: isDataLine)
            ?? (Self.textTables.contains(table.kind) ? min(1, lines.count) : lines.count)
        let headerLines = lines[..<firstData].compactMap(headerRow)
        let columnCount = headerPaths?.count ?? (lines.flatMap { $0.cells.map(\.column) }.max() ?? -1) + 1
        let paths = headerPaths ?? HeaderPaths.paths(headerLines.map(\.1), columnCount: columnCount)
        let headerRows: [[Int: String]] = headerPaths.map(Self.levels) ?? headerLines.map(\.1)
        let split = sideSplit(headerRows, rows: lines[firstData...])
        let classifier = ColumnClassifier(table: table.kind, catalogues: context.catalogues)
        var columns = (0..<columnCount).map { index in
            Column(index: index, header: paths[index], meaning: classifier.meaning(of: paths[index]),
                   side: split.map { index < $0 ? .revenue : .expenditure })
        }
        Self.groupTotals(&columns)
        let headerTexts = Set(headerLines.map { Self.signature($0.0) })
        let headerCells = Set(headerLines.flatMap { $0.1.values.map(Self.signature) })
        var rows: [Row] = []
        var unrecognized: [Unrecognized] = []
        var interpreters: [TableSide?: RowInterpreter] = [:]
        var indents: [Double?] = []
        for line in lines[firstData...] {
            // A header repeated after a page break, or a 栏次 row, is not a row.
            if headerTexts.contains(Self.signature(line)) || LineShapes.isColumnNumbering(line.cells.map(\.text))
                || line.cells.allSatisfy({ headerCells.contains(Self.signature($0.text)) }) {
                continue
            }
            let sides: [TableSide?] = split == nil ? [nil] : [.revenue, .expenditure]
            for side in sides {
                let cells = line.cells.filter { side == nil || columns[$0.column].side == side }
                guard !cells.isEmpty else { continue }
                var interpreter = interpreters[side] ?? RowInterpreter(
                    table: table.kind, side: side, catalogues: context.catalogues, agencyNames: context.agencyNames,
                    fiscalYear: table.fiscalYear ?? context.fiscalYear)
                let (row, problems, indent) = makeRow(cells, line: line, side: side, columns: columns, interpreter: &interpreter)
                interpreters[side] = interpreter
                rows.append(row)
                indents.append(indent)
                unrecognized += problems.map { Unrecognized(location: line.location, row: rows.count - 1, text: $0.0, reason: $0.1) }
            }
        }
        RowIndentation.resolveCodes(&rows, indents: indents, catalogues: context.catalogues)
        RowRoles.markSubtotals(&rows)
        AgencyGroups.fill(&rows, columns: columns)
        RowIndentation.nestAgencies(&rows, indents: indents, table: table.kind)
        return (columns, rows, unrecognized)
    }

    /// Header paths as header lines: the cells at each level, by column.
    private static func levels(_ paths: [[String]]) -> [[Int: String]] {
        let depth = paths.map(\.count).max() ?? 0
        return (0..<depth).map { level -> [Int: String] in
            var row: [Int: String] = [:]
            for (column, path) in paths.enumerated() where level < path.count { row[column] = path[level] }
            return row
        }
    }

    static let textTables: Set<TableKind> = [.performanceTargets, .agencyPerformanceTargets, .reviewSheet,
                                             .projectInformation, .selfEvaluation]

    /// A row of a table rather than a header: it prints an amount, a code, or a total
    /// (an empty table's 合计 stands alone on its line).
    func isDataLine(_ line: SourceLine) -> Bool {
        guard let first = line.cells.first else { return false }
        if LineShapes.isColumnNumbering(line.cells.map(\.text)) { return false }
        if CodeText.code(in: first.text) != nil, line.cells.count >= 2 { return true }
        if CodeText.label(first.text).code != nil, line.cells.count >= 2 { return true }
        let figures = line.cells.dropFirst().contains { cell in
            if PublishedPercentage.parse(cell.text) != nil { return true }
            guard let value = try? AmountText.parse(cell.text).value else { return false }
            return value.scale > 0 || cell.text.includes(",") || (value.isZero && line.cells.count > 2)
        }
        if figures { return true }
        let plain = RowInterpreter.plainLabel(first.text)
        let isTotal = ["合计", "总计", "收入总计", "支出总计", "本年收入合计", "本年支出合计"].contains(plain) || plain.hasSuffix("小计")
        return isTotal && line.cells.count == 1
    }

    /// A header line's cells by column; numbers of a 栏次 row dropped, asterisks too.
    private func headerRow(_ line: SourceLine) -> (SourceLine, [Int: String])? {
        var row: [Int: String] = [:]
        for cell in line.cells {
            let text = TextNormalization.removingSpaces(cell.text)
            if text.allSatisfy({ $0 == "*" }) || Int(text) != nil { continue }
            row[cell.column] = cell.text
        }
        return row.isEmpty ? nil : (line, row)
    }

    static func signature(_ line: SourceLine) -> String {
        signature(line.cells.map(\.text).joined())
    }

    static func signature(_ text: String) -> String {
        TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
    }

    /// The first column of the 支出 half of a side-by-side table (收支总表): where the rows
    /// print a name after a figure, or failing that where the header's 支出 group begins.
    private func sideSplit(_ header: [[Int: String]], rows: ArraySlice<SourceLine>) -> Int? {
        guard [.revenueExpenditureSummary, .fiscalAppropriationSummary].contains(table.kind) else { return nil }
        let afterFigures = rows.compactMap { line -> Int? in
            guard let figure = line.cells.first(where: { (try? AmountText.parse($0.text))?.value != nil }) else { return nil }
            return line.cells.first { $0.column > figure.column && (try? AmountText.parse($0.text))?.value == nil
                && CodeText.code(in: $0.text) == nil }?.column
        }
        if let split = afterFigures.min() { return split }
        for row in header {
            let cells = row.sorted { $0.key < $1.key }.map { ($0.key, TextNormalization.removingSpaces($0.value)) }
            if let revenue = cells.first(where: { $0.1.includes("收入") }),
               let expenditure = cells.first(where: { $0.0 > revenue.0 && $0.1.includes("支出") }) {
                return expenditure.0
            }
        }
        // Without 收入/支出 group headers: the second item column.
        for row in header.reversed() {
            let items = row.filter { ["项目", "功能分类", "科目"].contains(TextNormalization.removingSpaces($0.value)) }.keys.sorted()
            if items.count >= 2 { return items[1] }
        }
        return nil
    }

    private func makeRow(_ cells: [SourceCell], line: SourceLine, side: TableSide?, columns: [Column],
                         interpreter: inout RowInterpreter) -> (Row, [(String, BilingualMessage)], Double?) {
        var naming = RowNaming()
        var indent: Double?
        var readCells: [Cell] = []
        var problems: [(String, BilingualMessage)] = []
        let namesRows = columns.contains { $0.meaning?.namesRow == true && (side == nil || $0.side == side) }
        for (position, cell) in cells.enumerated() {
            let meaning = columns[cell.column].meaning
            switch meaning?.rawValue {
            case let raw? where raw.hasSuffix(".category"): naming.codeParts[.category] = cell.text
            case let raw? where raw.hasSuffix(".section"): naming.codeParts[.section] = cell.text
            case let raw? where raw.hasSuffix(".item"): naming.codeParts[.item] = cell.text
            case "functionCode", "economicCode": naming.code = cell.text
            case "agencyCode": naming.agencyCode = cell.text
            case "agencyName": naming.agencyName = cell.text; indent = cell.indent
            case "sequence": naming.sequence = Int(TextNormalization.trimmed(cell.text))
            case "name", "item", "projectName", "indicator.name": if naming.label.isEmpty { naming.label = cell.text; indent = cell.indent }
            default:
                if !namesRows && position == 0 && (try? AmountText.parse(cell.text))?.value == nil {
                    naming.label = cell.text
                    indent = cell.column == 0 ? cell.indent : nil
                }
            }
            let (value, problem) = CellReader.value(cell.text, meaning: meaning, scale: scale)
            if let problem { problems.append((cell.text, problem)) }
            var location = line.location
            location.box = cell.box ?? location.box
            readCells.append(Cell(column: cell.column, text: cell.text, value: value, location: location))
        }
        if naming.label.isEmpty, naming.code == nil, naming.codeParts.isEmpty, naming.agencyName == nil,
           let first = cells.first(where: { (try? AmountText.parse($0.text))?.value == nil }) {
            naming.label = first.text
            // Only a name in the first column says how deep its row sits: text further right
            // (a 绩效目标 line on its own) is no name.
            indent = first.column == 0 ? first.indent : nil
        }
        let (label, code, subject, role) = interpreter.interpret(naming)
        let row = Row(label: label, code: code, subject: subject, role: role, side: side,
                      agency: naming.agencyName, sequence: naming.sequence, cells: readCells, location: line.location)
        return (row, problems, indent)
    }
}

extension GridBody {
    /// A 合计 or 小计 under a 财政拨款 group, beside a total of the whole side (总计 |
    /// 财政拨款: 合计 · 一般公共预算 · … | 财政专户拨款), totals the appropriation only. Alone on
    /// its side (财政拨款支出: 合计 · 一般公共预算 · … in a 财政拨款收支总表) it is the side's total.
    static func groupTotals(_ columns: inout [Column]) {
        func inFiscalGroup(_ column: Column) -> Bool {
            column.header.dropLast().contains { $0.includes("财政拨款") && !$0.includes("非财政") }
        }
        for index in columns.indices where columns[index].meaning == .total && inFiscalGroup(columns[index]) {
            let side = columns[index].side
            if columns.contains(where: { $0.index != index && $0.side == side && $0.meaning == .total && !inFiscalGroup($0) }) {
                columns[index].meaning = .fiscalAppropriation
            }
        }
    }
}
