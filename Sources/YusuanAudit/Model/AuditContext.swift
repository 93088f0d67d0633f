import YusuanCore
import YusuanDocuments

/// What rules work from: the document, the catalogues of its year, and the figures of its
/// tables placed in the identity graph (built once, shared by every rule).
public struct AuditContext: Sendable {
    public let document: Document
    public let catalogues: CatalogueSet
    /// Every figure of every table, with the budget lines it adds up.
    public let cells: CellGraph
    /// The tables read from layout text whose figures mostly disagree: set aside, once.
    let layoutGate: LayoutGate

    public init(document: Document, catalogues: CatalogueSet) {
        self.document = document
        self.catalogues = catalogues
        self.cells = CellGraph(document: document)
        self.layoutGate = LayoutGate(document: document, cells: cells)
    }

    /// A finding of `rule` at `location`, with the rule's severity.
    public func finding(_ rule: some AuditRule, at location: FindingLocation, expected: String? = nil, found: String? = nil,
                        message: BilingualMessage, related: [FindingLocation] = []) -> Finding {
        finding(rule.descriptor, at: location, expected: expected, found: found, message: message, related: related)
    }

    /// A finding of the rule `descriptor` describes, in this document.
    public func finding(_ descriptor: RuleDescriptor, at location: FindingLocation, expected: String? = nil, found: String? = nil,
                        message: BilingualMessage, related: [FindingLocation] = []) -> Finding {
        var finding = Finding(file: document.file, rule: descriptor.id, severity: descriptor.severity, location: location,
                              expected: expected, found: found, message: message, related: related)
        finding.source = descriptor.source
        return finding
    }

    /// Where a cell of the graph is.
    public func location(of cell: AuditCell) -> FindingLocation {
        let table = document.tables[cell.table]
        let row = table.rows[cell.row]
        return FindingLocation(document, table: cell.table, row: row, column: table.columns[cell.column],
                               cell: row.cells.first { $0.column == cell.column })
    }

    /// A table's name for messages: `表三 部门支出总体情况表`.
    public func tableName(_ index: Int) -> String {
        let table = document.tables[index]
        return [table.number, table.title].compactMap { $0 }.joined(separator: " ")
    }
}
