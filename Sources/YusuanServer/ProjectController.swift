import Foundation
import Hummingbird
import YusuanCore
import YusuanDocuments
import YusuanStore

/// The project library on the web: projects added from their application (项目申报文本, as
/// seed 000), the reviewer's scoring page for the 编审表, the unit's self-evaluation form scored
/// by 财预〔2020〕10号, and the region's projects ranked by score with execution rates.
struct ProjectController: Sendable {
    let store: any Store
    let pages: Pages
    let reader: DocumentReader

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/projects", use: rankingPage)
        router.post("/projects", use: createFromPage)
        router.get("/projects/{id}", use: projectPage)
        router.get("/projects/{id}/review", use: reviewPage)
        router.post("/projects/{id}/review", use: saveReview)
        router.get("/projects/{id}/self-evaluation", use: selfEvaluationPage)
        router.post("/projects/{id}/self-evaluation", use: saveSelfEvaluation)
        router.get("/api/projects", use: list)
        router.get("/api/projects/{id}", use: show)
    }

    struct ProjectView: ResponseEncodable {
        var id: String
        var agencyID: String
        var fiscalYear: Int
        var name: String
        var score: String?
        var grade: String?
        var executionRate: String?
        var application: ProjectApplication?
        var selfEvaluation: ProjectSelfEvaluation?
    }

    struct ProjectListing: ResponseEncodable {
        var projects: [ProjectView]
    }

    // MARK: API

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> ProjectListing {
        let (projects, _) = try await visibleProjects(context)
        return ProjectListing(projects: Self.ranked(projects).map {
            ProjectView(id: $0.id, agencyID: $0.agencyID, fiscalYear: $0.fiscalYear, name: $0.name, score: $0.score,
                        grade: $0.grade, executionRate: $0.executionRate)
        })
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> ProjectView {
        let (project, _) = try await readable(context)
        let parts = try ProjectParts(project)
        return ProjectView(id: project.id, agencyID: project.agencyID, fiscalYear: project.fiscalYear, name: project.name,
                           score: project.score, grade: project.grade, executionRate: project.executionRate,
                           application: parts.application, selfEvaluation: parts.selfEvaluation)
    }

    // MARK: Pages

    /// The region's projects (what the user sees), best self-evaluation score first.
    @Sendable func rankingPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (projects, agencies) = try await visibleProjects(context)
        let access = Access(user: context.user, agencies: agencies)
        let names = Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return pages.page("projects", title: "项目库", context: context, model: [
            "projects": Self.ranked(projects).enumerated().map { index, project -> [String: Any] in
                [
                    "rank": "\(index + 1)", "id": project.id, "name": project.name,
                    "agency": names[project.agencyID] ?? "—", "year": project.fiscalYear,
                    "score": project.score ?? "—", "grade": project.grade.flatMap(Grade.init(rawValue:))?.chineseName ?? "—",
                    "rate": project.executionRate.flatMap(DecimalNumber.init).map(Self.percent) ?? "—",
                ]
            },
            "empty": projects.isEmpty,
            "agencies": access.editableAgencies.map { ["id": $0.id, "name": $0.name] },
            "canCreate": !access.editableAgencies.isEmpty,
        ])
    }

    /// Adds the projects of an uploaded application (a 项目申报 document, text, PDF or XLSX).
    @Sendable func createFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.user != nil else { throw Problem.signIn }
        let (agencyID, file) = try await MultipartForm.agencyAndFile(of: request, what: ("项目申报文件", "application"))
        try await Access.load(context.user, from: store).requireEditable(agencyID: agencyID, in: store)
        let name = file.fileName ?? "file"
        let document = try read(file.data, name: name)
        guard let application = document.project, let title = application.project.name else {
            throw Problem(.unprocessableContent, zh: "文件中没有可识别的项目基本信息表", en: "no 项目基本信息表 found in the file", place: name)
        }
        let year = application.project.implementationYear ?? document.fiscalYear
            ?? application.project.funding.map(\.fiscalYear).min() ?? Calendar.current.component(.year, from: Date())
        let record = ProjectRecord(agencyID: agencyID, fiscalYear: year, name: title, applicationJSON: try ProjectParts.encode(application))
        try await store.saveProject(record, by: context.user?.id)
        return .redirect(to: "/projects/\(record.id)", type: .normal)
    }

    @Sendable func projectPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (project, agencies) = try await readable(context)
        let application = try ProjectParts(project).application
        let info = application.project
        let checks = application.libraryProblems.map(\.message.zh) + application.target.qualityProblems.map(\.message.zh)
        return pages.page("project", title: project.name, context: context, model: [
            "id": project.id, "name": project.name, "year": project.fiscalYear,
            "agency": agencies.first { $0.id == project.agencyID }?.name ?? "—", "agencyID": project.agencyID,
            "score": project.score as Any, "grade": project.grade.flatMap(Grade.init(rawValue:))?.chineseName as Any,
            "facts": [
                ("项目代码", info.primaryCode), ("项目类别", info.categoryText), ("项目属性", info.attribute),
                ("实施年度", info.implementationYear.map(String.init)), ("实施周期（年）", info.periodYears.map(String.init)),
                ("功能科目", info.functionCode.map { "\($0.digits) \(info.functionName ?? "")" }),
                ("主管部门", info.competentDepartment), ("实施单位", info.implementingAgency.name),
            ].compactMap { label, value in value.map { ["label": label, "value": $0] } },
            "funding": info.funding.map { ["year": $0.fiscalYear, "source": $0.source, "amount": $0.amount.yuan.description, "total": $0.isTotal] },
            "goals": application.target.yearGoals.map { ["year": $0.fiscalYear, "text": $0.goal] },
            "indicators": application.target.indicators.map {
                ["tier": $0.effectiveTier?.chineseName ?? "", "category": $0.category?.chineseName ?? "", "name": $0.name,
                 "comparator": $0.comparator?.symbol ?? "", "value": $0.targetValue.text, "unit": $0.unit?.text ?? ""]
            },
            "narratives": info.narratives.map { ["group": $0.group ?? "", "title": $0.title, "text": $0.text] },
            "transfers": application.transfers.flatMap { row in
                row.years.map { ["region": row.region, "year": $0.fiscalYear.map(String.init) ?? "", "amount": $0.total?.yuan.description ?? "",
                                 "total": row.isTotal] }
            },
            "purchases": application.procurement.map { ["kind": "政府采购", "name": $0.name, "amount": $0.amount?.yuan.description ?? "", "total": $0.isTotal] }
                + application.services.map { ["kind": "政府购买服务", "name": $0.catalogue, "amount": $0.amount?.yuan.description ?? "", "total": $0.isTotal] },
            "hasTransfers": !application.transfers.isEmpty, "hasNarratives": !info.narratives.isEmpty,
            "hasPurchases": application.procurement.contains { !$0.isTotal } || application.services.contains { !$0.isTotal },
            "checks": checks, "hasChecks": !checks.isEmpty,
            "canEdit": Access(user: context.user, agencies: agencies).canEdit(agencyID: project.agencyID),
        ])
    }

    /// The 编审表 with a self-score and a bureau score per item: 单位填报 enters the first,
    /// 财政审核 the second and the comments; totals are computed, scores bounded by weights.
    @Sendable func reviewPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (project, agencies) = try await readable(context)
        return reviewHTML(project, sheet: try ProjectParts(project).reviewSheet, agencies: agencies, context: context, problems: [])
    }

    @Sendable func saveReview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (project, agencies) = try await readable(context)
        let access = Access(user: context.user, agencies: agencies)
        let (mayScoreSelf, mayScoreBureau) = (access.canEdit(agencyID: project.agencyID), Self.isReviewer(context.user))
        guard mayScoreSelf || mayScoreBureau else { throw Problem.forbidden }
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        try EditConflict.check(seen: form["seen"], stored: project.updatedAt)
        var parts = try ProjectParts(project)
        var sheet = parts.reviewSheet
        var problems: [String] = []
        for path in sheet.leafPaths {
            let key = Self.key(path), criterion = sheet[path]
            func number(_ prefix: String, _ current: DecimalNumber?, _ allowed: Bool) -> DecimalNumber? {
                guard allowed, let text = form["\(prefix)\(key)"]?.trimmingCharacters(in: .whitespaces) else { return current }
                if text.isEmpty { return nil }
                guard let value = DecimalNumber(text) else {
                    problems.append("“\(criterion.title)”：“\(text)”不是数字 / not a number")
                    return current
                }
                return value
            }
            let comment = mayScoreBureau ? form["comment_\(key)"].map { $0.isEmpty ? nil : $0 } ?? criterion.comment : criterion.comment
            do {
                try sheet.score(path, selfScore: number("self_", criterion.selfScore, mayScoreSelf),
                                bureauScore: number("bureau_", criterion.bureauScore, mayScoreBureau), comment: comment)
            } catch {
                problems.append("\(error.message.zh) / \(error.message.en)")
            }
        }
        guard problems.isEmpty else {
            var page = reviewHTML(project, sheet: sheet, agencies: agencies, context: context, problems: problems)
            page.status = .unprocessableContent
            return try page.response(from: request, context: context)
        }
        if parts.application.reviewSheets.isEmpty { parts.application.reviewSheets = [sheet] } else { parts.application.reviewSheets[0] = sheet }
        var saved = project
        saved.applicationJSON = try ProjectParts.encode(parts.application)
        try await store.saveProject(saved, by: context.user?.id)
        return .redirect(to: "/projects/\(project.id)/review", type: .normal)
    }

    /// The year-end self-evaluation: budget and actual spending, each indicator's result, and
    /// the score and grade the rule gives.
    @Sendable func selfEvaluationPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (project, agencies) = try await readable(context)
        let evaluation = try ProjectParts(project).selfEvaluationOrStart(year: project.fiscalYear)
        let rules = try await RegionRules.load(agencyID: project.agencyID, agencies: agencies, from: store)
        return selfEvaluationHTML(project, evaluation: evaluation, weights: rules.weights, agencies: agencies, context: context, problems: [])
    }

    @Sendable func saveSelfEvaluation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (project, agencies) = try await readable(context)
        guard Access(user: context.user, agencies: agencies).canEdit(agencyID: project.agencyID) else { throw Problem.forbidden }
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        try EditConflict.check(seen: form["seen"], stored: project.updatedAt)
        var evaluation = try ProjectParts(project).selfEvaluationOrStart(year: project.fiscalYear)
        var problems: [String] = []
        for (label, key, path) in Self.amountFields {
            let text = (form[key] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            if text.isEmpty { evaluation[keyPath: path] = nil; continue }
            guard let money = DecimalNumber(text).flatMap({ Money(exactly: $0) }) else {
                problems.append("\(label)：“\(text)”不是精确到分的元数 / not 元 to the 分")
                continue
            }
            evaluation[keyPath: path] = money
        }
        let actuals = form.all("actual")
        for index in evaluation.indicators.indices where index < actuals.count {
            let text = actuals[index].trimmingCharacters(in: .whitespaces)
            evaluation.indicators[index].actual = text.isEmpty ? nil : TargetValue(text)
        }
        evaluation.problems = form["problems"].flatMap { $0.isEmpty ? nil : $0 }
        evaluation.rectification = form["rectification"].flatMap { $0.isEmpty ? nil : $0 }
        let rules = try await RegionRules.load(agencyID: project.agencyID, agencies: agencies, from: store)
        guard problems.isEmpty else {
            var page = selfEvaluationHTML(project, evaluation: evaluation, weights: rules.weights, agencies: agencies, context: context,
                                          problems: problems)
            page.status = .unprocessableContent
            return try page.response(from: request, context: context)
        }
        var saved = project
        saved.selfEvaluationJSON = try ProjectParts.encode(evaluation)
        (saved.score, saved.grade, saved.executionRate) = ProjectParts.figures(evaluation, weights: rules.weights)
        try await store.saveProject(saved, by: context.user?.id)
        return .redirect(to: "/projects/\(project.id)/self-evaluation", type: .normal)
    }

    // MARK: Shared

    static var amountFields: [(String, String, WritableKeyPath<ProjectSelfEvaluation, Money?>)] { [
        ("预算数·合计", "budgetTotal", \.budget.total), ("预算数·一般公共预算", "budgetGeneral", \.budget.generalPublic),
        ("预算数·政府性基金", "budgetFund", \.budget.governmentFund), ("预算数·其他资金", "budgetOther", \.budget.nonFiscal),
        ("实际支出·合计", "actualTotal", \.actual.total), ("实际支出·一般公共预算", "actualGeneral", \.actual.generalPublic),
        ("实际支出·政府性基金", "actualFund", \.actual.governmentFund), ("实际支出·其他资金", "actualOther", \.actual.nonFiscal),
    ] }

    private func reviewHTML(_ project: ProjectRecord, sheet: ReviewSheet, agencies: [AgencyRecord], context: AppRequestContext,
                            problems: [String]) -> HTML {
        let access = Access(user: context.user, agencies: agencies)
        let summary = sheet.scoreSummary
        let leaves = Set(sheet.leafPaths)
        return pages.page("review", title: "编审表 · \(project.name)", context: context, model: [
            "id": project.id, "name": project.name, "title": sheet.title, "problems": problems, "hasProblems": !problems.isEmpty,
            "seen": String(project.updatedAt),
            "mayScoreSelf": access.canEdit(agencyID: project.agencyID), "mayScoreBureau": Self.isReviewer(context.user),
            "sections": sheet.sections.enumerated().map { sectionIndex, section -> [String: Any] in
                [
                    "title": section.title, "weight": section.weight?.description ?? "",
                    "selfScore": section.computedSelfScore.description, "bureauScore": section.computedBureauScore.description,
                    "items": sheet.leafPaths.filter { $0.section == sectionIndex && leaves.contains($0) }.map { path -> [String: Any] in
                        let criterion = sheet[path]
                        return ["key": Self.key(path), "title": criterion.title, "weight": criterion.weight?.description ?? "",
                                "selfScore": criterion.selfScore?.description ?? "", "bureauScore": criterion.bureauScore?.description ?? "",
                                "comment": criterion.comment ?? ""]
                    },
                ]
            },
            "selfTotal": summary.selfScore.description, "bureauTotal": summary.bureauScore.description, "weightTotal": summary.weight.description,
        ])
    }

    private func selfEvaluationHTML(_ project: ProjectRecord, evaluation: ProjectSelfEvaluation, weights: SelfEvaluationWeights,
                                    agencies: [AgencyRecord], context: AppRequestContext, problems: [String]) -> HTML {
        let score = SelfEvaluationScoring(weights: weights).score(evaluation)
        let scores = Dictionary(score.indicators.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return pages.page("self-evaluation", title: "绩效自评 · \(project.name)", context: context, model: [
            "id": project.id, "name": project.name, "year": project.fiscalYear, "problems": problems, "hasProblems": !problems.isEmpty,
            "seen": String(project.updatedAt),
            "canEdit": Access(user: context.user, agencies: agencies).canEdit(agencyID: project.agencyID),
            "amounts": Self.amountFields.map { label, key, path in
                ["label": label, "key": key, "value": evaluation[keyPath: path]?.yuan.description ?? ""]
            },
            "indicators": evaluation.indicators.map { indicator -> [String: Any] in
                [
                    "tier": indicator.scoredTier?.chineseName ?? "", "name": indicator.name,
                    "target": ((indicator.comparator?.symbol ?? "") + indicator.target.text + (indicator.unit?.text ?? "")),
                    "actual": indicator.actual?.text ?? "",
                    "points": scores[indicator.name]?.points?.description ?? "—",
                ]
            },
            "problemsText": evaluation.problems ?? "", "rectification": evaluation.rectification ?? "",
            "executionRate": score.execution.rate.map(Self.percent) ?? "—",
            "executionPoints": score.execution.points?.description ?? "—",
            // Without every indicator scored there is no total, only the range it must fall in.
            "total": score.total?.description ?? "\(score.range.lower)–\(score.range.upper)", "grade": score.grade?.chineseName ?? "—",
            "gaps": score.unscoredReasons.map(\.zh), "source": weights.source ?? SelfEvaluationRule.source,
            "weights": "预算执行率 \(weights.executionRate)、产出 \(weights.output)、效益 \(weights.outcome)、满意度 \(weights.satisfaction)",
        ])
    }

    private func visibleProjects(_ context: AppRequestContext) async throws -> ([ProjectRecord], [AgencyRecord]) {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        return (try await store.projects(agencyIDs: access.visibleAgencyIDs.map { Array($0) }), access.agencies)
    }

    private func readable(_ context: AppRequestContext) async throws -> (ProjectRecord, [AgencyRecord]) {
        let (project, access) = try await Access.record(context, store: store, what: "项目", agency: \.agencyID) { try await store.project(id: $0) }
        return (project, access.agencies)
    }

    private func read(_ data: Data, name: String) throws -> Document {
        // A PDF is read from a file by poppler; anything else from its bytes.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("upload." + ((name as NSString).pathExtension.isEmpty ? "txt" : (name as NSString).pathExtension))
        try data.write(to: url)
        do {
            return try reader.read(contentsOf: url, as: name)
        } catch {
            throw Problem(.unprocessableContent, zh: error.zh, en: error.en, place: name)
        }
    }

    static func isReviewer(_ user: UserRecord?) -> Bool {
        user?.role == .bureauReviewer || user?.role == .administrator
    }

    static func key(_ path: ReviewCriterionPath) -> String {
        "\(path.section)_\(path.criterion)_\(path.item.map(String.init) ?? "x")"
    }

    /// Scored projects first, best first; then by execution rate (a project whose indicators
    /// print no values has no total, but its spending still ranks); then by name.
    static func ranked(_ projects: [ProjectRecord]) -> [ProjectRecord] {
        func order(_ x: DecimalNumber?, _ y: DecimalNumber?) -> Bool? {
            switch (x, y) {
            case let (x?, y?): x == y ? nil : x > y
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): nil
            }
        }
        return projects.sorted { a, b in
            order(a.score.flatMap(DecimalNumber.init), b.score.flatMap(DecimalNumber.init))
                ?? order(a.executionRate.flatMap(DecimalNumber.init), b.executionRate.flatMap(DecimalNumber.init))
                ?? (a.name < b.name)
        }
    }

    /// An execution rate (a percentage, `95.00`) as printed.
    static func percent(_ rate: DecimalNumber) -> String {
        rate.rounded(toDecimals: 2).description + "%"
    }
}
