/// The project library's checks of one application: the money asked for adds up within and
/// across its tables, and the years it is funded for lie within the years it runs.
extension ProjectApplication {
    /// Every disagreement, in the order: 申请金额 sources vs 合计, 转移支付 regions vs 合计,
    /// 转移支付 vs 申请金额, 采购 and 购买服务 items vs 合计 and vs the project, years.
    public var libraryProblems: [ProjectProblem] {
        fundingProblems + transferProblems + purchaseProblems + yearProblems
    }

    /// 申请金额: each year's sources add up to its 合计.
    var fundingProblems: [ProjectProblem] {
        project.fundingYears.compactMap { year -> ProjectProblem? in
            guard let stated = project.statedTotal(year: year), let sum = project.sourcesTotal(year: year), stated != sum else { return nil }
            return ProjectProblem(check: .fundingSources, message: .init(
                zh: "项目基本信息表 \(year)年申请金额合计 \(stated.yuan) 元，各资金来源之和为 \(sum.yuan) 元",
                en: "the project's \(year) request totals \(stated.yuan) yuan, but its sources add up to \(sum.yuan) yuan"))
        }
    }

    /// 对下转移支付: regions add up to the 合计 row, and the 合计 row is the project's request
    /// for that year and source (the money passed down is the money asked for).
    var transferProblems: [ProjectProblem] {
        guard let total = transfers.first(where: \.isTotal) else { return [] }
        var found: [ProjectProblem] = []
        let years = Set(transfers.flatMap { $0.years.compactMap(\.fiscalYear) }).sorted()
        for year in years {
            for source in ProjectFundingSource.allCases {
                let stated = total.year(year)?[source] ?? .zero
                let regions = transferRegions.compactMap { $0.year(year)?[source] }.sum()
                if stated != regions {
                    found.append(ProjectProblem(check: .transferRegions, message: .init(
                        zh: "对下转移支付表 \(year)年\(source.chineseName)合计 \(stated.yuan) 元，各地区之和为 \(regions.yuan) 元",
                        en: "the transfers' \(year) \(source.rawValue) total is \(stated.yuan) yuan, but the regions add up to \(regions.yuan) yuan")))
                }
                let requested = project.funding(year: year, source) ?? .zero
                if stated != requested {
                    found.append(ProjectProblem(check: .transferRequest, message: .init(
                        zh: "对下转移支付表 \(year)年\(source.chineseName) \(stated.yuan) 元，项目基本信息表申请 \(requested.yuan) 元",
                        en: "the transfers give \(stated.yuan) yuan of \(source.rawValue) for \(year), but the project requests \(requested.yuan) yuan")))
                }
            }
        }
        return found
    }

    /// 政府采购 and 政府购买服务: items add up to their 合计, which cannot exceed what the
    /// project asks for in all.
    var purchaseProblems: [ProjectProblem] {
        var found: [ProjectProblem] = []
        let tables: [(String, String, Money?, Money)] = [
            ("项目政府采购表", "procurement", procurement.first(where: \.isTotal)?.amount,
             procurement.filter { !$0.isTotal }.compactMap(\.amount).sum()),
            ("项目政府购买服务表", "purchased services", services.first(where: \.isTotal)?.amount,
             services.filter { !$0.isTotal }.compactMap(\.amount).sum()),
        ]
        for (zh, en, stated, items) in tables {
            if let stated, stated != items {
                found.append(ProjectProblem(check: .purchaseItems, message: .init(
                    zh: "\(zh)合计 \(stated.yuan) 元，各项之和为 \(items.yuan) 元",
                    en: "the \(en) total is \(stated.yuan) yuan, but its items add up to \(items.yuan) yuan")))
            }
            if let requested = project.totalRequested, !requested.isZero, (stated ?? items) > requested {
                found.append(ProjectProblem(check: .purchaseRequest, message: .init(
                    zh: "\(zh)金额 \((stated ?? items).yuan) 元，超过项目申请总额 \(requested.yuan) 元",
                    en: "the \(en) amount to \((stated ?? items).yuan) yuan, more than the \(requested.yuan) yuan the project requests")))
            }
        }
        return found
    }

    /// The years funded (a non-zero 合计, or a source when no 合计 is printed) lie within
    /// 项目实施年度 … + 实施周期 − 1; so do the years of the 年度目标.
    var yearProblems: [ProjectProblem] {
        guard let range = project.implementationYears else { return [] }
        let funded = project.fundingYears.filter { year in
            (project.statedTotal(year: year) ?? project.sourcesTotal(year: year) ?? .zero) != .zero
        }
        let printedRange = "\(range.lowerBound)–\(range.upperBound)"
        var found = funded.filter { !range.contains($0) }.map { year in
            ProjectProblem(check: .fundedYears, message: .init(
                zh: "\(year)年有申请金额，但项目实施年度为 \(printedRange)年",
                en: "money is requested for \(year), but the project runs \(printedRange)"))
        }
        found += target.yearGoals.map(\.fiscalYear).filter { !range.contains($0) }.map { year in
            ProjectProblem(check: .goalYears, message: .init(
                zh: "绩效目标表列有 \(year)年的年度目标，但项目实施年度为 \(printedRange)年",
                en: "the performance target sets a goal for \(year), but the project runs \(printedRange)"))
        }
        return found
    }
}

extension Project {
    /// 项目实施年度 through its 实施周期; nil when either is missing.
    public var implementationYears: ClosedRange<Int>? {
        guard let start = implementationYear, let period = periodYears, period > 0 else { return nil }
        return start...(start + period - 1)
    }
}

/// A disagreement the project library finds in an application.
public struct ProjectProblem: Sendable, Hashable, Codable {
    public enum Check: String, Sendable, Hashable, Codable, CaseIterable {
        case fundingSources = "project.funding-sources"
        case transferRegions = "project.transfer-regions"
        case transferRequest = "project.transfer-request"
        case purchaseItems = "project.purchase-items"
        case purchaseRequest = "project.purchase-request"
        case fundedYears = "project.funded-years"
        case goalYears = "project.goal-years"
    }

    public var check: Check
    public var message: BilingualMessage

    public init(check: Check, message: BilingualMessage) {
        self.check = check
        self.message = message
    }
}
