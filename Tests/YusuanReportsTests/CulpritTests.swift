import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanTestSupport

/// Planted errors among consistent figures: the culprit is named, not a cascade of pairs.
@Suite struct CulpritTests {
    static let catalogues = try! CatalogueSet.bundled()
    static let consistent = GeneratedDocumentTests.generated(Seed003.facts)

    static func audit(_ text: String) -> [Finding] {
        Auditor(catalogues: catalogues).audit(DocumentReader(catalogues: catalogues).read(text: text, file: "planted.txt"))
    }

    static func planting(_ changes: [(String, String)]) -> String {
        changes.reduce(consistent) { text, change in
            precondition(text.components(separatedBy: change.0).count == 2, "\(change.0) is not unique")
            return text.replacingOccurrences(of: change.0, with: change.1)
        }
    }

    /// 表三 2120101 行政运行's 项目支出 is 0.00; printed 64.84 it breaks its row and its column.
    static let projectCell = ("2120101 行政运行（城乡社区管理事务）\t207.89\t207.89\t0.00\t0.00",
                              "2120101 行政运行（城乡社区管理事务）\t207.89\t207.89\t64.84\t0.00")
    /// 表六 30102 津贴补贴's 合计 is 81.91.
    static let allowanceCell = ("30102 津贴补贴\t81.91\t81.91", "30102 津贴补贴\t91.91\t81.91")
    /// 表一 收入总计 is 461.83: it is in its own sum, the balance with 支出总计, and other tables' totals.
    static let revenueTotalCell = ("收入总计\t461.83", "收入总计\t471.83")

    @Test func oneWrongCellIsNamedWithTheValueTheOthersAgreeOn() {
        let findings = Self.audit(Self.planting([Self.projectCell]))
        #expect(findings.map(\.rule) == ["identity.culprit"], "no pair findings beside it")
        let culprit = findings[0]
        #expect(culprit.location.table == "表三 部门支出总表")
        #expect(culprit.location.row == "2120101 行政运行（城乡社区管理事务）")
        #expect(culprit.location.column == "project")
        #expect(culprit.found == "64.84")
        #expect(culprit.expected == "0.00")
        #expect(culprit.message.zh.contains("是与其他数字不符的那一个"))
    }

    @Test func twoAndThreeWrongCellsAreEachNamed() {
        let two = Self.audit(Self.planting([Self.projectCell, Self.allowanceCell]))
        #expect(two.map(\.rule) == ["identity.culprit", "identity.culprit"])
        #expect(Set(two.compactMap(\.found)) == ["64.84", "91.91"])
        // 81.91 + 0.00 and the column's other rows agree on 81.91 (the column alone allows 81.900–81.920).
        #expect(two.first { $0.found == "91.91" }?.message.zh.contains("都指向 81.91") == true)

        let three = Self.audit(Self.planting([Self.projectCell, Self.allowanceCell, Self.revenueTotalCell]))
        #expect(three.map(\.rule) == ["identity.culprit", "identity.culprit", "identity.culprit"])
        #expect(Set(three.compactMap(\.found)) == ["64.84", "91.91", "471.83"])
        #expect(three.first { $0.found == "471.83" }?.expected == "461.83")
    }

    @Test func everyCellPlantedAloneIsFoundExactly() {
        // Every figure of 表三, one at a time, one more than it should be.
        let lines = Self.consistent.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "### 部门支出总表"), let end = lines[start...].firstIndex(of: "### 财政拨款收支总表") else {
            Issue.record("表三 not found"); return
        }
        var checked = 0
        for index in start..<end where lines[index].contains("\t") && !lines[index].hasPrefix("项目") {
            var fields = lines[index].components(separatedBy: "\t")
            for column in fields.indices.dropFirst() {
                guard let value = DecimalNumber(fields[column]) else { continue }
                let original = fields[column]
                fields[column] = (value + DecimalNumber(1)).description
                var planted = lines
                planted[index] = fields.joined(separator: "\t")
                let findings = Self.audit(planted.joined(separator: "\n"))
                #expect(findings.count == 1 && findings.first?.rule == "identity.culprit"
                        && findings.first?.location.line == index + 1 && findings.first?.location.columnIndex == column,
                        "line \(index + 1) column \(column): \(findings.map { "\($0.rule) \($0.location.line ?? 0)" })")
                fields[column] = original
                checked += 1
            }
        }
        #expect(checked == 72)
    }

    @Test func anAmbiguousCorrectionIsReportedAsAmbiguous() {
        // Two rows whose 合计 both print 11.00 over 8.00 + 2.00: the 合计 column, the 人员经费
        // column or the 公用经费 column could be the wrong one, in both rows alike.
        let text = """
            ### 表六 一般公共预算基本支出表

            单位：万元

            项目\t合计\t人员经费\t公用经费
            合计\t11.00\t8.00\t2.00
            301 工资福利支出\t11.00\t8.00\t2.00
            """
        let findings = Self.audit(text)
        let culprits = findings.filter { $0.rule == "identity.culprit" }
        #expect(culprits.count == 1)
        #expect(culprits.first?.message.zh.contains("无法确定是哪一处印错") == true)
        let options = culprits.first?.message.zh.components(separatedBy: "：").last?.components(separatedBy: "；")
        #expect(options?.count == 3, "three ways to correct it")
        #expect(options?.first?.contains("合计 · 合计 → 10.00") == true)
        #expect(!findings.contains { $0.rule == "table.row-parts" })
    }

    @Test func theSeedsKeepTheirExpectations() throws {
        // 004: the blank 合计 of department row 222 is the one cell three identities agree on.
        let findings = Self.audit(try Fixtures.seed(4))
        let culprit = findings.filter { $0.rule == "identity.culprit" }
        #expect(culprit.count == 1)
        #expect(culprit.first?.location.row == "222 咸宁市交通运输局")
        #expect(culprit.first?.expected == "1205.56")
        #expect(findings.contains { $0.rule == "cross.agency-name" })
        // 003: honest rounding raises nothing, culprit or not.
        #expect(!Self.audit(try Fixtures.seed(3)).contains { $0.rule.hasPrefix("identity.") || $0.rule.hasPrefix("table.") })
    }
}
