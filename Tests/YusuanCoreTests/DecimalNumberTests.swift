import Testing
@testable import YusuanCore

@Suite struct DecimalNumberTests {
    @Test func parsesAndPrintsKeepingScale() throws {
        let value = try #require(DecimalNumber("30.80"))
        #expect(value.scale == 2)
        #expect(value.description == "30.80")
        #expect(value == DecimalNumber("30.8"))
        #expect(value.hashValue == DecimalNumber("30.8")!.hashValue)
        #expect(DecimalNumber("-0.05")?.description == "-0.05")
        #expect(DecimalNumber(".5") == DecimalNumber("0.5"))
        for bad in ["", "-", "1.", "1.2.3", "1e5", "１", "12a", "1,000"] {
            #expect(DecimalNumber(bad) == nil, "\(bad)")
        }
    }

    @Test func addsExactly() {
        #expect(DecimalNumber("0.1")! + DecimalNumber("0.2")! == DecimalNumber("0.3")!)
        #expect(DecimalNumber("251.53")! + DecimalNumber("210.31")! == DecimalNumber("461.84")!)
        #expect([DecimalNumber("109.47")!, DecimalNumber("10.55")!, DecimalNumber("1056.11")!, DecimalNumber("29.42")!].sum()
            == DecimalNumber("1205.55")!)
        #expect((DecimalNumber("1.5")! * DecimalNumber("0.02")!).description == "0.030")
    }

    @Test(arguments: [
        ("461.825", 2, RoundingRule.halfUp, "461.83"),
        ("461.835", 2, .halfEven, "461.84"),
        ("461.825", 2, .halfEven, "461.82"),
        ("-2.5", 0, .halfUp, "-3"),
        ("-2.5", 0, .halfEven, "-2"),
        ("-2.1", 0, .floor, "-3"),
        ("-2.1", 0, .ceiling, "-2"),
        ("2.19", 1, .towardZero, "2.1"),
        ("3", 2, .halfUp, "3.00"),
    ])
    func rounds(_ value: String, _ decimals: Int, _ rule: RoundingRule, _ expected: String) {
        #expect(DecimalNumber(value)!.rounded(toDecimals: decimals, rule).description == expected)
    }

    @Test func dividesToAChosenScale() {
        let share = DecimalNumber("251.53")!.divided(by: DecimalNumber("461.83")!, decimals: 4)
        #expect(share?.description == "0.5446")
        #expect(DecimalNumber(1).divided(by: DecimalNumber(3), decimals: 3, .ceiling)?.description == "0.334")
        #expect(DecimalNumber(-1).divided(by: DecimalNumber(3), decimals: 3, .floor)?.description == "-0.334")
        #expect(DecimalNumber(1).divided(by: .zero, decimals: 2) == nil)
    }

    @Test func formatsWithThousandsSeparators() {
        #expect(DecimalNumber("1205.555")!.formatted(decimals: 2, grouping: true) == "1,205.56")
        #expect(DecimalNumber("-20000000")!.formatted(decimals: 2, grouping: true) == "-20,000,000.00")
        #expect(DecimalNumber("999.995")!.formatted(decimals: 2, grouping: true) == "1,000.00")
        #expect(DecimalNumber("0.5")!.formatted(decimals: 0) == "1")
    }
}
