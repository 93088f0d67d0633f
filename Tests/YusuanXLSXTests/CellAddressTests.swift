import Testing
@testable import YusuanXLSX

@Suite struct CellAddressTests {
    @Test(arguments: [
        ("A1", 0, 0), ("B3", 2, 1), ("Z10", 9, 25), ("AA1", 0, 26), ("AZ2", 1, 51),
        ("$C$7", 6, 2), ("xfd1048576", 1_048_575, 16_383),
    ])
    func readsReferences(_ reference: String, _ row: Int, _ column: Int) {
        let address = CellAddress(reference: reference)
        #expect(address == CellAddress(row: row, column: column))
    }

    @Test(arguments: ["", "A", "1", "1A", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A-1", "Ａ1", "B 3"])
    func refusesWhatIsNotAReference(_ reference: String) {
        #expect(CellAddress(reference: reference) == nil)
    }

    @Test func writesReferences() {
        #expect(CellAddress(row: 2, column: 1).reference == "B3")
        #expect(CellAddress(row: 0, column: 26).reference == "AA1")
        #expect(CellAddress(row: 0, column: 701).reference == "ZZ1")
        #expect(CellAddress(row: 0, column: 702).reference == "AAA1")
        for column in [0, 25, 26, 51, 52, 700, 701, 702, 16_383] {
            #expect(CellAddress(reference: CellAddress(row: 4, column: column).reference)?.column == column)
        }
    }

    @Test func ordersByRowThenColumn() {
        let cells = ["B2", "A3", "C1", "A2"].compactMap(CellAddress.init(reference:)).sorted()
        #expect(cells.map(\.reference) == ["C1", "A2", "B2", "A3"])
    }

    @Test func readsRanges() throws {
        let range = try #require(CellRange(reference: "C2:A1"))
        #expect(range.start.reference == "A1" && range.end.reference == "C2")
        #expect(range.reference == "A1:C2")
        #expect(range.rowCount == 2 && range.columnCount == 3)
        #expect(range.contains(CellAddress(row: 1, column: 2)))
        #expect(!range.contains(CellAddress(row: 2, column: 0)))
        #expect(CellRange(reference: "B3")?.reference == "B3")
        #expect(CellRange(reference: "A1:") == nil)
        #expect(CellRange(reference: "A1:B2:C3") == nil)
        #expect(range.intersects(CellRange(reference: "C2:D5")!))
        #expect(!range.intersects(CellRange(reference: "D1:D5")!))
    }
}
