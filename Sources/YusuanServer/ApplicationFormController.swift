import Foundation
import Hummingbird
import YusuanCore
import YusuanStore

/// Writing a project application on the web, field by field (`ProjectForm`): a new one for
/// one of the user's units, or an existing one (also one read from an uploaded 申报文本)
/// edited. A form with an error stores nothing and comes back as typed, the places marked;
/// the library's checks show as warnings, on the form and on the project page.
struct ApplicationFormController: Sendable {
    let store: any Store
    let pages: Pages
    let catalogues: CatalogueSet
    /// The library whose indicators the form suggests; without it the form still works.
    let library: IndicatorLibrary?

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/projects/new", use: newPage)
        router.post("/projects/new", use: create)
        router.get("/projects/{id}/application", use: editPage)
        router.post("/projects/{id}/application", use: save)
    }

    @Sendable func newPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let editable = try await editableAgencies(context)
        // A new form asks seed 000's yes/no questions, unanswered.
        let questions = ProjectFlag.Kind.allCases.map { ProjectFlag(label: $0.chineseName, value: nil) }
        var form = ProjectForm.fields(of: ProjectApplication(project: Project(flags: questions)))
        form["implementationYear"] = String(Calendar.current.component(.year, from: Date()) + 1)
        let agency = request.uri.queryParameters["agency"].map(String.init)
        return page(form, issues: [], project: nil, agencies: editable, agencyID: agency, context: context)
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editable = try await editableAgencies(context)
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        guard let agencyID = form["agency"], !agencyID.isEmpty else {
            throw Problem(.badRequest, zh: "请选择申报单位", en: "choose the applying agency", place: "agency")
        }
        guard editable.contains(where: { $0.id == agencyID }) else { throw Problem.forbidden }
        let rules = try await RegionRules.load(region: editable.first { $0.id == agencyID }?.region ?? "", from: store)
        let (application, issues) = ProjectForm.read(form, onto: ProjectApplication(), catalogues: catalogues, library: library,
                                                     reviewSheet: rules.reviewSheet)
        guard !issues.contains(where: \.isError), let name = application.project.name,
              let year = application.project.implementationYear else {
            return try refused(form, issues: issues, project: nil, agencies: editable, agencyID: agencyID, request: request, context: context)
        }
        let record = ProjectRecord(agencyID: agencyID, fiscalYear: year, name: name, applicationJSON: try ProjectParts.encode(application))
        try await store.saveProject(record, by: context.user?.id)
        return .redirect(to: "/projects/\(record.id)", type: .normal)
    }

    @Sendable func editPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let project = try await editable(context)
        let form = ProjectForm.fields(of: try ProjectParts(project).application)
        return page(form, issues: [], project: project, agencies: [], agencyID: project.agencyID, context: context)
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let project = try await editable(context)
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        try EditConflict.check(seen: form["seen"], stored: project.updatedAt)
        let base = try ProjectParts(project).application
        let rules = try await RegionRules.load(region: try await store.agency(id: project.agencyID)?.region ?? "", from: store)
        let (application, issues) = ProjectForm.read(form, onto: base, catalogues: catalogues, library: library,
                                                     reviewSheet: rules.reviewSheet)
        guard !issues.contains(where: \.isError), let name = application.project.name,
              let year = application.project.implementationYear else {
            return try refused(form, issues: issues, project: project, agencies: [], agencyID: project.agencyID,
                               request: request, context: context)
        }
        var saved = project
        (saved.name, saved.fiscalYear) = (name, year)
        saved.applicationJSON = try ProjectParts.encode(application)
        try await store.saveProject(saved, by: context.user?.id)
        return .redirect(to: "/projects/\(project.id)", type: .normal)
    }

    // MARK: Shared

    private func refused(_ form: FormFields, issues: [FormIssue], project: ProjectRecord?, agencies: [AgencyRecord],
                         agencyID: String?, request: Request, context: AppRequestContext) throws -> Response {
        var html = page(form, issues: issues, project: project, agencies: agencies, agencyID: agencyID, context: context)
        html.status = .unprocessableContent
        return try html.response(from: request, context: context)
    }

    private func page(_ form: FormFields, issues: [FormIssue], project: ProjectRecord?, agencies: [AgencyRecord],
                      agencyID: String?, context: AppRequestContext) -> HTML {
        var model = ProjectForm.model(form, issues: issues, library: library)
        model["creating"] = project == nil
        model["id"] = project?.id as Any
        model["projectName"] = project?.name as Any
        model["seen"] = project.map { String($0.updatedAt) } as Any
        model["action"] = project.map { "/projects/\($0.id)/application" } ?? "/projects/new"
        model["agencies"] = agencies.map { ["id": $0.id, "name": $0.name, "selected": $0.id == agencyID] }
        return pages.page("project-form", title: project.map { "修改项目申报 · \($0.name)" } ?? "填写项目申报", context: context, model: model)
    }

    /// The agencies the user may apply for; none is a refusal.
    private func editableAgencies(_ context: AppRequestContext) async throws -> [AgencyRecord] {
        guard context.user != nil else { throw Problem.signIn }
        let editable = try await Access.load(context.user, from: store).editableAgencies
        guard !editable.isEmpty else { throw Problem.forbidden }
        return editable
    }

    /// The project of the path, when the user may edit its unit's applications.
    private func editable(_ context: AppRequestContext) async throws -> ProjectRecord {
        let (project, access) = try await Access.record(context, store: store, what: "项目", agency: \.agencyID) { try await store.project(id: $0) }
        guard access.canEdit(agencyID: project.agencyID) else { throw Problem.forbidden }
        return project
    }
}
