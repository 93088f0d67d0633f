import Foundation
import Testing
@testable import YusuanCore

/// 度量单位 and the kind of quantity each names: what checks such as "a rate is in %" use.
@Suite struct PerformanceMeasureUnitTests {
    @Test func classifiesTheSeedsUnits() {
        #expect(MeasureUnit("平方米").kind == .area)
        #expect(MeasureUnit("%").kind == .percent)
        #expect(MeasureUnit("年").kind == .time)
        #expect(MeasureUnit("户").kind == .households)
    }

    @Test func classifiesOtherUnits() {
        let units: [(String, MeasureUnit.Kind)] = [
            ("亩", .area), ("公顷", .area), ("m2", .area), ("m²", .area), ("㎡", .area), ("万平方米", .area),
            ("％", .percent), ("百分比", .percent),
            ("家", .households), ("户次", .households),
            ("个", .count), ("次", .count), ("人", .count), ("人次", .count), ("万人次", .count), ("项", .count),
            ("台", .count), ("套", .count), ("辆", .count), ("批", .count), ("册", .count),
            ("月", .time), ("日", .time), ("天", .time), ("季度", .time), ("小时", .time), ("个月", .time), ("工作日", .time),
            ("元", .money), ("万元", .money), ("亿元", .money), ("千元", .money),
            ("米", .length), ("公里", .length), ("千米", .length), ("km", .length),
            ("分", .score),
            ("立方米", .other), ("吨", .other), ("元/人", .other), ("次/年", .other), ("", .other),
        ]
        for (text, kind) in units {
            #expect(MeasureUnit(text).kind == kind, "\(text)")
        }
    }

    @Test func keepsThePrintedText() throws {
        let unit = MeasureUnit(" 平方米 ")
        #expect(unit.text == "平方米")
        #expect(unit.description == "平方米")
        #expect(MeasureUnit(printed: "") == nil)
        #expect(MeasureUnit(printed: "—") == nil)
        #expect(MeasureUnit("万元").moneyScale == .tenThousandYuan)
        #expect(MeasureUnit("%").moneyScale == nil)
        let decoded = try JSONDecoder().decode(MeasureUnit.self, from: JSONEncoder().encode(unit))
        #expect(decoded == unit)
    }
}
