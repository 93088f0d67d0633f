import YusuanStore

/// What a user may see and do, in one place for pages and API alike.
///
/// - Anonymous visitors read published documents only.
/// - 单位填报 and 单位审核 see their own agency and the agencies under it (部门 → 单位); 填报
///   uploads documents and edits budget facts there, 审核 submits and publishes.
/// - 财政审核 sees every agency of its region (every region when its region is empty), and
///   approves, returns and publishes.
/// - 管理员 sees and may do everything, and manages agencies and users.
struct Access: Sendable {
    let user: UserRecord?
    let agencies: [AgencyRecord]
    /// The agencies this user sees; nil for all of them. Worked out once: pages ask it of
    /// every agency of a region.
    let visibleAgencyIDs: Set<String>?

    init(user: UserRecord?, agencies: [AgencyRecord]) {
        self.user = user
        self.agencies = agencies
        guard let user else {
            visibleAgencyIDs = []
            return
        }
        switch user.role {
        case .administrator: visibleAgencyIDs = nil
        case .bureauReviewer:
            visibleAgencyIDs = user.region.isEmpty ? nil : Set(agencies.filter { $0.region == user.region }.map(\.id))
        case .agencyEditor, .agencyReviewer:
            visibleAgencyIDs = Set(Self.subtree(of: user.agencyID, in: agencies))
        }
    }

    /// The user's access, over only the agencies they may see, fetched by a query of their scope
    /// (a region, an agency's subtree) rather than by loading every agency: a bureau of ten
    /// thousand agencies asks for its region's thousand.
    static func load(_ user: UserRecord?, from store: any Store) async throws -> Access {
        guard let user else { return Access(user: nil, agencies: []) }
        switch user.role {
        case .administrator: return Access(user: user, agencies: try await store.agencies())
        case .bureauReviewer:
            return Access(user: user, agencies: user.region.isEmpty ? try await store.agencies() : try await store.agencies(region: user.region))
        case .agencyEditor, .agencyReviewer:
            guard let agencyID = user.agencyID else { return Access(user: user, agencies: []) }
            return Access(user: user, agencies: try await store.agencies(under: agencyID))
        }
    }

    /// The record the request's `{id}` names, when the signed-in user sees its agency, with the
    /// user's access: 401 signed out, 404 when there is none or it is out of sight (so its
    /// existence is not told).
    static func record<Record>(
        _ context: AppRequestContext, store: any Store, what: String, agency: (Record) -> String?,
        find: (String) async throws -> Record?
    ) async throws -> (Record, Access) {
        guard context.user != nil else { throw Problem.signIn }
        let access = try await load(context.user, from: store)
        guard let record = try await find(try context.parameters.require("id")), access.sees(agencyID: agency(record)) else {
            throw Problem.notFound(what)
        }
        return (record, access)
    }

    /// The names of agencies by id: those this user sees, and others the ids name (the agencies
    /// of published documents anyone may read).
    func names(of ids: some Sequence<String?>, from store: any Store) async throws -> [String: String] {
        var names = Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let missing = Set(ids.compactMap { $0 }).subtracting(names.keys)
        for agency in try await store.agencies(ids: missing.sorted()) { names[agency.id] = agency.name }
        return names
    }

    /// An agency and the agencies under it that this user sees, the agency first.
    func subtree(of id: String) -> [AgencyRecord] {
        let byID = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Self.subtree(of: id, in: agencies).compactMap { byID[$0] }.filter { sees(agencyID: $0.id) }
    }

    /// Refuses unless this user may edit the agency: 404 when there is no such agency, 403 when
    /// it is not theirs to edit.
    func requireEditable(agencyID: String, in store: any Store) async throws {
        guard try await store.agency(id: agencyID) != nil else { throw Problem.notFound("单位") }
        guard canEdit(agencyID: agencyID) else { throw Problem.forbidden }
    }

    /// The agency with this id, when the user sees it.
    func agency(_ id: String?) -> AgencyRecord? {
        guard let id, sees(agencyID: id) else { return nil }
        return agencies.first { $0.id == id }
    }

