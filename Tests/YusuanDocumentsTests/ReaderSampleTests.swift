import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// The real published documents of many provinces, as pdftotext lays their text out.
@Suite struct ReaderSampleTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var kind: DocumentKind
        var agency: String
        var year: Int
        var scale: MoneyScale?
        /// Standard tables the document prints (each at least once).
        var tables: [TableKind]
        var testDescription: String { file }
    }

    static let standard: [TableKind] = [.revenueExpenditureSummary, .revenueSummary, .expenditureSummary,
                                        .fiscalAppropriationSummary, .generalPublicExpenditure]

    static let expectations: [Expected] = [
        Expected(file: "budget-2026-beijing-xinfangban-tables.txt", kind: .budgetDisclosure, agency: "北京市信访办公室",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure,
                 .governmentFundExpenditure, .stateCapitalExpenditure, .threePublicExpenses, .procurement,
                 .purchasedServices, .performanceTargets, .agencyPerformanceTargets]),
        Expected(file: "budget-2026-changsha-zhijiaoban.txt", kind: .budgetDisclosure, agency: "长沙职业教育基地综合协调办公室",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure, .threePublicExpenses,
                 .governmentFundExpenditure, .performanceTargets, .agencyPerformanceTargets]),
        Expected(file: "budget-2026-chongqing-kejiju.txt", kind: .budgetDisclosure, agency: "重庆市科学技术局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure,
                 .governmentFundExpenditure, .threePublicExpenses, .procurement, .agencyPerformanceTargets, .performanceTargets]),
        Expected(file: "budget-2026-fuzhou-yibaoju.txt", kind: .budgetDisclosure, agency: "福州市医疗保障局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.governmentFundExpenditure, .stateCapitalExpenditure,
                 .generalPublicEconomicExpenditure, .generalPublicBasicExpenditure, .threePublicExpenses, .performanceTargets]),
        Expected(file: "budget-2026-hangzhou-sifaju.txt", kind: .budgetDisclosure, agency: "杭州市司法局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure, .threePublicExpenses,
                 .governmentFundExpenditure, .stateCapitalExpenditure, .projectExpenditure, .performanceTargets]),
        Expected(file: "budget-2026-shanghai-shenjiju.txt", kind: .budgetDisclosure, agency: "上海市审计局",
                 year: 2026, scale: .yuan, tables: standard + [.governmentFundExpenditure, .stateCapitalExpenditure,
                 .generalPublicBasicExpenditure, .threePublicExpenses]),
        Expected(file: "budget-2026-shenzhen-tongjiju.txt", kind: .budgetDisclosure, agency: "深圳市统计局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.basicExpenditure, .projectExpenditure,
                 .generalPublicEconomicExpenditure, .threePublicExpenses, .governmentFundExpenditure, .stateCapitalExpenditure]),
        Expected(file: "budget-2026-xian-tongjiju.txt", kind: .budgetDisclosure, agency: "西安市统计局",
                 year: 2026, scale: .yuan, tables: standard + [.generalPublicEconomicExpenditure,
                 .generalPublicBasicExpenditure, .governmentFundExpenditure, .projectExpenditure, .procurement,
                 .threePublicExpenses, .performanceTargets, .agencyPerformanceTargets]),
        Expected(file: "budget-2026-yantai-dashujuju.txt", kind: .budgetDisclosure, agency: "烟台市大数据局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure, .threePublicExpenses,
                 .governmentFundExpenditure, .stateCapitalExpenditure, .basicExpenditure, .projectExpenditure, .procurement,
                 .performanceTargets]),
        Expected(file: "budget-2026-zhuhai-shangwuju.txt", kind: .budgetDisclosure, agency: "珠海市商务局",
                 year: 2026, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure, .projectExpenditure,
                 .threePublicExpenses, .governmentFundExpenditure, .stateCapitalExpenditure, .basicExpenditure]),
        Expected(file: "final-2022-xian-weijianwei.txt", kind: .finalAccountsDisclosure, agency: "西安市卫生健康委员会",
                 year: 2022, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure,
                 .governmentFundExpenditure, .stateCapitalExpenditure, .threePublicExpenses, .selfEvaluation]),
        Expected(file: "final-2024-shanghai-template-blank.txt", kind: .finalAccountsDisclosure, agency: "上海市XX局",
                 year: 2024, scale: .tenThousandYuan, tables: standard + [.generalPublicBasicExpenditure, .threePublicExpenses,
                 .governmentFundExpenditure, .stateCapitalExpenditure]),
        Expected(file: "selfeval-2024-ningde-zhengfuban.txt", kind: .selfEvaluation, agency: "宁德市人民政府办公室",
                 year: 2024, scale: nil, tables: [.selfEvaluation]),
    ]

    let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    @Test(arguments: expectations)
    func readsKindAgencyYearAndStandardTables(_ expected: Expected) throws {
        let document = try reader.read(contentsOf: Fixtures.url("samples/\(expected.file)"), as: expected.file)
        #expect(document.kind == expected.kind)
        #expect(document.agency.map { TextNormalization.halfWidth($0).hasPrefix(expected.agency) } == true,
                "agency \(document.agency ?? "nil")")
        #expect(document.fiscalYear == expected.year)
        #expect(document.moneyScale == expected.scale)
        let found = Set(document.tables.map(\.kind))
        #expect(Set(expected.tables).subtracting(found) == [], "missing tables")
        // What is not understood is listed with its place, not lost.
        for item in document.unrecognized {
            #expect(item.location.line > 0 && !item.reason.zh.isEmpty)
        }
        for (index, table) in document.tables.enumerated() where table.kind == .unknown {
            #expect(document.unrecognized.contains { $0.table == index }, "unknown table \(table.title) is reported")
        }
    }

    @Test func aFileWithoutTextIsAClearError() {
        #expect(throws: DocumentReadError.empty) {
            _ = try reader.read(contentsOf: Fixtures.url("samples/budget-2026-beijing-zhengshuju-notes-scanned.txt"))
        }
    }

    @Test func everySampleHasItsTablesInTheIndex() throws {
        let listed = try Fixtures.text("samples/INDEX.md")
        for file in try Fixtures.samples() {
            #expect(listed.contains(file.replacingOccurrences(of: ".txt", with: ".pdf")), "\(file) is described in INDEX.md")
        }
        #expect(try Fixtures.samples().count == Self.expectations.count + 1, "every sample but the scanned one has expectations")
    }
}
