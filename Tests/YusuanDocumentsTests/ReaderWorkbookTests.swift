import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
import YusuanXLSX
@testable import YusuanDocuments

/// The same documents as workbooks: one row per line, one cell per field, amounts stored as
/// numbers with the number format that prints them as the document does.
@Suite struct ReaderWorkbookTests {
    let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    /// A worksheet holding a text's lines.
    static func workbook(from text: String, sheet: String = "Sheet1") -> Workbook {
        var worksheet = Worksheet(name: sheet)
        for (row, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (column, field) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                let text = String(field)
                guard !TextNormalization.trimmed(text).isEmpty else { continue }
                worksheet.set(cell(text), row: row, column: column)
            }
        }
        return Workbook(sheets: [worksheet])
    }

    /// A number where the text is one (stored exactly, formatted to print as it was), text otherwise.
    static func cell(_ text: String) -> WorksheetCell {
        guard !text.contains("%"), let reading = try? AmountText.parse(text), let value = reading.value,
              reading.unit == nil, text.first?.isNumber == true, !text.hasPrefix("0") || text.hasPrefix("0.") || text == "0" else {
            return WorksheetCell(text: text)
        }
        let decimals = value.scale > 0 ? "." + String(repeating: "0", count: value.scale) : ""
        let format = (text.contains(",") ? "#,##0" : "0") + decimals
        return WorksheetCell(number: value.description, format: format)
    }

    /// The document without where it was read from (a sheet, a file name).
    static func placeless(_ document: Document) -> Document {
        var copy = document
        copy.file = ""
        func strip(_ location: inout YusuanDocuments.SourceLocation) { location.sheet = nil }
        for t in copy.tables.indices {
            strip(&copy.tables[t].location)
            for r in copy.tables[t].rows.indices {
                strip(&copy.tables[t].rows[r].location)
                for c in copy.tables[t].rows[r].cells.indices { strip(&copy.tables[t].rows[r].cells[c].location) }
            }
        }
        for s in copy.statements.indices { strip(&copy.statements[s].location) }
        for u in copy.unrecognized.indices { strip(&copy.unrecognized[u].location) }
        return copy
    }

    @Test(arguments: [2, 3, 4])
    func aSeedWrittenToXLSXReadsBackAsTheSameModel(_ number: Int) throws {
        let text = try Fixtures.seed(number)
        let data = try XLSXWriter.write(Self.workbook(from: text))
        let fromText = reader.read(text: text, file: "seed")
        let fromWorkbook = try reader.read(data: data, file: "seed.xlsx")
        #expect(fromWorkbook.tables.first?.rows.first?.location.sheet == "Sheet1")
        let a = Self.placeless(fromText), b = Self.placeless(fromWorkbook)
        #expect(a.tables.count == b.tables.count)
        for (left, right) in zip(a.tables, b.tables) {
            #expect(left.columns == right.columns, "\(left.title)")
            for (leftRow, rightRow) in zip(left.rows, right.rows) where leftRow != rightRow {
                Issue.record("\(left.title): \(leftRow) ≠ \(rightRow)")
            }
            #expect(left == right, "\(left.title)")
        }
        #expect(a.statements == b.statements)
        #expect(a.kind == b.kind && a.agency == b.agency && a.fiscalYear == b.fiscalYear && a.title == b.title)
        #expect(a.unrecognized == b.unrecognized)
    }

    @Test func aSheetNamedForItsTableNeedsNoTitleRow() throws {
        var sheet = Worksheet(name: "一般公共预算基本支出表")
        let rows = [["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
                    ["301", "工资福利支出", "231.45", "231.45", ""],
                    ["30101", "基本工资", "64.69", "64.69", ""],
                    ["", "合计", "231.45", "231.45", ""]]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { sheet.set(Self.cell(text), row: r, column: c) }
        }
        let data = try XLSXWriter.write(Workbook(sheets: [sheet]))
        let document = try reader.read(data: data, file: "basic.xlsx")
        let table = try #require(document.tables.first)
        #expect(table.kind == .generalPublicBasicExpenditure)
        #expect(table.rows.map(\.code) == ["301", "30101", nil])
        #expect(table.cell(table.rows[1], .personnel)?.amount?.value == DecimalNumber("64.69"))
        #expect(table.rows[1].location == YusuanDocuments.SourceLocation(line: 3, sheet: "一般公共预算基本支出表"))
    }

    @Test func aBrokenWorkbookIsAClearError() {
        var data = Data([0x50, 0x4B, 0x03, 0x04])
        data.append(contentsOf: [UInt8](repeating: 7, count: 200))
        #expect {
            _ = try reader.read(data: data, file: "broken.xlsx")
        } throws: { error in
            guard case .workbook(let zh, let en) = error as? DocumentReadError else { return false }
            return !zh.isEmpty && !en.isEmpty
        }
    }
}
