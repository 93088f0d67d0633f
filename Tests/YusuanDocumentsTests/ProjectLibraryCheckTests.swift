import Testing
import YusuanCore
@testable import YusuanDocuments

/// The project library's checks on seed 000: its money adds up across the 项目基本信息表 and
/// the 对下转移支付表, and its funded years lie within 2020 + 2 years; planted errors fail.
@Suite struct ProjectLibraryCheckTests {
    static func seed() throws -> ProjectApplication { try ProjectApplicationReaderTests.seed().application }

    @Test func seed000Passes() throws {
        let application = try Self.seed()
        #expect(application.project.implementationYears == 2020...2021)
        #expect(application.project.fundingYears == [2020, 2021])
        #expect(application.libraryProblems == [])
    }

    @Test func aSourceThatDoesNotAddUpFails() throws {
        var application = try Self.seed()
        let index = try #require(application.project.funding.firstIndex { $0.fiscalYear == 2021 && $0.kind == .localFiscal })
        application.project.funding[index].amount = Money(yuan: 36_000_000)
        let checks = application.libraryProblems.map(\.check)
        // 合计 37,000,000 ≠ 36,000,000 of sources; the transfers pass down 37,000,000 of 本级.
        #expect(checks == [.fundingSources, .transferRequest])
        #expect(application.libraryProblems[0].message.zh.contains("2021年申请金额合计 37000000.00 元"))
    }

    @Test func aRegionThatDoesNotAddUpFails() throws {
        var application = try Self.seed()
        let region = try #require(application.transfers.firstIndex { !$0.isTotal })
        let year = try #require(application.transfers[region].years.firstIndex { $0.fiscalYear == 2020 })
        application.transfers[region].years[year].localFiscal = Money(yuan: 19_000_000)
        #expect(application.libraryProblems.map(\.check) == [.transferRegions])
    }

    @Test func fundingBeyondTheImplementationYearsFails() throws {
        var application = try Self.seed()
        application.project.periodYears = 1
        let problems = application.libraryProblems
        #expect(problems.map(\.check) == [.fundedYears, .goalYears])
        #expect(problems[0].message.zh == "2021年有申请金额，但项目实施年度为 2020–2020年")
    }

    @Test func purchasesBeyondTheRequestFail() throws {
        var application = try Self.seed()
        application.procurement = [
            ProcurementItem(name: "空调", amount: Money(yuan: 70_000_000)),
            ProcurementItem(name: "合计", amount: Money(yuan: 60_000_000)),
        ]
        // Items 70,000,000 ≠ 合计 60,000,000, which exceeds the 57,000,000 asked for over both years.
        #expect(application.libraryProblems.map(\.check) == [.purchaseItems, .purchaseRequest])
    }

    @Test func seed000sTargetHasTheIndicatorProblemsTheAuditorFinds() throws {
        // The bureau's comment on the sheet: 可考核量化指标7个，其中1个填报有错.
        let problems = try Self.seed().target.qualityProblems
        #expect(problems.map(\.rule) == ["indicator.value", "indicator.unit", "indicator.unit"])
        #expect(problems.map(\.indicator) == ["通过验收并移交使用时间", "通过验收并移交使用时间", "项目投入使用后服务企业户数"])
    }

    @Test func theLibraryTakesSeed000OnceAndOnlyWhole() throws {
        var library = ProjectLibrary()
        let application = try Self.seed()
        try library.add(application)
        #expect(library.application(code: "C205010103016")?.project.name == "玉溪海关综合业务用房项目补助资金")
        #expect(library.applications(department: "玉溪市商务局").count == 1)
        #expect(library.requestedByYear == [2020: Money(yuan: 20_000_000), 2021: Money(yuan: 37_000_000)])
        #expect(throws: ProjectLibraryError.self) { try library.add(application) }
        var broken = application
        broken.project.primaryCode = "C205010103017"
        broken.project.periodYears = 1
        #expect(throws: ProjectLibraryError.self) { try library.add(broken) }
        #expect(library.applications.count == 1, "a refused application leaves the library as it was")
    }
}
