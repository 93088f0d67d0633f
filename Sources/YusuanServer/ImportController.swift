import Foundation
import Hummingbird
import NIOPosix
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanStore

/// Uploads: one or many documents (text, PDF or XLSX), read and audited in the background
/// with the CLI's `AuditBatch`, progress kept in the `imports` row. The upload is all or
/// nothing: its documents are stored in one transaction after every file has been read, and a
/// file that cannot be read fails the whole upload with the file and the reason.
struct ImportController: Sendable {
    let store: any Store
    let pages: Pages
    let importer: Importer

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/imports/new", use: uploadPage)
        router.post("/imports", use: uploadFromPage)
        router.get("/imports/{id}", use: progressPage)
        router.post("/api/imports", use: upload)
        router.get("/api/imports/{id}", use: progress)
    }

    struct ImportView: ResponseCodable {
        var id: String
        var status: String
        var total: Int
        var done: Int
        var message: String?
        var documentIDs: [String]

        init(_ job: ImportRecord) {
            id = job.id
            status = job.status.rawValue
            total = job.total
            done = job.done
            message = job.message
            documentIDs = (try? JSONDecoder().decode([String].self, from: Data(job.documentIDs.utf8))) ?? []
        }
    }

    // MARK: Pages

    @Sendable func uploadPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        guard let user = context.user else { throw Problem.signIn }
        let access = try await Access.load(user, from: store)
        let agencies = access.editableAgencies
        guard !agencies.isEmpty else { throw Problem.forbidden }
        let chosen = request.uri.queryParameters["agency"].map(String.init) ?? user.agencyID
        return pages.page("upload", title: "上传文件", context: context, model: [
            "agencies": AgencyTree(agencies).ordered.map {
                ["id": $0.agency.id, "name": String(repeating: "　", count: $0.depth) + $0.agency.name, "selected": $0.agency.id == chosen]
            },
            "byName": access.isAdministrator,
        ])
    }

    @Sendable func uploadFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let job = try await start(request, context: context)
        return .redirect(to: "/imports/\(job.id)", type: .normal)
    }

    /// The upload's progress; the page reloads itself every second until the upload is done
    /// (a meta refresh, so it works without JavaScript).
    @Sendable func progressPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let job = try await visibleJob(context)
        let view = ImportView(job)
        let running = job.status == .reading || job.status == .writing
        var headers: [DocumentHeader] = []
        for id in view.documentIDs { if let header = try await store.documentHeader(id: id) { headers.append(header) } }
        // An administrator's upload may have created agencies: their names come by id.
        let names = try await Access.load(context.user, from: store).names(of: headers.map(\.agencyID), from: store)
        return pages.page("import", title: "上传进度", context: context, model: [
            "running": running, "succeeded": job.status == .succeeded, "failed": job.status == .failed,
            "writing": job.status == .writing,
            "done": job.done, "total": job.total, "percent": job.total == 0 ? 0 : job.done * 100 / job.total,
            "messages": (job.message ?? "").split(separator: "\n").map(String.init),
            "documents": headers.map { DocumentController.row(DocumentController.summary($0, names: names)) },
        ], head: running ? #"<meta http-equiv="refresh" content="1">"# : "")
    }

    // MARK: API

    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<ImportView> {
        let job = try await start(request, context: context)
        return EditedResponse(status: .accepted, headers: [.location: "/api/imports/\(job.id)"], response: ImportView(job))
    }

    @Sendable func progress(_ request: Request, context: AppRequestContext) async throws -> ImportView {
        ImportView(try await visibleJob(context))
    }

    // MARK: Shared

    /// Reads the upload (multipart fields `files`, `agency`, `replaces`; or one file as the raw
    /// body with `?file=NAME&agency=ID`), checks who may upload where, and starts the import.
    private func start(_ request: Request, context: AppRequestContext) async throws -> ImportRecord {
        guard let user = context.user else { throw Problem.signIn }
        let body = try await request.body.collect(upTo: Limits.uploadBytes)
        let query = request.uri.queryParameters
        var files: [Importer.File]
        var agencyField: String?
        var replacesField: String?
        if let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data") {
            let form = try MultipartForm(body: body, contentType: type)
            files = form.files("files").map { Importer.File(name: $0.fileName ?? "", data: $0.data) }
            agencyField = form.field("agency")
            replacesField = form.field("replaces")
        } else {
            guard let name = query["file"].map(String.init), !name.isEmpty else {
                throw Problem(.badRequest, zh: "请用 ?file=文件名 说明上传的文件名", en: "name the uploaded file with ?file=NAME", place: "file")
            }
            files = body.readableBytes == 0 ? [] : [Importer.File(name: name, data: Data(buffer: body))]
        }
        agencyField = (agencyField ?? query["agency"].map(String.init)).flatMap { $0.isEmpty ? nil : $0 }
        replacesField = (replacesField ?? query["replaces"].map(String.init)).flatMap { $0.isEmpty ? nil : $0 }
        guard !files.isEmpty else {
            throw Problem(.badRequest, zh: "没有收到文件", en: "no file was uploaded", place: "files")
        }
        let access = try await Access.load(user, from: store)
        var target = Importer.Target.byName
        if let replacesID = replacesField {
            guard let replaced = try await store.documentHeader(id: replacesID), access.canRead(replaced) else {
                throw Problem.notFound("文件")
            }
            guard access.canEdit(agencyID: replaced.agencyID) else { throw Problem.forbidden }
            guard files.count == 1 else {
                throw Problem(.badRequest, zh: "更正版本只能上传一个文件", en: "a new version is one file", place: "files")
            }
            let latest = try await store.documents(DocumentQuery(seriesID: replaced.seriesID)).map(\.version).max() ?? replaced.version
            target = .newVersion(of: replaced, version: latest + 1)
        } else if let agencyID = agencyField {
            try await access.requireEditable(agencyID: agencyID, in: store)
            target = .agency(agencyID)
        } else if !access.isAdministrator {
            // Only an administrator may let the documents name their agencies (and create them).
            guard let own = user.agencyID, access.canEdit(agencyID: own) else { throw Problem.forbidden }
            target = .agency(own)
        }
        let now = Date().storeMilliseconds
        let job = ImportRecord(userID: user.id, agencyID: target.agencyID, total: files.count, createdAt: now, updatedAt: now)
        try await store.createImport(job)
        let importer = importer
        Task.detached { await importer.run(job, files: files, target: target, by: user.id) }
        return job
    }

    private func visibleJob(_ context: AppRequestContext) async throws -> ImportRecord {
        guard let user = context.user else { throw Problem.signIn }
        guard var job = try await store.importJob(id: try context.parameters.require("id")),
              job.userID == user.id || user.role == .administrator else { throw Problem.notFound("上传") }
        // Stalled: its server stopped (another instance may not have restarted to mark it).
        if job.status == .reading || job.status == .writing,
           job.updatedAt < Date().addingTimeInterval(-Importer.stallTime).storeMilliseconds {
            job.status = .failed
            job.message = Importer.interrupted
        }
        return job
    }
}

