import Testing
@testable import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Units a table lists by name only, their hierarchy shown by indentation (see
/// `RowIndentation`): each is an agency of its own, and a 本级 row is its unit's.
@Suite struct UnitsByNameTests {
    /// 合计 over two units, each with its 本级 and a project under it, as read from a PDF's
    /// words: the units' and 本级 rows are agencies, each row's `agency` the row it is under.
    static func document(bRemainder: String = "30.00") -> Document {
        func row(_ label: String, _ subject: RowSubject, _ role: RowRole, agency: String? = nil, _ amount: String, line: Int) -> Row {
            let figure = try! PublishedFigure.parse(amount, tableScale: .tenThousandYuan)!
            let location = SourceLocation(line: line, page: 1)
            return Row(label: label, subject: subject, role: role, agency: agency,
                       cells: [Cell(column: 1, text: amount, value: .amount(figure), location: location)], location: location)
        }
        let rows = [
            row("合计", .grandTotal, .total, "100.00", line: 1),
            row("甲局", .agency(code: "", name: "甲局"), .subtotal, "60.00", line: 2),
            row("本级", .agency(code: "", name: "本级"), .subtotal, agency: "甲局", "60.00", line: 3),
            row("项目一", .project("项目一"), .detail, agency: "本级", "60.00", line: 4),
            row("乙中心", .agency(code: "", name: "乙中心"), .subtotal, "40.00", line: 5),
            row("本级", .agency(code: "", name: "本级"), .subtotal, agency: "乙中心", "10.00", line: 6),
            row("项目二", .project("项目二"), .detail, agency: "本级", "10.00", line: 7),
            row("丙站", .agency(code: "", name: "丙站"), .subtotal, agency: "乙中心", bRemainder, line: 8),
            row("项目三", .project("项目三"), .detail, agency: "丙站", "20.00", line: 9),
            row("项目四", .project("项目四"), .detail, agency: "丙站", "10.00", line: 10),
        ]
        var table = Table(kind: .projectExpenditure, title: "项目支出预算表", moneyScale: .tenThousandYuan,
                          columns: [Column(index: 0, header: ["单位名称"], meaning: .name), Column(index: 1, header: ["合计"], meaning: .total)],
                          rows: rows, location: SourceLocation(line: 0, page: 1))
        table.layout = .geometric
        return Document(file: "units", kind: .budgetDisclosure, agency: "甲局", fiscalYear: 2026, moneyScale: .tenThousandYuan, tables: [table])
    }

    @Test func twoUnitsOwnRowsNamed本级AreKeptApart() {
        let keys = CellGraph.agencyKeys(Self.document().tables[0])
        #expect(keys[2] == CellGraph.namePrefix + "甲局/本级")
        #expect(keys[5] == CellGraph.namePrefix + "乙中心/本级")
        #expect(keys[7] == CellGraph.namePrefix + "乙中心/丙站")
        // 合计 = 甲局 + 乙中心; 乙中心 = its 本级 + 丙站; each unit = its projects.
        let graph = CellGraph(document: Self.document())
        let sums = graph.sums.map { sum in (sum.parent.row, sum.children.map(\.row).sorted()) }
        #expect(sums.contains { $0 == (0, [1, 4]) })
        #expect(sums.contains { $0 == (4, [5, 7]) })
        #expect(sums.contains { $0 == (5, [6]) })
        #expect(graph.sums.allSatisfy { $0.holds })
        #expect(graph.equalities.allSatisfy { $0.holds })
        let findings = Auditor(catalogues: Audit.catalogues).audit(Self.document())
        #expect(!findings.contains { $0.severity == .error || $0.rule == UncertainLayoutRule.descriptor.id })
    }

    @Test func aWrongUnitTotalIsThatUnits() {
        // 丙站 printed 31.00 over its projects' 30.00: the sum 乙中心 = 本级 + 丙站 breaks too,
        // and one figure explains both.
        let findings = Auditor(catalogues: Audit.catalogues).audit(Self.document(bRemainder: "31.00"))
        #expect(!findings.contains { $0.rule == UncertainLayoutRule.descriptor.id })
        let culprit = findings.first { $0.rule == IdentityCulpritRule.descriptor.id }
        #expect(culprit?.location.row == "丙站")
    }
}
