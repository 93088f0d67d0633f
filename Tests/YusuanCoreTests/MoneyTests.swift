import Testing
@testable import YusuanCore

@Suite struct MoneyTests {
    @Test func convertsPrintedValuesExactly() throws {
        let total = try #require(Money(exactly: DecimalNumber("461.83")!, in: .tenThousandYuan))
        #expect(total.fen == 461_830_000)
        #expect(Money(exactly: DecimalNumber("9616.338314")!, in: .tenThousandYuan)?.fen == 9_616_338_314)
        #expect(Money(exactly: DecimalNumber("0.001")!) == nil, "finer than a 分")
        #expect(Money(exactly: DecimalNumber("1.14")!, in: .hundredMillionYuan) == Money(yuan: 114_000_000))
    }

    @Test func displaysAtATablesPrecision() {
        let amount = Money(fen: 201_785_00) // 201,785.00 元
        #expect(amount.displayValue(in: .tenThousandYuan) == DecimalNumber("20.18")!)
        #expect(amount.formatted(.tenThousandYuan) == "20.18")
        #expect(Money(fen: 12_055_600_00).formatted(.tenThousandYuan) == "1,205.56")
        #expect(Money(fen: 2_000_000_000).formatted(.yuan) == "20,000,000.00")
        #expect(Money(fen: -150).formatted(DisplayPrecision(scale: .yuan, decimals: 0)) == "-2")
    }

    @Test func codesAsAStringOfYuan() throws {
        let encoded = try JSONEncoder().encode([Money(fen: 120_556)])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["1205.56"]"#)
        #expect(try JSONDecoder().decode([Money].self, from: Data(#"["1205.56", 3]"#.utf8)) == [Money(fen: 120_556), Money(yuan: 3)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data(#"["1.005"]"#.utf8)) }
    }
}

import Foundation
