import YusuanCore

/// Reads a published document — text exported from PDF, Word or Excel, or a workbook's
/// rows — into a `Document`.
public struct DocumentReader: Sendable {
    public var catalogues: CatalogueSet

    public init(catalogues: CatalogueSet) {
        self.catalogues = catalogues
    }

    /// Reads decoded text (tab-separated or laid out with spaces).
    public func read(text: String, file: String) -> Document {
        read(lines: TextLines.lines(from: text), file: file)
    }

    /// Reads a PDF's text layer: its layout text (`pdftotext -layout`) for the prose and
    /// to find the tables, and its words with their boxes (`pdftotext -tsv`) to read them.
    public func read(text: String, words: [PDFWord], file: String) -> Document {
        read(lines: TextLines.lines(from: text), file: file, words: words.isEmpty ? nil : WordPages(words))
    }

    /// Reads lines of cells, whatever file they came from.
    public func read(lines: [SourceLine], file: String) -> Document {
        read(lines: lines, file: file, words: nil)
    }

    func read(lines: [SourceLine], file: String, words: WordPages?) -> Document {
        let regions = TableSegmenter.regions(in: lines)
        var document = Document(file: file)
        let heading = DocumentHeading(lines: lines, firstTable: regions.first?.titleIndex ?? lines.count)
        document.title = heading.title
        let headerAgencies = regions.flatMap { region in lines[region.body].prefix(8).compactMap { LineShapes.agency(in: $0.text) } }
        document.agency = Self.mostCommon(headerAgencies) ?? heading.agency
        document.fiscalYear = heading.fiscalYear ?? Self.mostCommon(regions.compactMap(\.title.fiscalYear))
            ?? Self.mostCommon(lines.compactMap { DocumentHeading.year(in: $0.text) })
        let scales = regions.compactMap { region in lines[region.body].prefix(8).compactMap { LineShapes.moneyScale(in: $0.text) }.first }
        document.moneyScale = Self.mostCommon(scales)

        let context = TableContext(catalogues: catalogues, agencyNames: Array(Set(headerAgencies + [heading.agency].compactMap { $0 })),
                                   fiscalYear: document.fiscalYear, defaultScale: document.moneyScale)
        var located = words?.locate(regions, in: lines) ?? [:]
        let continuations = Self.joinContinuations(regions, &located)
        for (index, region) in regions.enumerated() where !continuations.contains(index) {
            var (table, problems) = located[index].flatMap { Self.parse(region, words: $0, lines: lines, context: context) }
                ?? TableParser(region: region, lines: lines, context: context).parse()
            // A title with nothing under it (an entry of a contents page laid out as a
            // table) is not a table.
            if table.columns.isEmpty && table.rows.isEmpty && table.note == nil { continue }
            if table.kind == .unknown {
                problems.append(Unrecognized(location: table.location, text: table.title, reason: .init(
                    zh: "未识别的表：标题和表头都不是已知的表", en: "table of unknown kind: neither its title nor its header is known")))
            }
            if let previous = document.tables.last, Self.continues(previous, with: table) {
                let offset = previous.rows.count
                document.tables[document.tables.count - 1].rows += table.rows
                document.unrecognized += problems.map { problem in
                    var problem = problem
                    problem.table = document.tables.count - 1
                    problem.row = problem.row.map { $0 + offset }
                    return problem
                }
                continue
            }
            document.unrecognized += problems.map { problem in
                var problem = problem
                problem.table = document.tables.count
                return problem
            }
            document.tables.append(table)
        }
        document.unrecognized += unexplainedRows(in: document.tables)
        document.kind = DocumentClassifier.kind(title: document.title, tables: document.tables)
        if document.kind == .projectApplication {
            let (application, problems) = ProjectApplicationReader.read(lines)
            document.project = application
            document.unrecognized += problems
            document.agency = document.agency ?? application?.project.competentDepartment
            document.fiscalYear = document.fiscalYear ?? application?.project.implementationYear
        }

        var inTables = Set<Int>()
        for region in regions {
            inTables.insert(region.titleIndex)
            inTables.formUnion(region.body)
        }
        let narrative = lines.indices.filter { !inTables.contains($0) }.map { lines[$0] }
        document.narrative = NarrativeParagraphs.build(narrative)
        document.statements = NarrativeReader.statements(in: document.narrative, agencyNames: context.agencyNames)
        document.unrecognized.sort { $0.location < $1.location }
        return document
    }

    /// A table of figures rebuilt from the positions of its words; nil when its header or
    /// rows cannot be found there (the layout text is read instead).
    private static func parse(_ region: TableRegion, words: [WordRow], lines: [SourceLine],
                              context: TableContext) -> (Table, [Unrecognized])? {
        guard !GridBody.textTables.contains(region.title.kind) else { return nil }
        let titleLine = lines[region.titleIndex]
        guard let grid = WordTable(rows: words, firstLine: titleLine.location.line) else { return nil }
        // A 注 line ends a table for the parser: notes go last.
        let tableLines = [titleLine] + grid.furniture + grid.rows + grid.notes
        let local = TableRegion(title: region.title, titleIndex: 0, number: region.number, body: 1..<tableLines.count)
        return TableParser(region: local, lines: tableLines, context: context, headerPaths: grid.headerPaths).parse()
    }

    /// A table whose title prints again over its continuation on the next page, both read
    /// from word positions, is read as one: the continuation's words join the first
    /// region's, so its rows keep their place in the whole (a 项 on the second page under
    /// its 款 on the first). The regions joined away.
    private static func joinContinuations(_ regions: [TableRegion], _ located: inout [Int: [WordRow]]) -> Set<Int> {
        var joined: Set<Int> = []
        var head: Int?
        for index in regions.indices {
            guard let words = located[index], let first = words.first else { head = nil; continue }
            if let start = head, let last = located[start]?.last, first.page == last.page + 1,
               regions[start].title.kind == regions[index].title.kind, regions[start].title.kind != .unknown,
               !GridBody.textTables.contains(regions[index].title.kind),
               TextNormalization.removingSpaces(regions[start].title.title) == TextNormalization.removingSpaces(regions[index].title.title) {
                located[start]! += words
                located[index] = nil
                joined.insert(index)
                continue
            }
            head = index
        }
        return joined
    }

    /// A table continued on the next page repeats its title (and header): one table.
    private static func continues(_ previous: Table, with next: Table) -> Bool {
        previous.kind == next.kind && previous.kind != .unknown && !GridBody.textTables.contains(next.kind)
            && TextNormalization.removingSpaces(previous.title) == TextNormalization.removingSpaces(next.title)
            && previous.columns.count == next.columns.count
    }

    /// Rows of classification tables that stand for nothing the reader knows.
    private func unexplainedRows(in tables: [Table]) -> [Unrecognized] {
        tables.enumerated().flatMap { index, table -> [Unrecognized] in
            guard TableScope.of(table.kind) != nil else { return [] }
            return table.rows.enumerated().compactMap { rowIndex, row in
                guard row.subject == nil || { if case .label = row.subject { true } else { false } }(),
                      row.role != .subtotal, row.cells.contains(where: { $0.amount != nil })
                else { return nil }
                return Unrecognized(location: row.location, table: index, row: rowIndex, text: row.label, reason: .init(
                    zh: "行既无分类编码也无已知名称", en: "row has neither a classification code nor a known name"))
            }
        }
    }

    static func mostCommon<T: Hashable>(_ values: [T]) -> T? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return values.first { counts[$0] == counts.values.max() }
    }
}
