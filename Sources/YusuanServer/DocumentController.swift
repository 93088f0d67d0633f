import Foundation
import Hummingbird
import YusuanAudit
import YusuanDocuments
import YusuanReports
import YusuanStore

/// The document list and a document's audit report, as pages and as JSON. Over the `Store`
/// only; what a user may see is `Access`'s to say.
struct DocumentController: Sendable {
    let store: any Store
    let pages: Pages

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/documents", use: listPage)
        router.get("/documents/{id}", use: reportPage)
        router.get("/api/documents", use: list)
        router.get("/api/documents/{id}", use: report)
    }

    // MARK: JSON

    /// A document as the API lists it.
    struct Summary: ResponseCodable {
        let id: String
        let title: String
        let fileName: String
        let kind: String
        let agency: String?
        let fiscalYear: Int?
        let status: String
        let version: Int
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

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Listing {
        Listing(documents: try await visibleSummaries(for: context.user))
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Report {
        let (record, agencies) = try await readable(request, context: context)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(record.findingsJSON.utf8))
        return Report(document: Self.summary(record, agencies: agencies), findings: findings)
    }

    // MARK: Pages

    @Sendable func listPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let documents = try await visibleSummaries(for: context.user)
        return pages.page("documents", title: "文件", user: Self.pageUser(context.user), model: [
            "documents": documents.map { summary -> [String: Any] in
                [
                    "id": summary.id, "title": summary.title, "fileName": summary.fileName,
                    "agency": summary.agency ?? "—", "year": summary.fiscalYear.map(String.init) ?? "—",
                    "status": DocumentStatus(rawValue: summary.status)?.chineseName ?? summary.status,
                    "version": summary.version, "errors": summary.errors, "warnings": summary.warnings,
                    "hasErrors": summary.errors > 0,
                ]
            },
            "empty": documents.isEmpty,
            "anonymous": context.user == nil,
        ])
    }

    /// The audit report of one document: the same HTML the CLI writes (`AuditHTMLReport`),
    /// its styles and body placed inside the site's layout.
    @Sendable func reportPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (record, agencies) = try await readable(request, context: context)
        let decoder = JSONDecoder()
        let document = try decoder.decode(Document.self, from: Data(record.documentJSON.utf8))
        let findings = try decoder.decode([Finding].self, from: Data(record.findingsJSON.utf8))
        let report = AuditReport(documents: [DocumentAudit(document: document, findings: findings)])
        let html = try AuditHTMLReport(report).html()
        let summary = Self.summary(record, agencies: agencies)
        return pages.page("report", title: record.title, user: Self.pageUser(context.user), model: [
            "title": record.title, "agency": summary.agency ?? "—",
            "year": summary.fiscalYear.map(String.init) ?? "—",
            "status": record.status.chineseName, "version": record.version,
            "report": Self.element("body", in: html) ?? html,
        ], head: Self.element("style", in: html).map { "<style>\($0)</style>" } ?? "")
    }

    // MARK: Shared

    private func visibleSummaries(for user: UserRecord?) async throws -> [Summary] {
        let agencies = try await store.agencies()
        let records = try await store.documents(Access(user: user, agencies: agencies).query)
        return records.map { Self.summary($0, agencies: agencies) }
    }

    /// The document the request names, if this user may read it: 404 when there is none,
    /// 401 (or, for a page, the sign-in page) for an anonymous visitor, 403 for a user.
    private func readable(_ request: Request, context: AppRequestContext) async throws -> (DocumentRecord, [AgencyRecord]) {
        let id = try context.parameters.require("id")
        guard let record = try await store.document(id: id) else {
            throw HTTPError(.notFound, message: "没有这个文件 / no such document")
        }
        let agencies = try await store.agencies()
        guard Access(user: context.user, agencies: agencies).canRead(record) else {
            if context.user == nil {
                if request.uri.path.hasPrefix("/api/") { throw HTTPError(.unauthorized, message: "请先登录 / sign in first") }
                throw HTTPError(.found, headers: [.location: "/login?next=\(request.uri.path)"])
            }
            throw HTTPError(.forbidden, message: "无权查看这个文件 / not allowed")
        }
        return (record, agencies)
    }

    static func summary(_ record: DocumentRecord, agencies: [AgencyRecord]) -> Summary {
        Summary(
            id: record.id, title: record.title, fileName: record.fileName, kind: record.kind,
            agency: agencies.first { $0.id == record.agencyID }?.name, fiscalYear: record.fiscalYear,
            status: record.status.rawValue, version: record.version,
            errors: record.errorCount, warnings: record.warningCount)
    }

    static func pageUser(_ user: UserRecord?) -> PageUser? {
        user.map { PageUser(name: $0.displayName, role: $0.role.chineseName) }
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
