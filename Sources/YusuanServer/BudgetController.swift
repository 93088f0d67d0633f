import Foundation
import Hummingbird
import YusuanAudit
import YusuanCore
import YusuanReports
import YusuanStore

/// An agency's budget facts: the page with its edit form, the generated disclosure package
/// with its downloads, and compiling it into a draft disclosure for the workflow; the same
/// as JSON under `/api/budgets`.
struct BudgetController: Sendable {
    let store: any Store
    let pages: Pages
    let service: BudgetService

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/budgets", use: createFromPage)
        router.get("/budgets/{id}", use: factsPage)
        router.post("/budgets/{id}", use: saveFromPage)
        router.get("/budgets/{id}/package", use: packagePage)
        router.get("/budgets/{id}/download/{format}", use: download)
        router.post("/budgets/{id}/compile", use: compileFromPage)
        router.get("/api/budgets", use: list)
        router.post("/api/budgets", use: create)
        router.get("/api/budgets/{id}", use: show)
        router.put("/api/budgets/{id}", use: replace)
        router.get("/api/budgets/{id}/download/{format}", use: download)
        router.post("/api/budgets/{id}/compile", use: compile)
    }

    struct BudgetView: ResponseEncodable {
        var id: String
        var agencyID: String
        var fiscalYear: Int
        var total: String
        var generalPublic: String
        var threePublic: String
        var updatedAt: Int64
        var input: BudgetInput?

        init(_ summary: BudgetSummary, input: BudgetInput? = nil) {
            id = summary.id
            agencyID = summary.agencyID
            fiscalYear = summary.fiscalYear
            total = Money(fen: summary.totalFen).yuan.description
            generalPublic = Money(fen: summary.generalPublicFen).yuan.description
            threePublic = Money(fen: summary.threePublicFen).yuan.description
            updatedAt = summary.updatedAt
            self.input = input
        }
    }

    struct BudgetListing: ResponseEncodable {
        var budgets: [BudgetView]
    }

    /// Validation issues, refused with 422 and nothing stored.
    struct Issues: ResponseEncodable {
        var title = "预算数据有错误，未保存 / the budget input has errors; nothing was stored"
        var status = 422
        var issues: [IssueView]
    }

    struct IssueView: ResponseEncodable {
        var severity: String
        var place: String?
        var zh: String
        var en: String

        init(_ issue: InputIssue) {
            severity = issue.severity.rawValue
            place = issue.field.map { InputPlaces.json.describe($0, .en) }
            zh = issue.message.zh
            en = issue.message.en
        }
    }

    // MARK: API

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> BudgetListing {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        let summaries = try await store.budgetSummaries(agencyIDs: access.visibleAgencyIDs.map { Array($0) })
        return BudgetListing(budgets: summaries.map { BudgetView($0) })
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<BudgetView> {
        let (budget, _) = try await readable(context)
        return EditedResponse(headers: [.eTag: Self.eTag(budget)], response: BudgetView(Self.summary(budget), input: try service.input(of: budget)))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let agencyID = request.uri.queryParameters["agency"].map(String.init) else {
            throw Problem(.badRequest, zh: "请用 ?agency= 指明单位", en: "name the agency with ?agency=ID", place: "agency")
        }
        let input = try await decodeInput(request, context: context)
        try await editable(agencyID: agencyID, context: context)
        if try await store.budget(agencyID: agencyID, fiscalYear: input.fiscalYear) != nil {
            throw Problem(.conflict, zh: "该单位这一年度已有预算数据，请修改它", en: "the agency has a budget for this year already; replace it")
        }
        return try await saveAPI(input, id: UUID().uuidString, agencyID: agencyID, basedOn: 0, context: context, status: .created)
    }

    @Sendable func replace(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (budget, _) = try await editableBudget(context)
        let input = try await decodeInput(request, context: context)
        guard input.fiscalYear == budget.fiscalYear else {
            throw Problem(.unprocessableContent, zh: "年度不能改：这是 \(budget.fiscalYear) 年的预算", en: "the fiscal year cannot change", place: "fiscalYear")
        }
        return try await saveAPI(input, id: budget.id, agencyID: budget.agencyID, basedOn: try Self.version(request, of: budget),
                                 context: context, status: .ok)
    }

    /// A budget's version as an entity tag: its save time.
    static func eTag(_ budget: BudgetRecord) -> String { "\"\(budget.updatedAt)\"" }

    /// The version a replacement starts from: the `If-Match` tag (as `GET` gave it), which must
    /// be the stored one, else 412 and nothing stored; without it, the stored version (the
    /// replacement then wins over edits it never saw, as a plain PUT does).
    static func version(_ request: Request, of budget: BudgetRecord) throws -> Int64 {
        guard let match = request.headers[.ifMatch] else { return budget.updatedAt }
        let tags = match.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard tags.contains("*") || tags.contains(eTag(budget)) || tags.contains("W/" + eTag(budget)) else {
            throw Problem(.preconditionFailed, zh: "预算数据已被他人修改（版本不是 \(match)），请重新读取后再改",
                          en: "the budget changed since version \(match); get it again and redo the change")
        }
        return budget.updatedAt
    }

    @Sendable func compile(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<DocumentController.Summary> {
        let header = try await compileDraft(context)
        return EditedResponse(status: .created, headers: [.location: "/api/documents/\(header.id)"],
                              response: DocumentController.summary(header, agencies: try await Access.load(context.user, from: store).agencies))
    }

    // MARK: Pages

    @Sendable func factsPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (budget, agencies) = try await readable(context)
        let input = try service.input(of: budget)
        var page = factsHTML(budget, input: input, issues: service.validate(input).issues, agencies: agencies, context: context,
                             saved: request.uri.queryParameters["saved"] != nil)
        page.status = .ok
        return page
    }

    /// Saves the edit form: the lines, 三公经费 and 机关运行经费; the rest of the input stays as it
    /// was. With an error nothing is stored and the form comes back with the figures as typed.
    @Sendable func saveFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (budget, agencies) = try await editableBudget(context)
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        try EditConflict.check(seen: form["seen"], stored: budget.updatedAt)
        let (input, formIssues, typed) = BudgetForm.apply(form, to: try service.input(of: budget))
        let issues = formIssues.isEmpty
            ? try await service.save(input, id: budget.id, agencyID: budget.agencyID, basedOn: budget.updatedAt, by: context.user?.id)
            : formIssues
        if issues.contains(where: { $0.severity == .error }) {
            var page = factsHTML(budget, input: input, issues: issues, agencies: agencies, context: context, unsaved: true, typed: typed)
            page.status = .unprocessableContent
            return try page.response(from: request, context: context)
        }
        return .redirect(to: "/budgets/\(budget.id)?saved=1", type: .normal)
    }

    /// A new budget from a JSON or XLSX budget input (`yusuan template budget`), all or nothing.
    @Sendable func createFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (agencyID, file) = try await MultipartForm.agencyAndFile(of: request, what: ("预算数据文件", "budget input"))
        try await editable(agencyID: agencyID, context: context)
        let read = file.data.starts(with: [0x50, 0x4B]) ? BudgetInputFile.workbook(file.data) : BudgetInputFile.json(file.data)
        let name = file.fileName ?? "file"
        guard let input = read.input else {
            throw Problem(.unprocessableContent, zh: "预算数据文件无法读取，未保存", en: "the budget input could not be read; nothing was stored",
                          place: read.issues.map { "\(name)：" + $0.text(.zh, places: read.places) }.joined(separator: "\n"))
        }
        if let existing = try await store.budget(agencyID: agencyID, fiscalYear: input.fiscalYear) {
            throw Problem(.conflict, zh: "该单位 \(input.fiscalYear) 年已有预算数据：请在其页面修改",
                          en: "the agency has a budget for \(input.fiscalYear) already", place: "/budgets/\(existing.id)")
        }
        let id = UUID().uuidString
        let issues = try await service.save(input, id: id, agencyID: agencyID, basedOn: 0, by: context.user?.id)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw Problem(.unprocessableContent, zh: "预算数据有错误，未保存", en: "the budget input has errors; nothing was stored",
                          place: errors.map { "\(name)：" + $0.text(.zh, places: read.places) }.joined(separator: "\n"))
        }
        return .redirect(to: "/budgets/\(id)", type: .normal)
    }

    @Sendable func packagePage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (budget, agencies) = try await readable(context)
        let (result, files) = try await service.package(of: budget, formats: [.html])
        let html = String(decoding: files[0].data, as: UTF8.self)
        return pages.page("package", title: "公开文件", context: context, model: [
            "id": budget.id, "agency": agencies.first { $0.id == budget.agencyID }?.name ?? "—", "year": budget.fiscalYear,
            "publishable": result.isPublishable, "findings": result.findings.count,
            "canCompile": Access(user: context.user, agencies: agencies).canEdit(agencyID: budget.agencyID),
            "package": DocumentController.element("body", in: html) ?? html,
        ], head: DocumentController.element("style", in: html).map { "<style>\($0)</style>" } ?? "")
    }

    @Sendable func compileFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let header = try await compileDraft(context)
        return .redirect(to: "/documents/\(header.id)", type: .normal)
    }

    /// The package as one file: HTML, XLSX or Markdown.
    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (budget, _) = try await readable(context)
        let format = try context.parameters.require("format")
        let kinds: [String: (PackageFormat, String, String)] = [
            "html": (.html, "disclosure.html", "text/html; charset=utf-8"),
            "xlsx": (.xlsx, "disclosure.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "md": (.md, "disclosure.md", "text/markdown; charset=utf-8"),
        ]
        guard let (packageFormat, path, type) = kinds[format] else { throw Problem.notFound("格式") }
        let (_, files) = try await service.package(of: budget, formats: [packageFormat])
        guard let file = files.first(where: { $0.path == path }) else { throw Problem.notFound("格式") }
        let name = "budget-\(budget.fiscalYear).\(format)"
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    // MARK: Shared

    private func factsHTML(_ budget: BudgetRecord, input: BudgetInput, issues: [InputIssue], agencies: [AgencyRecord],
                           context: AppRequestContext, unsaved: Bool = false, saved: Bool = false, typed: [String: String] = [:]) -> HTML {
        let access = Access(user: context.user, agencies: agencies)
        let model = BudgetForm.model(input, issues: issues, typed: typed)
        return pages.page("budget", title: "预算数据", context: context, model: model.merging([
            "id": budget.id, "agencyID": budget.agencyID, "seen": String(budget.updatedAt),
            "agency": agencies.first { $0.id == budget.agencyID }?.name ?? "—", "year": budget.fiscalYear,
            "canEdit": access.canEdit(agencyID: budget.agencyID), "unsaved": unsaved, "saved": saved,
        ]) { $1 })
    }

    private func saveAPI(_ input: BudgetInput, id: String, agencyID: String, basedOn: Int64, context: AppRequestContext,
                         status: HTTPResponse.Status) async throws -> Response {
        let issues = try await service.save(input, id: id, agencyID: agencyID, basedOn: basedOn, by: context.user?.id)
        if issues.contains(where: { $0.severity == .error }) {
            return Response(status: .unprocessableContent, headers: [.contentType: "application/problem+json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: try SortedJSON.data(Issues(issues: issues.map(IssueView.init))))))
        }
        guard let saved = try await store.budget(id: id) else { throw Problem.notFound("预算") }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .location: "/api/budgets/\(id)",
                                                  .eTag: Self.eTag(saved)],
                        body: .init(byteBuffer: ByteBuffer(bytes: try SortedJSON.data(BudgetView(Self.summary(saved), input: input)))))
    }

    private func decodeInput(_ request: Request, context: AppRequestContext) async throws -> BudgetInput {
        guard context.user != nil else { throw Problem.signIn }
        let body = try await request.body.collect(upTo: Limits.formBytes * 8)
        let read = BudgetInputFile.json(Data(buffer: body))
        guard let input = read.input else {
            throw Problem(.badRequest, zh: "预算数据无法读取", en: "the budget input could not be read",
                          place: read.issues.map { $0.text(.zh, places: .json) }.joined(separator: "\n"))
        }
        return input
    }

    /// Compiles the budget and stores the result as a draft disclosure of its agency.
    private func compileDraft(_ context: AppRequestContext) async throws -> DocumentHeader {
        let (budget, agencies) = try await editableBudget(context)
        let input = try service.input(of: budget)
        let (result, _) = try service.package(input, formats: [])
        guard let document = result.document else { throw Problem.notFound("公开文件") }
        let agency = agencies.first { $0.id == budget.agencyID }?.name ?? input.agency.name
        let now = Date().storeMilliseconds
        // Compiling again continues the disclosure compiled before: its next version.
        let fileName = "disclosure-\(budget.fiscalYear).txt"
        let earlier = try await store.documents(DocumentQuery(agencyIDs: [budget.agencyID]))
            .filter { $0.fileName == fileName && $0.fiscalYear == budget.fiscalYear }
        let record = try DocumentRecord(
            DocumentAudit(document: document, findings: result.findings), fileName: fileName,
            title: document.title ?? "\(agency)\(budget.fiscalYear)年部门预算公开", agencyID: budget.agencyID,
            seriesID: earlier.first?.seriesID, version: (earlier.map(\.version).max() ?? 0) + 1, at: now)
        try await store.createDocument(record, by: context.user?.id)
        return record.header
    }

    private func readable(_ context: AppRequestContext) async throws -> (BudgetRecord, [AgencyRecord]) {
        let (budget, access) = try await Access.record(context, store: store, what: "预算", agency: \.agencyID) { try await store.budget(id: $0) }
        return (budget, access.agencies)
    }

    private func editableBudget(_ context: AppRequestContext) async throws -> (BudgetRecord, [AgencyRecord]) {
        let (budget, agencies) = try await readable(context)
        guard Access(user: context.user, agencies: agencies).canEdit(agencyID: budget.agencyID) else { throw Problem.forbidden }
        return (budget, agencies)
    }

    private func editable(agencyID: String, context: AppRequestContext) async throws {
        guard context.user != nil else { throw Problem.signIn }
        try await Access.load(context.user, from: store).requireEditable(agencyID: agencyID, in: store)
    }

    static func summary(_ budget: BudgetRecord) -> BudgetSummary {
        BudgetSummary(id: budget.id, agencyID: budget.agencyID, fiscalYear: budget.fiscalYear, totalFen: budget.totalFen,
                      generalPublicFen: budget.generalPublicFen, threePublicFen: budget.threePublicFen,
                      classesJSON: budget.classesJSON, updatedAt: budget.updatedAt)
    }
}
