import Foundation
import HummingbirdBcrypt
import YusuanAudit
import YusuanCore
import YusuanDocuments
import YusuanReports
import YusuanStore

/// The demo data a new database starts with: the seeds' agencies and documents, read and
/// audited as `yusuan audit` does, the example budgets (`Examples/*/budget.json`) as budget
/// facts, and one user per role, all in one demo region.
public enum DemoData {
    public static let region = "演示地区"

    /// The demo accounts. Their passwords are in the README; change them on a real server.
    public static let users: [(name: String, displayName: String, password: String, role: Role)] = [
        ("editor", "单位填报演示", "editor-demo", .agencyEditor),
        ("reviewer", "单位审核演示", "reviewer-demo", .agencyReviewer),
        ("bureau", "财政审核演示", "bureau-demo", .bureauReviewer),
        ("admin", "管理员演示", "admin-demo", .administrator),
    ]

    /// Fills an empty store: does nothing when there are documents already. Each seed
    /// becomes a published document of its agency (the seeds are published disclosures).
    public static func seedIfEmpty(_ store: any Store, seeds: URL, budgets: URL? = nil, catalogues: CatalogueSet,
                                   bcryptCost: UInt8 = 10) async throws {
        guard try await store.documentCount() == 0 else { return }
        // The agency users work in: the first 部门 with 单位 under it, so the demo shows the hierarchy.
        var agencyScope: String?
        var departmentScope: String?
        // Budgets first: they know the hierarchy (部门 → 单位) the seeds only name.
        for url in budgetFiles(in: budgets) {
            guard let input = BudgetInputFile.read(contentsOf: url).input else { continue }
            let parentID = try await input.department.asyncMap { try await agency(named: $0.name, parentID: nil, in: store).id }
            let unit = try await agency(named: input.agency.name, parentID: parentID, in: store)
            agencyScope = agencyScope ?? unit.id
            departmentScope = departmentScope ?? parentID
            _ = try await BudgetService(store: store, catalogues: catalogues)
                .save(input, id: UUID().uuidString, agencyID: unit.id, basedOn: 0, by: nil)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0).path }
        let report = AuditBatch(catalogues: catalogues).audit(files: files)
        let now = Date().storeMilliseconds
        for audit in report.documents {
            let document = audit.document
            var agencyID: String?
            if let name = document.agency, !name.isEmpty {
                agencyID = try await agency(named: name, parentID: nil, in: store).id
                agencyScope = agencyScope ?? agencyID
            }
            if let agencyID { try await addProjects(of: document, agencyID: agencyID, into: store) }
            let fileName = URL(fileURLWithPath: document.file).lastPathComponent
            try await store.createDocument(try DocumentRecord(audit, fileName: fileName, title: document.title ?? fileName,
                                                              agencyID: agencyID, status: .published, at: now), by: nil)
        }
        agencyScope = departmentScope ?? agencyScope
        for user in users where try await store.user(named: user.name) == nil {
            let agencyScoped = user.role == .agencyEditor || user.role == .agencyReviewer
            try await store.createUser(UserRecord(
                name: user.name, displayName: user.displayName,
                passwordHash: Bcrypt.hash(user.password, cost: bcryptCost),
                role: user.role, agencyID: agencyScoped ? agencyScope : nil,
                region: user.role == .bureauReviewer ? region : ""), by: nil)
        }
    }

    /// The project library's demo: a 项目申报 document's project with its review sheets (seed
    /// 000), and each project of a 绩效自评表 (seed 002) with its self-evaluation and score.
    static func addProjects(of document: Document, agencyID: String, into store: any Store) async throws {
        if let application = document.project, let name = application.project.name {
            let year = application.project.implementationYear ?? document.fiscalYear ?? application.project.funding.map(\.fiscalYear).min() ?? 0
            try await store.saveProject(ProjectRecord(agencyID: agencyID, fiscalYear: year, name: name,
                                                      applicationJSON: try ProjectParts.encode(application)), by: nil)
        }
        guard let evaluation = SelfEvaluationReader.read(document) else { return }
        for project in evaluation.groups.flatMap(\.projects) {
            let (score, grade, rate) = ProjectParts.figures(project)
            try await store.saveProject(ProjectRecord(
                agencyID: agencyID, fiscalYear: evaluation.fiscalYear ?? document.fiscalYear ?? 0, name: project.name,
                applicationJSON: try ProjectParts.encode(ProjectApplication(project: Project(name: project.name))),
                selfEvaluationJSON: try ProjectParts.encode(project), score: score, grade: grade, executionRate: rate), by: nil)
        }
    }

    /// `budget.json` in each folder of `folder`, in name order.
    static func budgetFiles(in folder: URL?) -> [URL] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().map { folder.appendingPathComponent($0).appendingPathComponent("budget.json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    private static func agency(named name: String, parentID: String?, in store: any Store) async throws -> AgencyRecord {
        if let existing = try await store.agency(named: name) { return existing }
        let agency = AgencyRecord(name: name, parentID: parentID, region: region)
        try await store.createAgency(agency, by: nil)
        return agency
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension DemoData {
    /// Adds `count` generated agencies for load tests: 部门 of ten 单位 each, spread over ten
    /// regions, every 单位 with a budget that is the example budget with its amounts scaled
    /// (so each validates and compiles like a real one). Does nothing without the example.
    public static func generate(_ count: Int, into store: any Store, budgets: URL?, catalogues: CatalogueSet) async throws {
        guard count > 0, let url = budgetFiles(in: budgets).last, var template = BudgetInputFile.read(contentsOf: url).input else { return }
        template.priorYear = []  // scaled figures would need new reasons for their changes
        let service = BudgetService(store: store, catalogues: catalogues)
        var department: AgencyRecord?
        for index in 0..<count {
            let region = "生成地区\(index % 10 + 1)"
            if index % 10 == 0 {
                let head = AgencyRecord(name: "生成部门\(index / 10 + 1)", region: region)
                try await store.createAgency(head, by: nil)
                department = head
            }
            let unit = AgencyRecord(name: "生成单位\(index + 1)", parentID: department?.id, region: department?.region ?? region)
            try await store.createAgency(unit, by: nil)
            var input = template
            input.agency.name = unit.name
            input.department = department.map { .init(code: input.department?.code ?? "000", name: $0.name) }
            let factor = Int64(index % 7 + 1)
            input.lines = input.lines.map { var line = $0; line.amount = Money(fen: line.amount.fen * factor); return line }
            input.revenue = input.revenue.map { var entry = $0; entry.amount = Money(fen: entry.amount.fen * factor); return entry }
            _ = try await service.save(input, id: UUID().uuidString, agencyID: unit.id, basedOn: 0, by: nil)
        }
    }
}