/// Runs an import: reads and audits the files in parallel on the thread pool, counting them
/// in the `imports` row, then stores all the documents at once, or none and why.
struct Importer: Sendable {
    let store: any Store
    let batch: AuditBatch

    struct File: Sendable {
        var name: String
        var data: Data
    }

    enum Target: Sendable {
        /// Every document under this agency.
        case agency(String)
        /// A corrected version of a document: its series, agency and the next version number.
        case newVersion(of: DocumentHeader, version: Int)
        /// Each document under the agency it names, created when there is none (administrators).
        case byName

        var agencyID: String? {
            switch self {
            case .agency(let id): id
            case .newVersion(let header, _): header.agencyID
            case .byName: nil
            }
        }
    }

    /// An import that has not advanced for this long was stopped with its server.
    static let stallTime: TimeInterval = 120
    static let interrupted = "上传在服务器停止时中断，没有保存任何文件，请重新上传 / the server stopped during the upload; nothing was stored, upload again"

    func run(_ job: ImportRecord, files: [File], target: Target, by actorID: String) async {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-import-\(job.id)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let (agencies, documents) = try await read(job, files: files, into: folder, target: target)
            try await store.updateImport(id: job.id, status: .writing, done: files.count, message: nil)
            try await store.completeImport(id: job.id, agencies: agencies, documents: documents, by: actorID)
        } catch {
            // A file that could not be read: one line per file, naming it and the reason.
            let message = (error as? Problem).map { $0.place ?? $0.detail } ?? "\(error)"
            try? await store.updateImport(id: job.id, status: .failed, done: 0, message: message)
        }
    }

    private func read(_ job: ImportRecord, files: [File], into folder: URL, target: Target) async throws
        -> (agencies: [AgencyRecord], documents: [DocumentRecord]) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Each file under its own number, so two uploads named alike cannot overwrite each other;
        // the reader sees the extension, the report the name the user gave.
        var paths: [String] = []
        for (index, file) in files.enumerated() {
            let ext = (file.name as NSString).pathExtension.lowercased()
            let path = folder.appendingPathComponent("\(index)" + (ext.isEmpty ? "" : ".\(ext)")).path
            try file.data.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let batch = batch
        var results = [Result<DocumentAudit, UnreadableFile>?](repeating: nil, count: files.count)
        try await withThrowingTaskGroup(of: (Int, Result<DocumentAudit, UnreadableFile>).self) { group in
            for (index, path) in paths.enumerated() {
                group.addTask { (index, try await NIOThreadPool.singleton.runIfActive { batch.audit(file: path) }) }
            }
            var done = 0
            for try await (index, result) in group {
                results[index] = result
                done += 1
                try await store.updateImport(id: job.id, status: .reading, done: done, message: nil)
            }
        }
        var report = AuditReport()
        var problems: [String] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let audit) where AuditBatch.isNoDocument(audit.document):
                problems.append("\(files[index].name)：没有可识别的表格或预算数字，不是预算公开、决算或绩效文件 / "
                                + "no tables or budget figures the reader recognises")
            case .success(let audit): report.documents.append(audit)
            case .failure(let unreadable): problems.append("\(files[index].name)：\(unreadable.message.zh) / \(unreadable.message.en)")
            case nil: break
            }
        }
        guard problems.isEmpty else {
            throw Problem(.unprocessableContent, zh: "上传未保存：", en: "nothing was stored", place: problems.joined(separator: "\n"))
        }
        report = batch.acrossDocuments(report)
        return try await records(report, files: files, paths: paths, target: target)
    }

    /// The documents to store, and the agencies they name that the store does not have yet
    /// (stored with them, in the same transaction).
    private func records(_ report: AuditReport, files: [File], paths: [String], target: Target) async throws
        -> (agencies: [AgencyRecord], documents: [DocumentRecord]) {
        var newAgencies: [AgencyRecord] = []
        let now = Date().storeMilliseconds
        var records: [DocumentRecord] = []
        for audit in report.documents {
            let index = paths.firstIndex(of: audit.document.file) ?? 0
            var document = audit.document
            document.file = files[index].name
            var agencyID = target.agencyID
            var seriesID: String?
            var version = 1
            switch target {
            case .newVersion(let header, let next):
                seriesID = header.seriesID
                version = next
            case .byName:
                if let name = document.agency, !name.isEmpty {
                    if let known = try await store.agency(named: name) ?? newAgencies.first(where: { $0.name == name }) {
                        agencyID = known.id
                    } else {
                        let agency = AgencyRecord(name: name)
                        newAgencies.append(agency)
                        agencyID = agency.id
                    }
                }
            case .agency:
                break
            }
            records.append(try DocumentRecord(
                DocumentAudit(document: document, findings: audit.findings), fileName: files[index].name,
                title: document.title ?? files[index].name, agencyID: agencyID, seriesID: seriesID, version: version, at: now))
        }
        return (newAgencies, records)
    }
}
