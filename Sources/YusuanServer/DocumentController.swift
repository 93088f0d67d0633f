import Foundation
import Hummingbird
import YusuanAudit
import YusuanDocuments
import YusuanReports
import YusuanStore

/// The document list, a document's audit report and its workflow, as pages and as JSON. Over
/// the `Store` only; what a user may see and do is `Access`'s to say.
struct DocumentController: Sendable {
    let store: any Store
    let pages: Pages

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/documents", use: listPage)
        router.get("/documents/{id}", use: reportPage)
        router.post("/documents/{id}/{step}", use: stepPage)
        router.get("/api/documents", use: list)
        router.get("/api/documents/{id}", use: report)
        router.post("/api/documents/{id}/{step}", use: step)
    }

    // MARK: JSON

    /// A document as the API lists it.
    struct Summary: ResponseCodable {
        let id: String
        let seriesID: String
        let title: String
        let fileName: String
        let kind: String
        let agencyID: String?
        let agency: String?
        let fiscalYear: Int?
        let status: String
        let version: Int
        let reviewComment: String?
        let errors: Int
        let warnings: Int
    }

    struct Listing: ResponseCodable {
        let documents: [Summary]
    }

    /// A document and its findings, as the audit JSON names them.
    struct Report: ResponseEncodable {
        let document: Summary
        let findings: [Finding]
    }

    struct StepRequest: Decodable {
        var comment: String?
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Listing {
        Listing(documents: try await visibleSummaries(context).summaries)
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Report {
        let (record, access) = try await readable(request, context: context)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(record.findingsJSON.utf8))
        return Report(document: Self.summary(record.header, names: try await access.names(of: [record.agencyID], from: store)),
                      findings: findings)
    }

    @Sendable func step(_ request: Request, context: AppRequestContext) async throws -> Summary {
        let body = try await request.body.collect(upTo: Limits.formBytes)
        let comment = body.readableBytes == 0 ? nil : try JSONDecoder().decode(StepRequest.self, from: body).comment
        let (header, access) = try await take(request, context: context, comment: comment)
        return Self.summary(header, agencies: access.agencies)
    }

    // MARK: Pages

    @Sendable func listPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (documents, access) = try await visibleSummaries(context)
        return pages.page("documents", title: "文件", context: context, model: [
            "documents": documents.map(Self.row),
            "empty": documents.isEmpty,
            "anonymous": context.user == nil,
            "canUpload": !access.editableAgencies.isEmpty,
        ])
    }

    /// The audit report of one document: the same HTML the CLI writes (`AuditHTMLReport`),
    /// its styles and body placed inside the site's layout, with the workflow's forms above it.
    @Sendable func reportPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (record, access) = try await readable(request, context: context)
        let decoder = JSONDecoder()
        let document = try decoder.decode(Document.self, from: Data(record.documentJSON.utf8))
        let findings = try decoder.decode([Finding].self, from: Data(record.findingsJSON.utf8))
        let html = try AuditHTMLReport(AuditReport(documents: [DocumentAudit(document: document, findings: findings)])).html()
        let summary = Self.summary(record.header, names: try await access.names(of: [record.agencyID], from: store))
        let versions = try await store.documents(DocumentQuery(seriesID: record.seriesID)).filter(access.canRead)
        let steps = WorkflowStep.allCases.filter { access.may($0, record.header) }
        return pages.page("report", title: record.title, context: context, model: [
            "id": record.id, "title": record.title, "agency": summary.agency ?? "—",
            "agencyID": record.agencyID as Any, "year": summary.fiscalYear.map(String.init) ?? "—",
            "status": record.status.chineseName, "statusKey": record.status.rawValue, "version": record.version,
            "comment": record.reviewComment as Any,
            "hasSteps": !steps.isEmpty, "hasVersions": versions.count > 1,
            "steps": steps.map { ["step": $0.rawValue, "name": $0.chineseName, "needsComment": $0.needsComment] },
            "canRevise": record.status == .published && access.canEdit(agencyID: record.agencyID),
            "versions": versions.map { ["id": $0.id, "version": $0.version, "status": $0.status.chineseName, "current": $0.id == record.id] },
            "report": Self.element("body", in: html) ?? html,
        ], head: Self.element("style", in: html).map { "<style>\($0)</style>" } ?? "")
    }

    @Sendable func stepPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        let (header, _) = try await take(request, context: context, comment: form["comment"])
        return .redirect(to: "/documents/\(header.id)", type: .normal)
    }

    // MARK: Shared

    /// Takes a workflow step on the document the request names, if this user may.
    private func take(_ request: Request, context: AppRequestContext, comment: String?) async throws -> (DocumentHeader, Access) {
        guard context.user != nil else { throw Problem.signIn }
        let id = try context.parameters.require("id")
        guard let step = WorkflowStep(rawValue: try context.parameters.require("step")) else { throw Problem.notFound("操作") }
        guard let header = try await store.documentHeader(id: id) else { throw Problem.notFound("文件") }
        let access = try await Access.load(context.user, from: store)
        guard access.canRead(header) else { throw Problem.notFound("文件") }
        guard step.roles.contains(context.user!.role), access.sees(agencyID: header.agencyID) else { throw Problem.forbidden }
        // The role may; `Access.may` then fails only on the status.
        guard access.may(step, header) else {
            throw Problem(.conflict, zh: "文件当前为“\(header.status.chineseName)”，不能\(step.chineseName)",
                          en: "the document is \(header.status.rawValue); cannot \(step.rawValue)")
        }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if step.needsComment, comment?.isEmpty ?? true {
            throw Problem(.badRequest, zh: "退回时请写明原因", en: "a return needs a comment", place: "comment")
        }
        let moved = try await store.transition(documentID: id, from: step.from, to: step.to,
                                               comment: comment?.isEmpty == false ? comment : nil, by: context.user?.id)
        return (moved, access)
    }

    /// The documents the user may read, with their agencies' names (theirs, and those of the
    /// published documents of others).
    private func visibleSummaries(_ context: AppRequestContext) async throws -> (summaries: [Summary], access: Access) {
        let access = try await Access.load(context.user, from: store)
        let records = try await store.documents(access.documentQuery)
        let names = try await access.names(of: records.map(\.agencyID), from: store)
        return (records.map { Self.summary($0, names: names) }, access)
    }

    /// The document the request names, if this user may read it: 404 when there is none,
    /// 401 for an anonymous visitor (a page then shows the sign-in form), 403 for a user.
    private func readable(_ request: Request, context: AppRequestContext) async throws -> (DocumentRecord, Access) {
        let id = try context.parameters.require("id")
        guard let record = try await store.document(id: id) else { throw Problem.notFound("文件") }
        let access = try await Access.load(context.user, from: store)
        guard access.canRead(record.header) else {
            throw context.user == nil ? Problem.signIn : Problem.forbidden
        }
        return (record, access)
    }

    static func summary(_ record: DocumentHeader, agencies: [AgencyRecord]) -> Summary {
        summary(record, names: Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    static func summary(_ record: DocumentHeader, names: [String: String]) -> Summary {
        Summary(
            id: record.id, seriesID: record.seriesID, title: record.title, fileName: record.fileName, kind: record.kind,
            agencyID: record.agencyID, agency: record.agencyID.flatMap { names[$0] },
            fiscalYear: record.fiscalYear, status: record.status.rawValue, version: record.version,
            reviewComment: record.reviewComment, errors: record.errorCount, warnings: record.warningCount)
    }

    static func row(_ summary: Summary) -> [String: Any] {
        [
            "id": summary.id, "title": summary.title, "fileName": summary.fileName,
            "agency": summary.agency ?? "—", "year": summary.fiscalYear.map(String.init) ?? "—",
            "status": DocumentStatus(rawValue: summary.status)?.chineseName ?? summary.status, "statusKey": summary.status,
            "version": summary.version, "errors": summary.errors, "warnings": summary.warnings,
            "hasErrors": summary.errors > 0,
        ]
    }

    /// The inside of the first `<name …>…</name>` of `html`.
    static func element(_ name: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(name)"),
              let openEnd = html[open.upperBound...].firstIndex(of: ">"),
              let close = html.range(of: "</\(name)>", options: .backwards) else { return nil }
        let start = html.index(after: openEnd)
        return start <= close.lowerBound ? String(html[start..<close.lowerBound]) : nil
    }
}
