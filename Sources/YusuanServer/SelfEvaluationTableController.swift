import Foundation
import Hummingbird
import YusuanCore
import YusuanReports
import YusuanStore

/// A department's 预算项目绩效自评表 from the self-evaluations filled in on the web: its own
/// projects and each 单位's in agency groups with 小计, the department's 合计 (seed 002's
/// layout), scored with the region's weights, as HTML or XLSX.
struct SelfEvaluationTableController: Sendable {
    let store: any Store

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/agencies/{id}/self-evaluation/{format}", use: table)
    }

    @Sendable func table(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        guard let agency = access.agency(context.parameters.get("id")) else {
            throw Problem.notFound("单位")
        }
        let format = try context.parameters.require("format")
        guard format == "html" || format == "xlsx" else { throw Problem.notFound("格式") }
        let units = access.subtree(of: agency.id)
        let projects = try await store.projects(agencyIDs: units.map(\.id)).filter { $0.selfEvaluationJSON != nil }
        let asked = request.uri.queryParameters["year"].flatMap { Int(String($0)) }
        guard let year = asked ?? projects.map(\.fiscalYear).max() else {
            throw Problem(.notFound, zh: "\(agency.name)还没有填写绩效自评的项目", en: "no project of this agency has a self-evaluation yet")
        }
        var groups: [SelfEvaluation.Group] = []
        for unit in units {
            let own = projects.filter { $0.agencyID == unit.id && $0.fiscalYear == year }.sorted { $0.name < $1.name }
            let evaluations = try own.compactMap { try ProjectParts($0).selfEvaluation }
            if !evaluations.isEmpty { groups.append(SelfEvaluation.Group(agency: unit.name, projects: evaluations)) }
        }
        guard !groups.isEmpty else {
            throw Problem(.notFound, zh: "\(agency.name)没有 \(year) 年填写绩效自评的项目", en: "no self-evaluated project of this agency in \(year)")
        }
        // Amounts are typed in 元 to the 分, so the table prints 元 rather than round them to 万元.
        let evaluation = SelfEvaluation(department: agency.name, fiscalYear: year, moneyScale: .yuan, groups: groups)
        let rules = try await RegionRules.load(region: agency.region, from: store)
        let report = SelfEvaluationReport(evaluation, weights: rules.weights)
        let name = "self-evaluation-\(year).\(format)"
        let (data, type) = format == "html"
            ? (Data(try SelfEvaluationHTML(report).html().utf8), "text/html; charset=utf-8")
            : (try SelfEvaluationWorkbook.data(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
