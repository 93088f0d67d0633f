import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// The package's workbook, one table per sheet, reads back as the text does: every table
/// whole, and no finding.
@Suite struct WorkbookReadBackTests {
    @Test(arguments: ["003-kashgar-2021", "004-xianning-2024"])
    func theCompiledWorkbookAuditsClean(_ example: String) throws {
        let url = Examples.root.appendingPathComponent(example).appendingPathComponent("package/disclosure.xlsx")
        let document = try DocumentReader(catalogues: Examples.catalogues).read(contentsOf: url)
        // A sheet's name line must not become a row of the table on the sheet before.
        #expect(!document.tables.contains { table in table.rows.contains { $0.location.line == 0 } })
        let findings = Auditor(catalogues: Examples.catalogues).audit(document).filter { $0.severity == .error }
        #expect(findings == [], "\(findings.map { "\($0.rule) \($0.message.zh)" })")
    }
}
