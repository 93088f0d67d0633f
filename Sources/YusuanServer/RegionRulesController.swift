import Foundation
import Hummingbird
import YusuanCore
import YusuanStore

/// 地区评价规则: a region's 财政审核 sets the self-evaluation weights its projects are scored
/// by (财预〔2020〕10号 lets a region weigh differently) and its own 编审表 for new
/// applications. Saving weights scores the region's self-evaluated projects again, in the same
/// transaction, so the ranking never mixes two rules.
struct RegionRulesController: Sendable {
    let store: any Store
    let pages: Pages

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/rules", use: rulesPage)
        router.post("/rules", use: save)
    }

    /// The weights as typed, named as the form names them.
    static let weightFields: [(name: String, label: String)] = [
        ("executionRate", "预算执行率"), ("output", "产出指标"), ("outcome", "效益指标"), ("satisfaction", "满意度指标"),
    ]

    @Sendable func rulesPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let regions = try await allowedRegions(context)
        let region = Self.chosen(request.uri.queryParameters["region"].map(String.init), among: regions)
        guard let region else { return page(FormFields(), region: nil, regions: regions, problems: [], saved: nil, context: context) }
        let rules = try await RegionRules.load(region: region, from: store)
        var form = FormFields()
        if rules.record?.weightsJSON != nil {
            for (name, value) in zip(Self.weightFields.map(\.name), [rules.weights.executionRate, rules.weights.output,
                                                                     rules.weights.outcome, rules.weights.satisfaction]) {
                form[name] = value.description
            }
            form["source"] = rules.weights.source ?? ""
        }
        form["templateTitle"] = rules.template?.title ?? ""
        form["outline"] = rules.template?.outline.joined(separator: "\n") ?? ""
        form["seen"] = String(rules.record?.updatedAt ?? 0)
        return page(form, region: region, regions: regions, problems: [],
                    saved: request.uri.queryParameters["rescored"].map(String.init), context: context)
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let regions = try await allowedRegions(context)
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        guard let region = form["region"], regions.contains(region) else { throw Problem.forbidden }
        let current = try await store.regionRules(region: region)
        try EditConflict.check(seen: form["seen"], stored: current?.updatedAt ?? 0)
        var problems: [String] = []
        let weights = Self.weights(form, region: region, problems: &problems)
        let template = Self.template(form, problems: &problems)
        guard problems.isEmpty else {
            var html = page(form, region: region, regions: regions, problems: problems, saved: nil, context: context)
            html.status = .unprocessableContent
            return try html.response(from: request, context: context)
        }
        let record = RegionRulesRecord(region: region, weightsJSON: try weights.map(SortedJSON.text),
                                       reviewTemplateJSON: try template.map(SortedJSON.text))
        let rescored = try await rescore(region: region, weights: weights ?? .national)
        try await store.saveRegionRules(record, rescored: rescored, by: context.user?.id)
        let query = "region=\(region.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&rescored=\(rescored.count)"
        return .redirect(to: "/rules?\(query)", type: .normal)
    }

    // MARK: Reading the form

    /// The weights typed; nil when all four are blank (the national ones apply).
    static func weights(_ form: FormFields, region: String, problems: inout [String]) -> SelfEvaluationWeights? {
        let texts = weightFields.map { (form[$0.name] ?? "").trimmingCharacters(in: .whitespaces) }
        guard texts.contains(where: { !$0.isEmpty }) else { return nil }
        var values: [DecimalNumber] = []
        for ((_, label), text) in zip(weightFields, texts) {
            guard let value = DecimalNumber(text) else {
                problems.append("\(label)：“\(text)”不是数字 / not a number")
                continue
            }
            values.append(value)
        }
        guard values.count == 4 else { return nil }
        let source = (form["source"] ?? "").trimmingCharacters(in: .whitespaces)
        let weights = SelfEvaluationWeights(id: region, region: region, source: source.isEmpty ? nil : source, executionRate: values[0],
                                            output: values[1], outcome: values[2], satisfaction: values[3])
        do {
            try weights.validate()
        } catch {
            problems.append("\(error.message.zh) / \(error.message.en)")
        }
        return weights
    }

    /// The 编审表 typed, one heading per line; nil when the outline is blank (the standard one applies).
    static func template(_ form: FormFields, problems: inout [String]) -> ReviewTemplate? {
        let lines = (form["outline"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        let title = (form["templateTitle"] ?? "").trimmingCharacters(in: .whitespaces)
        let template = ReviewTemplate(title: title.isEmpty ? "项目支出预算编审表" : title, kind: .standardProject, outline: lines)
        do {
            _ = try template.sheet()
        } catch {
            problems.append("\(error.message.zh) / \(error.message.en)")
        }
        return template
    }

    /// The region's self-evaluated projects whose score, grade or execution rate the weights change.
    private func rescore(region: String, weights: SelfEvaluationWeights) async throws -> [ProjectRecord] {
        let agencyIDs = try await store.agencies(region: region).map(\.id)
        return try await store.projects(agencyIDs: agencyIDs).compactMap { project in
            guard project.selfEvaluationJSON != nil else { return nil }
            var scored = project
            (scored.score, scored.grade, scored.executionRate) = ProjectParts.figures(try ProjectParts(project).selfEvaluation, weights: weights)
            return scored == project ? nil : scored
        }
    }

    // MARK: Shared

    private func page(_ form: FormFields, region: String?, regions: [String], problems: [String], saved: String?,
                      context: AppRequestContext) -> HTML {
        pages.page("rules", title: "地区评价规则", context: context, model: [
            "region": region as Any, "hasRegion": region != nil,
            "regions": regions.map { ["name": $0, "selected": $0 == region] }, "manyRegions": regions.count > 1,
            "weights": Self.weightFields.map { ["name": $0.name, "label": $0.label, "value": form[$0.name] ?? ""] },
            "national": "预算执行率 10、产出 50、效益 30、满意度 10（\(SelfEvaluationRule.source)）",
            "source": form["source"] ?? "", "templateTitle": form["templateTitle"] ?? "", "outline": form["outline"] ?? "",
            "standardOutline": ReviewSheet.standardProjectOutline.joined(separator: "\n"),
            "seen": form["seen"] ?? "0",
            "problems": problems, "hasProblems": !problems.isEmpty,
            "saved": saved as Any,
        ])
    }

    /// The regions whose rules the user sets: a 财政审核 its own (all when it has none, like an
    /// administrator); nobody else any.
    private func allowedRegions(_ context: AppRequestContext) async throws -> [String] {
        guard let user = context.user else { throw Problem.signIn }
        guard user.role == .bureauReviewer || user.role == .administrator else { throw Problem.forbidden }
        if user.role == .bureauReviewer && !user.region.isEmpty { return [user.region] }
        return Set(try await store.agencies().map(\.region).filter { !$0.isEmpty }).sorted()
    }

    private static func chosen(_ asked: String?, among regions: [String]) -> String? {
        asked.flatMap { regions.contains($0) ? $0 : nil } ?? regions.first
    }
}
