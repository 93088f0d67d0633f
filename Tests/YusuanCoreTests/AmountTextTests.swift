import Testing
@testable import YusuanCore

@Suite struct AmountTextTests {
    @Test(arguments: [
        ("1,205.56", "1205.56"),
        ("20,000,000.00", "20000000.00"),
        ("0", "0"),
        ("0.00", "0.00"),
        ("１，２０５．５６", "1205.56"),
        ("  461.83\t", "461.83"),
        ("9,616.338314", "9616.338314"),
        ("351904.90", "351904.90"),
        ("-1,686.52", "-1686.52"),
        ("(12.50)", "-12.50"),
        ("－0.28", "-0.28"),
        ("+5.44", "5.44"),
        ("¥1,000", "1000"),
    ])
    func readsPrintedAmounts(_ text: String, _ expected: String) throws {
        let reading = try AmountText.parse(text)
        #expect(reading.value == DecimalNumber(expected))
        #expect(reading.value?.scale == DecimalNumber(expected)?.scale, "keeps the printed precision")
        #expect(reading.unit == nil)
    }

    @Test(arguments: ["", "   ", "-", "—", "——", "－", "--", "／"])
    func readsBlankAndDashesAsNothing(_ text: String) throws {
        #expect(try AmountText.parse(text).isBlank)
    }

    @Test func readsATrailingUnit() throws {
        #expect(try AmountText.parse("825万元") == .init(value: 825, unit: .tenThousandYuan))
        #expect(try AmountText.parse("251.53 万元") == .init(value: DecimalNumber("251.53"), unit: .tenThousandYuan))
        #expect(try AmountText.parse("20,000,000.00元") == .init(value: DecimalNumber("20000000.00"), unit: .yuan))
        #expect(try AmountText.parse("1.14亿元") == .init(value: DecimalNumber("1.14"), unit: .hundredMillionYuan))
        let figure = try #require(try PublishedFigure.parse("825万元", tableScale: .yuan))
        #expect(figure.yuan == DecimalNumber(8_250_000))
    }

    @Test(arguments: [
        ("12,05.56", "千分位分隔符位置不对"),
        ("1,2345", "千分位分隔符位置不对"),
        ("abc", "不是金额"),
        ("12.3.4", "不是金额"),
        ("约100", "不是金额"),
        ("1.2e5", "不是金额"),
        (String(repeating: "9", count: 40), "数字位数过多"),
    ])
    func rejectsGarbageWithAClearMessage(_ text: String, _ reason: String) {
        #expect {
            _ = try AmountText.parse(text)
        } throws: { error in
            let message = (error as? AmountTextError)?.message
            return message?.zh.contains(reason) == true && message?.zh.contains(text) == true
                && message?.en.contains("cannot read amount") == true
        }
    }

    @Test func readsPercentagesWithTheirPrecision() throws {
        let share = try #require(PublishedPercentage.parse("54.00%"))
        #expect(share.decimals == 2)
        #expect(share.interval == Interval(lower: DecimalNumber("53.995")!, upper: DecimalNumber("54.005")!))
        #expect(PublishedPercentage.parse("3%")?.interval == Interval(lower: DecimalNumber("2.5")!, upper: DecimalNumber("3.5")!))
        #expect(PublishedPercentage.parse("100%")?.decimals == 0)
        #expect(PublishedPercentage.parse("２．２１％")?.value == DecimalNumber("2.21"))
        #expect(PublishedPercentage.parse("-1.37 %")?.value == DecimalNumber("-1.37"))
        #expect(PublishedPercentage.parse("54.00") == nil)
        #expect(PublishedPercentage.parse("abc%") == nil)
    }
}
