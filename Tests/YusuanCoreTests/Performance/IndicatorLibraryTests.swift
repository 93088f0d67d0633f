import Testing
import YusuanCore

/// The shipped indicator library: every category of 财预〔2020〕10号 has entries, entries are
/// found by name and category, and each passes the checks the auditor applies to a printed
/// indicator (`IndicatorMeasure`: its unit fits its name; a 满意度 is a %; values are numbers).
@Suite struct IndicatorLibraryTests {
    @Test func coversEveryCategory() throws {
        let library = try IndicatorLibrary.bundled()
        for category in IndicatorCategory.allCases {
            #expect(!library.entries(in: category).isEmpty, "\(category)")
        }
        #expect(Set(library.indicators.map(\.name)).count == library.indicators.count, "names are unique")
    }

    @Test func picksByNameAndCategory() throws {
        let library = try IndicatorLibrary.bundled()
        let pass = try #require(library.entry(named: "验收合格率"))
        let indicator = pass.indicator()
        #expect(indicator.category == .quality && indicator.effectiveTier == .output)
        #expect(indicator.comparator == .atLeast && indicator.targetValue.number == 100 && indicator.unit?.kind == .percent)
        #expect(pass.indicator(value: "98").targetValue.number == 98)
        #expect(library.search("满意度").allSatisfy { $0.category == .serviceSatisfaction })
        #expect(library.search("率", in: .timeliness).map(\.name) == ["完成及时率", "资金拨付及时率"])
        #expect(library.entry(named: "长效管理机制健全性")?.indicator().comparator == .qualitative)
    }

    @Test func everyEntryPassesTheAuditorsIndicatorChecks() throws {
        for entry in try IndicatorLibrary.bundled().indicators {
            let indicator = entry.indicator()
            if let unit = indicator.unit, let measure = IndicatorMeasure(name: entry.name) {
                #expect(measure.fits(unit), "\(entry.name) in \(unit)")
            }
            if entry.category == .serviceSatisfaction { #expect(indicator.unit?.kind == .percent, "\(entry.name)") }
            #expect(indicator.comparator != nil, "\(entry.name): \(entry.comparator)")
            if let value = entry.value { #expect(TargetValue(value).number != nil, "\(entry.name): \(value)") }
            #expect((indicator.comparator == .qualitative) == (entry.unit == nil), "\(entry.name)")
        }
    }

    @Test func aTargetPickedFromTheLibraryHasNoQualityProblem() throws {
        let library = try IndicatorLibrary.bundled()
        let picked = ["完成数量", "验收合格率", "完成及时率", "受益人数", "服务对象满意度"].compactMap { library.entry(named: $0)?.indicator(value: "95") }
        #expect(picked.count == 5)
        #expect(PerformanceTarget(indicators: picked).qualityProblems == [])
        // Without a satisfaction indicator, and with one in 分, the checks speak.
        var target = PerformanceTarget(indicators: Array(picked.prefix(4)))
        #expect(target.qualityProblems.map(\.rule) == ["indicator.categories"])
        target.indicators.append(Indicator(name: "群众满意度", category: .serviceSatisfaction, comparator: .atLeast,
                                           targetValue: TargetValue("9"), unit: MeasureUnit("分"), isQuantitative: true))
        #expect(target.qualityProblems.map(\.rule) == ["indicator.satisfaction-percent"])
    }
}