    /// What the document list shows: the agencies this user sees, and everything published.
    var documentQuery: DocumentQuery {
        guard user != nil else { return DocumentQuery(statuses: [.published]) }
        return DocumentQuery(agencyIDs: visibleAgencyIDs.map { Array($0).sorted() }, orPublished: visibleAgencyIDs != nil)
    }

    func sees(agencyID: String?) -> Bool {
        guard let visible = visibleAgencyIDs else { return true }
        return agencyID.map(visible.contains) ?? false
    }

    func canRead(_ document: DocumentHeader) -> Bool {
        document.status == .published || (user != nil && sees(agencyID: document.agencyID))
    }

    /// Uploading documents and editing budget facts for an agency.
    func canEdit(agencyID: String?) -> Bool {
        guard let user else { return false }
        switch user.role {
        case .administrator: return true
        case .agencyEditor: return sees(agencyID: agencyID)
        case .agencyReviewer, .bureauReviewer: return false
        }
    }

    /// The agencies this user may upload to or edit, in hierarchy order.
    var editableAgencies: [AgencyRecord] {
        AgencyTree(agencies).ordered.map(\.agency).filter { canEdit(agencyID: $0.id) }
    }

    func may(_ step: WorkflowStep, _ document: DocumentHeader) -> Bool {
        guard let user, step.roles.contains(user.role), sees(agencyID: document.agencyID) else { return false }
        return step.from.contains(document.status)
    }

    var isAdministrator: Bool { user?.role == .administrator }

    /// An agency and its descendants.
    static func subtree(of root: String?, in agencies: [AgencyRecord]) -> [String] {
        guard let root else { return [] }
        let children = Dictionary(grouping: agencies.filter { $0.parentID != nil }, by: { $0.parentID! })
        var result = [root]
        var index = 0
        while index < result.count {
            result += children[result[index], default: []].map(\.id)
            index += 1
        }
        return result
    }
}

/// The disclosure workflow: 草稿 → 已提交 → 财政审核通过 / 退回 (with comments) → 已公开. A
/// published document never changes; a correction is a new version (an upload with `replaces`).
enum WorkflowStep: String, CaseIterable, Sendable {
    case submit, approve, `return`, publish

    var from: Set<DocumentStatus> {
        switch self {
        case .submit: [.draft, .returned]
        case .approve: [.submitted]
        case .return: [.submitted, .approved]
        case .publish: [.approved]
        }
    }

    var to: DocumentStatus {
        switch self {
        case .submit: .submitted
        case .approve: .approved
        case .return: .returned
        case .publish: .published
        }
    }

    var roles: Set<Role> {
        switch self {
        case .submit: [.agencyReviewer, .administrator]
        case .approve, .return: [.bureauReviewer, .administrator]
        case .publish: [.agencyReviewer, .bureauReviewer, .administrator]
        }
    }

    /// A return must say why.
    var needsComment: Bool { self == .return }

    var chineseName: String {
        switch self {
        case .submit: "提交审核"
        case .approve: "审核通过"
        case .return: "退回"
        case .publish: "公开"
        }
    }
}

/// Agencies as a hierarchy: each 部门 followed by its 单位, with their depth.
struct AgencyTree {
    struct Node {
        let agency: AgencyRecord
        let depth: Int
    }

    let ordered: [Node]

    init(_ agencies: [AgencyRecord]) {
        let children = Dictionary(grouping: agencies, by: \.parentID)
        let ids = Set(agencies.map(\.id))
        var ordered: [Node] = []
        func visit(_ agency: AgencyRecord, depth: Int) {
            ordered.append(Node(agency: agency, depth: depth))
            for child in children[agency.id, default: []] { visit(child, depth: depth + 1) }
        }
        // Roots: no parent, or a parent this list does not hold.
        for root in agencies where root.parentID.map({ !ids.contains($0) }) ?? true { visit(root, depth: 0) }
        self.ordered = ordered
    }
}
