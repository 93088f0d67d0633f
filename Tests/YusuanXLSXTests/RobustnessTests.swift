import Foundation
import Testing
@testable import YusuanXLSX

/// Bad input throws an `XLSXError` that names the part; it never crashes.
@Suite struct RobustnessTests {
    let valid = try! XLSXWriter.write(SampleWorkbook.make())

    func error(reading data: Data) -> XLSXError? {
        do {
            _ = try XLSXReader.read(data)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [Data(), Data("hello".utf8), Data(repeating: 0, count: 4096), Data("PK\u{3}\u{4}".utf8)])
    func refusesWhatIsNotAZip(_ data: Data) throws {
        let error = try #require(self.error(reading: data))
        #expect(error.zh.contains("ZIP") && error.en.contains("ZIP"))
    }

    @Test func refusesAZipWithoutAWorkbook() throws {
        let data = try PackageWriter.zip([("word/document.xml", "<document/>")])
        let error = try #require(self.error(reading: data))
        #expect(error.part == "xl/workbook.xml")
        #expect(error.zh.contains("xl/workbook.xml") && error.en.contains("xl/workbook.xml"))
    }

    @Test(arguments: ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                      "xl/_rels/workbook.xml.rels", "_rels/.rels"])
    func namesThePartWithMalformedXML(_ part: String) throws {
        let data = try Packages.replacing(part, with: "<a><b></a>", in: SampleWorkbook.make())
        let error = try #require(self.error(reading: data))
        #expect(error.part == part)
        #expect(error.zh.contains(part) && error.en.contains(part), "\(error)")
    }

    @Test func namesAMissingSheetPart() throws {
        let data = try Packages.replacing("xl/worksheets/sheet2.xml", with: nil, in: SampleWorkbook.make())
        let error = try #require(self.error(reading: data))
        #expect(error.part == "xl/worksheets/sheet2.xml")
        #expect(error.zh.contains("说明") && error.en.contains("说明"), "names the sheet")
    }

    @Test func refusesAWorkbookWithoutSheets() throws {
        let workbook = "<workbook xmlns=\"\(Packages.main)\"><sheets/></workbook>"
        let data = try Packages.replacing("xl/workbook.xml", with: workbook, in: SampleWorkbook.make())
        let error = try #require(self.error(reading: data))
        #expect(error.part == "xl/workbook.xml")
    }

    @Test func namesTheCellWithAHugeSharedStringIndex() throws {
        let data = try Packages.workbook(sheetData: #"<row r="3"><c r="B3" t="s"><v>99999999999</v></c></row>"#,
                                         sharedStrings: "<si><t>一</t></si>")
        let error = try #require(self.error(reading: data))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.zh.contains("B3") && error.en.contains("B3") && error.en.contains("xl/worksheets/sheet1.xml"))
        #expect(error.en.contains("shared string"))
    }

    @Test(arguments: [
        (#"<row r="1"><c r="A1"><v>12abc</v></c></row>"#, "A1"),
        (#"<row r="1"><c r="B1" t="s"><v>-1</v></c></row>"#, "B1"),
        (#"<row r="1"><c r="ZZZZ1"><v>1</v></c></row>"#, "ZZZZ1"),
        (#"<row r="0"><c><v>1</v></c></row>"#, "0"),
    ])
    func namesTheBadCell(_ sheetData: String, _ name: String) throws {
        let data = try Packages.workbook(sheetData: sheetData)
        let error = try #require(self.error(reading: data))
        #expect(error.zh.contains(name) && error.en.contains(name), "\(error)")
        #expect(error.en.contains("表1"), "names the sheet")
    }

    @Test func throwsOnEveryTruncation() {
        #expect(error(reading: valid) == nil)
        for length in stride(from: 0, to: valid.count, by: 23) {
            #expect(error(reading: valid.prefix(length)) != nil, "\(length) of \(valid.count) bytes")
        }
    }

    @Test func throwsOnRandomBytes() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<200 {
            let count = Int(random.next() % 3000)
            var bytes = Data((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            if random.next() % 2 == 0, bytes.count > 4 { bytes.replaceSubrange(0..<4, with: [0x50, 0x4B, 3, 4]) }
            #expect(error(reading: bytes) != nil)
        }
    }

    /// Flipped bytes may still leave a readable file; whatever happens, nothing crashes.
    @Test func survivesFlippedBytes() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var bytes = valid
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            }
            _ = error(reading: bytes)
        }
    }

    @Test func readsGarbageXMLInEveryPartWithoutCrashing() throws {
        var random = SplitMix64(seed: 11)
        let parts = try PackageContents.entries(of: valid).map(\.path)
        for part in parts {
            for _ in 0..<5 {
                let garbage = String(decoding: (0..<200).map { _ in UInt8(32 + random.next() % 95) }, as: UTF8.self)
                let data = try Packages.replacing(part, with: "<" + garbage, in: SampleWorkbook.make())
                let error = self.error(reading: data)
                if part.hasPrefix("xl/") {
                    #expect(error?.part == part, "\(part)")
                }
            }
        }
    }

    @Test func toleratesAStyleIndexOutOfRange() throws {
        let data = try Packages.workbook(sheetData: #"<row r="1"><c r="A1" s="999"><v>1.5</v></c></row>"#)
        let sheet = try XLSXReader.read(data).sheets[0]
        #expect(sheet.cell(row: 0, column: 0) == WorksheetCell(value: .number("1.5")))
    }

    @Test func refusesUnwritableWorkbooks() throws {
        #expect(throws: XLSXError.self) { try XLSXWriter.write(Workbook()) }

        var sheet = Worksheet(name: "数")
        sheet.set(WorksheetCell(number: "1,205.56"), row: 2, column: 1)
        do {
            _ = try XLSXWriter.write(Workbook(sheets: [sheet]))
            Issue.record("wrote an invalid number")
        } catch {
            #expect(error.zh.contains("B3") && error.en.contains("B3") && error.en.contains("xl/worksheets/sheet1.xml"))
        }

        var merged = Worksheet(name: "并")
        merged.merge(CellRange(reference: "A1:C1")!)
        merged.merge(CellRange(reference: "B1:B3")!)
        #expect(throws: XLSXError.self) { try XLSXWriter.write(Workbook(sheets: [merged])) }

        var far = Worksheet(name: "远")
        far.set(WorksheetCell(text: "x"), row: CellAddress.maxRows, column: 0)
        #expect(throws: XLSXError.self) { try XLSXWriter.write(Workbook(sheets: [far])) }
    }
}

/// A small seeded generator, so failures repeat.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
