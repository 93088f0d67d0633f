import Testing
@testable import YusuanXLSX

@Suite struct DecimalTextTests {
    /// What Excel writes in `<v>` and what a person typed.
    @Test(arguments: [
        ("1205.5599999999999", "1205.56"),
        ("1.2055599999999999E+03", "1205.56"),
        ("1.2055600000000001E3", "1205.5600000000002"),  // the next double up, not 1205.56
        ("461.82999999999998", "461.83"),
        ("4.6182999999999998E+02", "461.83"),
        ("0.30000000000000004", "0.30000000000000004"),  // a different double from 0.3
        ("0.1", "0.1"),
        ("20000000", "20000000"),
        ("2E7", "20000000"),
        ("0", "0"),
        ("-0", "0"),
        ("0.00", "0"),
        ("-12.5", "-12.5"),
        ("1E-7", "0.0000001"),
        ("1.2345678901234568E+20", "123456789012345680000"),
        ("9616.338314000001", "9616.338314"),
        ("1e16", "10000000000000000"),
        ("+5.44", "5.44"),
        (".5", "0.5"),
        ("5.", "5"),
        ("007", "7"),
        ("00.50", "0.5"),
        ("0.05", "0.05"),
        ("-0.000", "0"),
        ("123456789012345", "123456789012345"),
        ("1234567890123456789", "1234567890123456800"),
        ("123456789.12", "123456789.12"),
    ])
    func findsTheShortestRoundTripText(_ stored: String, _ expected: String) {
        #expect(DecimalText.shortestRoundTrip(stored) == expected)
    }

    @Test(arguments: ["", "abc", "1,205.56", "0x1p3", "inf", "nan", "1e999", "1.2.3", " 1", "1 ", "--1", "1e", "e5", "."])
    func refusesWhatIsNotAFiniteNumber(_ text: String) {
        #expect(DecimalText.shortestRoundTrip(text) == nil)
    }

    @Test func expandsExponentsWithoutBinary() {
        #expect(DecimalText.plain("2.50E2") == "250")
        #expect(DecimalText.plain("1205.560") == "1205.56")
        #expect(DecimalText.plain("-0.000") == "0")
        #expect(DecimalText.plain("0.1000000000000000055511151231257827") == "0.1000000000000000055511151231257827")
        #expect(DecimalText.plain("1,0") == nil)
    }

    @Test func roundsHalfAwayFromZeroOnTheDecimalDigits() throws {
        func round(_ text: String, _ places: Int) throws -> String {
            try #require(DecimalDigits(text)).rounded(fractionDigits: places).plainText
        }
        #expect(try round("2.675", 2) == "2.68")     // as a double 2.67499999…
        #expect(try round("-2.675", 2) == "-2.68")
        #expect(try round("1.005", 2) == "1.01")
        #expect(try round("9.995", 2) == "10")
        #expect(try round("0.004", 2) == "0")
        #expect(try round("0.005", 2) == "0.01")
        #expect(try round("999.5", 0) == "1000")
        #expect(try round("12.34", 5) == "12.34")
    }
}
