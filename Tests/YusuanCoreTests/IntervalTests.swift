import Testing
@testable import YusuanCore

@Suite struct IntervalTests {
    func figure(_ text: String, _ scale: MoneyScale = .tenThousandYuan) -> PublishedFigure {
        PublishedFigure(DecimalNumber(text)!, scale)
    }

    @Test func aPrintedFigureIsTheRangeThatRoundsToIt() {
        let total = figure("461.83")
        #expect(total.interval == Interval(lower: DecimalNumber(4_618_250), upper: DecimalNumber(4_618_350)))
        #expect(figure("30.8").interval.width == DecimalNumber(1000), "one printed decimal: ±0.05 万元")
        #expect(figure("9,616.338314".replacingOccurrences(of: ",", with: "")).interval.width == DecimalNumber("0.01"))
    }

    @Test func honestRoundingIsConsistent() {
        // Seed 003: 收入总计 461.83 against its two sources.
        #expect(figure("461.83").isConsistent(with: [figure("251.53"), figure("210.31")].sumInterval()))
        // Seed 003: 工资福利支出 231.45 against its ten rows (they add to 231.46).
        let rows = ["64.69", "81.91", "16.58", "4.26", "20.18", "12.20", "3.32", "3.20", "17.92", "7.20"].map { figure($0) }
        #expect(figure("231.45").isConsistent(with: rows.sumInterval()))
        // Seed 004: 1205.56 against 109.47 + 10.55 + 1056.11 + 29.42 = 1205.55.
        #expect(figure("1205.56").isConsistent(with: ["109.47", "10.55", "1056.11", "29.42"].map { figure($0) }.sumInterval()))
    }

    @Test func aRealDifferenceIsNot() {
        #expect(!figure("461.93").isConsistent(with: [figure("251.53"), figure("210.31")].sumInterval()))
        #expect(!figure("25.57").isConsistent(with: figure("25.60")))
        let difference = figure("1205.56").interval - figure("380.56").interval
        #expect(figure("825.00").isConsistent(with: difference))
        #expect(!figure("826.00").isConsistent(with: difference))
    }

    @Test func sharesAreCheckedAtTheirPrintedPrecision() throws {
        let share = try #require(PublishedFigure.ratio(figure("251.53"), figure("461.83")))
        #expect(!PublishedPercentage(DecimalNumber("54.00")!).isConsistent(withRatio: share), "seed 003 prints 54.00%; it is 54.46%")
        #expect(PublishedPercentage(DecimalNumber("54.46")!).isConsistent(withRatio: share))
        #expect(PublishedPercentage(DecimalNumber("54")!).isConsistent(withRatio: share), "54% claims less than 54.00%")
        #expect(PublishedPercentage(DecimalNumber("54.5")!).isConsistent(withRatio: share))
        #expect(!PublishedPercentage(DecimalNumber("54.4")!).isConsistent(withRatio: share))
        let other = try #require(PublishedFigure.ratio(figure("210.31"), figure("461.83")))
        #expect(!PublishedPercentage(DecimalNumber("46.00")!).isConsistent(withRatio: other))
        #expect(PublishedPercentage(DecimalNumber("45.54")!).isConsistent(withRatio: other))
        // Seed 002: 30.8 / 37.18 printed as 82.86%; 30.8 carries one decimal.
        let rate = try #require(PublishedFigure.ratio(figure("30.8"), figure("37.18")))
        #expect(PublishedPercentage(DecimalNumber("82.86")!).isConsistent(withRatio: rate))
        // Seed 003: 增长 2.21% on 251.53 after an increase of 5.44.
        let growth = try #require(figure("5.44").interval.divided(by: figure("251.53").interval - figure("5.44").interval))
        #expect(PublishedPercentage(DecimalNumber("2.21")!).isConsistent(withRatio: growth))
        #expect(!PublishedPercentage(DecimalNumber("2.31")!).isConsistent(withRatio: growth))
    }

    @Test func aRatioOverZeroSaysNothing() {
        #expect(Interval(printed: 5).divided(by: Interval(printed: DecimalNumber("0.00")!)) == nil)
        let negative = Interval(exactly: -6).divided(by: Interval(exactly: 4), decimals: 2)
        #expect(negative == Interval(exactly: DecimalNumber("-1.50")!))
    }
}
