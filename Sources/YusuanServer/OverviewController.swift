import Foundation
import Hummingbird
import YusuanCore
import YusuanStore

/// The region overview: every agency the user sees with its year's totals, 三公经费, findings
/// and disclosure status; the structure of spending by 功能分类 类 and the totals year by year
/// as SVG bar charts; and, for the bureau, the sums by region from the database.
struct OverviewController: Sendable {
    let store: any Store
    let pages: Pages
    let catalogues: CatalogueSet

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/overview", use: page)
        router.get("/api/overview", use: json)
    }

    struct AgencyRow: ResponseEncodable {
        var agencyID: String
        var agency: String
        var depth: Int
        var budgetID: String?
        var total: String?
        var threePublic: String?
        var documents: Int
        var errors: Int
        var warnings: Int
        /// The status of the agency's latest document of the year, or nil without one.
        var status: String?
    }

    struct RegionRow: ResponseEncodable {
        var region: String
        var agencies: Int
        var total: String
        var threePublic: String
    }

    struct Overview: ResponseEncodable {
        var fiscalYear: Int?
        var years: [Int]
        var total: String
        var threePublic: String
        var byClass: [String: String]
        var byYear: [String: String]
        var agencies: [AgencyRow]
        var regions: [RegionRow]
    }

    @Sendable func json(_ request: Request, context: AppRequestContext) async throws -> Overview {
        try await overview(request, context: context).overview
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (overview, classes, years) = try await overview(request, context: context)
        let classBars = classes.sorted { $0.value > $1.value }.map { code, money in
            SVGChart.Bar(label: "\(code) \(catalogues.function.name(of: code) ?? "")", value: money)
        }
        let yearBars = years.sorted { $0.key < $1.key }.map { SVGChart.Bar(label: "\($0.key)年", value: $0.value) }
        let year = overview.fiscalYear
        return pages.page("overview", title: "总览", context: context, model: [
            "year": year.map(String.init) ?? "—", "hasYear": year != nil,
            "years": overview.years.map { ["year": $0, "selected": $0 == year] },
            "total": overview.total, "threePublic": overview.threePublic, "agencyCount": overview.agencies.count,
            "classChart": SVGChart.bars(classBars, title: "\(year.map(String.init) ?? "")年支出按功能分类（类）"),
            "yearChart": SVGChart.bars(yearBars, title: "各年度支出合计"),
            "agencies": overview.agencies.map { row -> [String: Any] in
                [
                    "agencyID": row.agencyID, "name": row.agency, "indent": row.depth * 18,
                    "budgetID": row.budgetID as Any, "total": row.total ?? "—", "threePublic": row.threePublic ?? "—",
                    "documents": row.documents, "errors": row.errors, "warnings": row.warnings, "hasErrors": row.errors > 0,
                    "status": row.status.flatMap(DocumentStatus.init(rawValue:))?.chineseName ?? "—", "statusKey": row.status ?? "none",
                ]
            },
            "regions": overview.regions.map { ["region": $0.region.isEmpty ? "（未填地区）" : $0.region, "agencies": $0.agencies,
                                               "total": $0.total, "threePublic": $0.threePublic] },
            "hasRegions": overview.regions.count > 1,
        ])
    }

    /// The overview of the year asked (`?year=`), or of the latest year with budgets.
    private func overview(_ request: Request, context: AppRequestContext) async throws
        -> (overview: Overview, classes: [String: Money], years: [Int: Money]) {
        guard let user = context.user else { throw Problem.signIn }
        let access = try await Access.load(user, from: store)
        let visible = access.agencies
        let budgets = try await store.budgetSummaries(agencyIDs: access.visibleAgencyIDs.map { Array($0) })
        let years = Array(Set(budgets.map(\.fiscalYear))).sorted(by: >)
        let asked = request.uri.queryParameters["year"].flatMap { Int(String($0)) }
        let year = asked ?? years.first
        let ofYear = Dictionary(budgets.filter { $0.fiscalYear == year }.map { ($0.agencyID, $0) }, uniquingKeysWith: { a, _ in a })
        let counts = Dictionary(try await store.documentCounts(fiscalYear: year).map { ($0.agencyID, $0) }, uniquingKeysWith: { a, _ in a })
        // The latest version's status of each agency's documents of the year.
        var status: [String: DocumentHeader] = [:]
        // Only the visible agencies' documents: the published ones of other regions have no row here.
        for header in try await store.documents(DocumentQuery(agencyIDs: access.visibleAgencyIDs.map { Array($0) }))
        where header.fiscalYear == year {
            guard let agencyID = header.agencyID else { continue }
            if let known = status[agencyID], known.updatedAt >= header.updatedAt { continue }
            status[agencyID] = header
        }
        var classes: [String: Money] = [:]
        for budget in ofYear.values {
            let byClass = (try? JSONDecoder().decode([String: Int64].self, from: Data(budget.classesJSON.utf8))) ?? [:]
            for (code, fen) in byClass { classes[code, default: .zero] = classes[code, default: .zero] + Money(fen: fen) }
        }
        var byYear: [Int: Money] = [:]
        for budget in budgets { byYear[budget.fiscalYear, default: .zero] = byYear[budget.fiscalYear, default: .zero] + Money(fen: budget.totalFen) }
        let rows = AgencyTree(visible).ordered.map { node -> AgencyRow in
            let budget = ofYear[node.agency.id], count = counts[node.agency.id]
            return AgencyRow(
                agencyID: node.agency.id, agency: node.agency.name, depth: node.depth, budgetID: budget?.id,
                total: budget.map { Money(fen: $0.totalFen).formatted(.tenThousandYuan) },
                threePublic: budget.map { Money(fen: $0.threePublicFen).formatted(.tenThousandYuan) },
                documents: count?.documents ?? 0, errors: count?.errors ?? 0, warnings: count?.warnings ?? 0,
                status: status[node.agency.id]?.status.rawValue)
        }
        // Sums by region come from the database; only the bureau and administrators see more than one region.
        let regions = (user.role == .administrator || user.role == .bureauReviewer) && year != nil
            ? try await store.regionTotals(fiscalYear: year!).filter { user.region.isEmpty || $0.region == user.region } : []
        let total = ofYear.values.reduce(Money.zero) { $0 + Money(fen: $1.totalFen) }
        let threePublic = ofYear.values.reduce(Money.zero) { $0 + Money(fen: $1.threePublicFen) }
        let overview = Overview(
            fiscalYear: year, years: years, total: total.formatted(.tenThousandYuan), threePublic: threePublic.formatted(.tenThousandYuan),
            byClass: classes.mapValues { $0.yuan.description }, byYear: Dictionary(uniqueKeysWithValues: byYear.map { ("\($0.key)", $0.value.yuan.description) }),
            agencies: rows,
            regions: regions.map { RegionRow(region: $0.region, agencies: $0.agencies, total: Money(fen: $0.totalFen).formatted(.tenThousandYuan),
                                             threePublic: Money(fen: $0.threePublicFen).formatted(.tenThousandYuan)) })
        return (overview, classes, byYear)
    }
}
