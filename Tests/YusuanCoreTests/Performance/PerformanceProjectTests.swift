import Foundation
import Testing
@testable import YusuanCore

/// A project's classification, flags, funding block and narratives.
@Suite struct PerformanceProjectTests {
    @Test func recognisesProjectCategories() {
        #expect(ProjectCategory(text: "事业发展类") == .development)
        #expect(ProjectCategory(text: "人员类项目") == .personnel)
        #expect(ProjectCategory(text: "其他运转类") == .operation)
        #expect(ProjectCategory(text: "特定目标类") == .specificPurpose)
        #expect(ProjectCategory(text: "专项业务类") == .specialBusiness)
        #expect(ProjectCategory(text: "普通项目") == nil)
    }

    @Test func recognisesFlagsAndAnswers() {
        #expect(ProjectFlag(label: "是否重大项目", value: nil).kind == .major)
        #expect(ProjectFlag(label: "是否政府购买服务", value: true).kind == .governmentPurchasedServices)
        #expect(ProjectFlag(label: "是否政府采购", value: true).kind == .governmentProcurement)
        #expect(ProjectFlag(label: "是否使用贫困县整合的涉农资金", value: nil).kind == .integratedAgriculturalFunds)
        #expect(ProjectFlag(label: "钱物是否直接补助到人", value: nil).kind == .paidDirectlyToIndividuals)
        #expect(ProjectFlag(label: "是否跨年度项目", value: nil).kind == nil, "kept by its label")
        #expect(ProjectFlag.Kind.allCases.allSatisfy { ProjectFlag.Kind(label: $0.chineseName) == $0 })
        #expect(ProjectFlag.answer("是") == true)
        #expect(ProjectFlag.answer("否") == false)
        #expect(ProjectFlag.answer("") == nil)
        var project = Project(flags: [ProjectFlag(label: "是否基本建设项目", value: true)])
        #expect(project.flag(.capitalConstruction) == true)
        #expect(project.flag(.major) == nil)
        project.flags.append(ProjectFlag(label: "是否重大项目", value: false))
        #expect(project.flag(.major) == false)
    }

    @Test func looksFundingUp() throws {
        let project = Project(funding: [
            ProjectFunding(fiscalYear: 2020, source: "合计", amount: Money(yuan: 20_000_000)),
            ProjectFunding(fiscalYear: 2020, source: "本级财政安排", amount: Money(yuan: 20_000_000)),
            ProjectFunding(fiscalYear: 2021, source: "合计", amount: Money(yuan: 37_000_000)),
            ProjectFunding(fiscalYear: 2021, source: "上级补助", amount: Money(yuan: 7_000_000)),
            ProjectFunding(fiscalYear: 2021, source: "部门自筹", amount: Money(yuan: 29_000_000)),
        ])
        #expect(project.fundingYears == [2020, 2021])
        #expect(project.funding(year: 2020, .localFiscal) == Money(yuan: 20_000_000))
        #expect(project.funding(year: 2021, .selfRaised) == Money(yuan: 29_000_000))
        #expect(project.statedTotal(year: 2021) == Money(yuan: 37_000_000))
        #expect(project.sourcesTotal(year: 2021) == Money(yuan: 36_000_000), "合计 does not add up: a check can say so")
        #expect(project.totalRequested == Money(yuan: 57_000_000))
        let decoded = try JSONDecoder().decode(Project.self, from: JSONEncoder().encode(project))
        #expect(decoded == project)
    }

    @Test func recognisesFundingSources() {
        #expect(ProjectFundingSource(text: "上级补助") == .superiorTransfer)
        #expect(ProjectFundingSource(text: "本级财政安排") == .localFiscal)
        #expect(ProjectFundingSource(text: "部门自筹") == .selfRaised)
        #expect(ProjectFundingSource(text: "单位自筹") == .selfRaised)
        #expect(ProjectFundingSource(text: "合计") == .total)
        #expect(ProjectFundingSource(text: "资金规模") == .total)
        #expect(ProjectFundingSource(text: "玉溪市") == nil)
    }

    @Test func recognisesNarrativeTopics() {
        let titles: [(String, ProjectNarrative.Topic)] = [
            ("项目的法律、法规、政策、会议纪要等依据", .legalBasis), ("项目的可行性论证", .feasibility),
            ("项目建设内容(目标)", .content), ("项目的受益对象", .beneficiaries),
            ("项目是否符合各级党委、政府确定的工作目标", .policyAlignment), ("项目前期评估论证", .appraisal),
            ("项目实施(工作)方案", .implementationPlan), ("项目资金安排是否有明确的标准和依据", .fundingBasis),
            ("项目组织机构", .organization), ("项目实施主体责任", .responsibility),
            ("项目节支或增效的改进措施", .savings), ("项目的内控机制", .internalControl),
            ("项目的财务管理制度", .financialManagement),
        ]
        for (title, topic) in titles {
            #expect(ProjectNarrative.Topic(title: title) == topic, "\(title)")
        }
        #expect(ProjectNarrative.Topic(title: "其他") == nil)
        // A form asking a question afresh asks it in words that read back as the same topic.
        for topic in ProjectNarrative.Topic.allCases {
            #expect(ProjectNarrative.Topic(title: topic.standardTitle) == topic, "\(topic)")
        }
    }

    @Test func transferRowsReadBySource() {
        var year = TransferPayment.Year(fiscalYear: 2020)
        year[.localFiscal] = Money(yuan: 20_000_000)
        year[.total] = Money(yuan: 20_000_000)
        let row = TransferPayment(region: "玉溪市高新技术开发区", years: [year])
        #expect(!row.isTotal)
        #expect(row.year(2020)?.localFiscal == Money(yuan: 20_000_000))
        #expect(row.year(2020)?.superiorTransfer == nil)
        #expect(TransferPayment(region: "合 计").isTotal)
        #expect(TransferPayment.Year(fiscalYear: nil).isBlank)
        #expect(ProcurementItem(name: "合计").isTotal)
        #expect(PurchasedService(catalogue: "合计").isTotal)
        let application = ProjectApplication(transfers: [TransferPayment(region: "合计"), row])
        #expect(application.transferRegions == [row])
    }
}
