import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import YusuanStore

/// Agencies (部门 → 单位), each with its budgets, documents and history; and, for the
/// administrator, creating agencies and users.
struct AgencyController: Sendable {
    let store: any Store
    let pages: Pages

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/agencies", use: listPage)
        router.post("/agencies", use: createAgencyFromPage)
        router.get("/agencies/{id}", use: agencyPage)
        router.get("/agencies/{id}/history", use: historyPage)
        router.get("/users", use: usersPage)
        router.post("/users", use: createUserFromPage)
        router.get("/api/agencies", use: list)
        router.post("/api/agencies", use: createAgency)
        router.get("/api/agencies/{id}/history", use: history)
        router.get("/api/users", use: listUsers)
        router.post("/api/users", use: createUser)
    }

    struct AgencyView: ResponseCodable {
        var id: String
        var name: String
        var parentID: String?
        var region: String
    }

    struct AgencyListing: ResponseCodable {
        var agencies: [AgencyView]
    }

    struct NewAgency: Decodable {
        var name: String
        var parentID: String?
        var region: String?
    }

    struct NewUser: Decodable {
        var name: String
        var displayName: String
        var password: String
        var role: String
        var agencyID: String?
        var region: String?
    }

    struct UserListing: ResponseCodable {
        var users: [AuthController.UserView]
    }

    struct HistoryView: ResponseCodable {
        var id: String
        var at: Int64
        var actor: String?
        var entity: String
        var entityID: String
        var action: String
        var before: String?
        var after: String?
    }

    struct HistoryListing: ResponseCodable {
        var history: [HistoryView]
    }

    // MARK: API

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> AgencyListing {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        return AgencyListing(agencies: AgencyTree(access.agencies).ordered.map { Self.view($0.agency) })
    }

    @Sendable func createAgency(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<AgencyView> {
        let new = try await request.decode(as: NewAgency.self, context: context)
        let agency = try await create(new, context: context)
        return EditedResponse(status: .created, response: Self.view(agency))
    }

    @Sendable func history(_ request: Request, context: AppRequestContext) async throws -> HistoryListing {
        HistoryListing(history: try await entries(context))
    }

    @Sendable func listUsers(_ request: Request, context: AppRequestContext) async throws -> UserListing {
        try administrator(context)
        return UserListing(users: try await store.users().map(AuthController.UserView.init))
    }

    @Sendable func createUser(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<AuthController.UserView> {
        let new = try await request.decode(as: NewUser.self, context: context)
        return EditedResponse(status: .created, response: AuthController.UserView(try await create(new, context: context)))
    }

    // MARK: Pages

    @Sendable func listPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        let agencies = access.agencies
        let tree = AgencyTree(agencies).ordered
        return pages.page("agencies", title: "单位", context: context, model: [
            "agencies": tree.map { ["id": $0.agency.id, "name": $0.agency.name, "region": $0.agency.region, "indent": $0.depth * 18,
                                    "kind": $0.agency.parentID == nil ? "部门" : "单位"] },
            "parents": AgencyTree(agencies).ordered.map { ["id": $0.agency.id, "name": String(repeating: "　", count: $0.depth) + $0.agency.name] },
            "isAdministrator": access.isAdministrator,
        ])
    }

    @Sendable func createAgencyFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        let agency = try await create(NewAgency(name: form["name"] ?? "", parentID: form["parentID"], region: form["region"]), context: context)
        return .redirect(to: "/agencies/\(agency.id)", type: .normal)
    }

    @Sendable func agencyPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (agency, agencies) = try await visibleAgency(context)
        let access = Access(user: context.user, agencies: agencies)
        let budgets = try await store.budgetSummaries(agencyIDs: [agency.id])
        let documents = try await store.documents(DocumentQuery(agencyIDs: [agency.id])).filter(access.canRead)
        let subtree = access.subtree(of: agency.id)
        let evaluatedYears = Set(try await store.projects(agencyIDs: subtree.map(\.id)).filter { $0.selfEvaluationJSON != nil }
            .map(\.fiscalYear)).sorted(by: >)
        return pages.page("agency", title: agency.name, context: context, model: [
            "id": agency.id, "name": agency.name, "region": agency.region,
            "parent": agencies.first { $0.id == agency.parentID }.map { ["id": $0.id, "name": $0.name] } as Any,
            "children": agencies.filter { $0.parentID == agency.id }.map { ["id": $0.id, "name": $0.name] },
            "budgets": budgets.map { ["id": $0.id, "year": $0.fiscalYear, "total": BudgetController.BudgetView($0).total] },
            "documents": documents.map { DocumentController.row(DocumentController.summary($0, agencies: agencies)) },
            "hasDocuments": !documents.isEmpty, "hasBudgets": !budgets.isEmpty,
            "hasChildren": agencies.contains { $0.parentID == agency.id },
            "selfEvaluations": evaluatedYears.map { ["year": $0] }, "hasSelfEvaluations": !evaluatedYears.isEmpty,
            "canEdit": access.canEdit(agencyID: agency.id),
        ])
    }

    @Sendable func historyPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let (agency, _) = try await visibleAgency(context)
        let entries = try await entries(context)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        return pages.page("history", title: "\(agency.name) · 修改记录", context: context, model: [
            "id": agency.id, "name": agency.name, "empty": entries.isEmpty,
            "entries": entries.map { entry -> [String: Any] in
                [
                    "at": formatter.string(from: Date(timeIntervalSince1970: Double(entry.at) / 1000)),
                    "actor": entry.actor ?? "系统", "entity": Self.entityName(entry.entity), "entityID": entry.entityID,
                    "action": Self.actionName(entry.action), "before": entry.before as Any, "after": entry.after as Any,
                ]
            },
        ])
    }

    @Sendable func usersPage(_ request: Request, context: AppRequestContext) async throws -> HTML {
        try administrator(context)
        let agencies = try await store.agencies()
        return pages.page("users", title: "用户", context: context, model: [
            "users": try await store.users().map { user in
                ["name": user.name, "displayName": user.displayName, "role": user.role.chineseName, "region": user.region,
                 "agency": agencies.first { $0.id == user.agencyID }?.name ?? "—"]
            },
            "roles": Role.allCases.map { ["value": $0.rawValue, "name": $0.chineseName] },
            "agencies": AgencyTree(agencies).ordered.map { ["id": $0.agency.id, "name": String(repeating: "　", count: $0.depth) + $0.agency.name] },
        ])
    }

    @Sendable func createUserFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = FormFields(String(buffer: try await request.body.collect(upTo: Limits.formBytes)))
        _ = try await create(NewUser(name: form["name"] ?? "", displayName: form["displayName"] ?? "", password: form["password"] ?? "",
                                     role: form["role"] ?? "", agencyID: form["agencyID"], region: form["region"]), context: context)
        return .redirect(to: "/users", type: .normal)
    }

    // MARK: Shared

    private func create(_ new: NewAgency, context: AppRequestContext) async throws -> AgencyRecord {
        try administrator(context)
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw Problem(.badRequest, zh: "请填写单位名称", en: "the agency needs a name", place: "name") }
        guard try await store.agency(named: name) == nil else {
            throw Problem(.conflict, zh: "已有同名单位“\(name)”", en: "an agency named \(name) exists", place: "name")
        }
        let parentID = new.parentID.flatMap { $0.isEmpty ? nil : $0 }
        var region = new.region?.trimmingCharacters(in: .whitespaces) ?? ""
        if let parentID {
            guard let parent = try await store.agency(id: parentID) else { throw Problem.notFound("上级单位") }
            if region.isEmpty { region = parent.region }
        }
        let agency = AgencyRecord(name: name, parentID: parentID, region: region)
        try await store.createAgency(agency, by: context.user?.id)
        return agency
    }

    private func create(_ new: NewUser, context: AppRequestContext) async throws -> UserRecord {
        try administrator(context)
        let name = new.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw Problem(.badRequest, zh: "请填写用户名", en: "the user needs a name", place: "name") }
        guard let role = Role(rawValue: new.role) else {
            throw Problem(.badRequest, zh: "角色须为 \(Role.allCases.map(\.rawValue).joined(separator: "、"))", en: "unknown role", place: "role")
        }
        guard new.password.count >= 8 else { throw Problem(.badRequest, zh: "密码至少 8 个字符", en: "the password needs 8 characters or more", place: "password") }
        guard try await store.user(named: name) == nil else { throw Problem(.conflict, zh: "用户名已被使用", en: "the name is taken", place: "name") }
        let agencyID = new.agencyID.flatMap { $0.isEmpty ? nil : $0 }
        if let agencyID, try await store.agency(id: agencyID) == nil {
            throw Problem(.badRequest, zh: "没有这个单位", en: "no such agency", place: "agencyID")
        }
        // An empty region means every region: only an administrator has that.
        if role == .bureauReviewer, (new.region ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw Problem(.badRequest, zh: "财政审核用户须指定地区", en: "a bureau reviewer needs a region", place: "region")
        }
        if (role == .agencyEditor || role == .agencyReviewer) && agencyID == nil {
            throw Problem(.badRequest, zh: "单位用户须指定所属单位", en: "an agency user needs an agency", place: "agencyID")
        }
        let password = new.password
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: 10) }
        let user = UserRecord(name: name, displayName: new.displayName.isEmpty ? name : new.displayName, passwordHash: hash,
                              role: role, agencyID: agencyID, region: new.region ?? "")
        try await store.createUser(user, by: context.user?.id)
        return user
    }

    private func entries(_ context: AppRequestContext) async throws -> [HistoryView] {
        let (agency, _) = try await visibleAgency(context)
        let users = Dictionary(try await store.users().map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        return try await store.history(agencyID: agency.id, limit: 500).map {
            HistoryView(id: $0.id, at: $0.at, actor: $0.actorID.flatMap { users[$0] }, entity: $0.entity, entityID: $0.entityID,
                        action: $0.action, before: $0.before, after: $0.after)
        }
    }

    private func visibleAgency(_ context: AppRequestContext) async throws -> (AgencyRecord, [AgencyRecord]) {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await Access.load(context.user, from: store)
        guard let agency = access.agency(context.parameters.get("id")) else { throw Problem.notFound("单位") }
        return (agency, access.agencies)
    }

    private func administrator(_ context: AppRequestContext) throws {
        guard let user = context.user else { throw Problem.signIn }
        guard user.role == .administrator else { throw Problem.forbidden }
    }

    static func view(_ agency: AgencyRecord) -> AgencyView {
        AgencyView(id: agency.id, name: agency.name, parentID: agency.parentID, region: agency.region)
    }

    static func entityName(_ entity: String) -> String {
        ["agency": "单位", "user": "用户", "document": "文件", "budget": "预算数据", "project": "项目",
         "region_rules": "地区评价规则"][entity] ?? entity
    }

    static func actionName(_ action: String) -> String {
        if action == "create" { return "新建" }
        if action == "update" { return "修改" }
        if action == "password" { return "修改密码" }
        if action == "rescore" { return "按新权重重新评分" }
        return DocumentStatus(rawValue: action).map { "改为“\($0.chineseName)”" } ?? action
    }
}
