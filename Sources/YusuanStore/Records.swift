import Foundation

/// A 部门 or 单位. A 部门 (主管部门) has no parent; its 单位 name it as their parent.
public struct AgencyRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, name, parentID = "parent_id", region
    }

    public var id: String
    public var name: String
    public var parentID: String?
    public var region: String

    public init(id: String = UUID().uuidString, name: String, parentID: String? = nil, region: String = "") {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.region = region
    }
}

/// What a user may do (issue 7): 单位填报 edits its own agency's data, 单位审核 submits it,
/// 财政审核 reviews and scores every agency of its region, 管理员 administers.
public enum Role: String, Codable, Sendable, CaseIterable {
    case agencyEditor = "agency_editor"
    case agencyReviewer = "agency_reviewer"
    case bureauReviewer = "bureau_reviewer"
    case administrator

    public var chineseName: String {
        switch self {
        case .agencyEditor: "单位填报"
        case .agencyReviewer: "单位审核"
        case .bureauReviewer: "财政审核"
        case .administrator: "管理员"
        }
    }
}

public struct UserRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, name, displayName = "display_name", passwordHash = "password_hash", role, agencyID = "agency_id"
    }

    public var id: String
    public var name: String
    public var displayName: String
    /// A bcrypt hash; the store never sees a password.
    public var passwordHash: String
    public var role: Role
    public var agencyID: String?

    public init(
        id: String = UUID().uuidString, name: String, displayName: String, passwordHash: String,
        role: Role, agencyID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.agencyID = agencyID
    }
}

/// A signed-in session. `id` is what the cookie carries; it is random and long.
public struct SessionRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, userID = "user_id", createdAt = "created_at", expiresAt = "expires_at"
    }

    public var id: String
    public var userID: String
    /// Milliseconds since 1970, as every time in the store: the same on SQLite and PostgreSQL.
    public var createdAt: Int64
    public var expiresAt: Int64

    public init(id: String, userID: String, createdAt: Int64, expiresAt: Int64) {
        self.id = id
        self.userID = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// The disclosure workflow: 草稿 → 已提交 → 财政审核通过 / 退回 → 已公开.
public enum DocumentStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, approved, returned, published

    public var chineseName: String {
        switch self {
        case .draft: "草稿"
        case .submitted: "已提交"
        case .approved: "财政审核通过"
        case .returned: "退回"
        case .published: "已公开"
        }
    }
}

/// A stored document: the file it came from, what the reader made of it (`documentJSON`, the
/// `Document` as the CLI's `read --format json` writes it) and the audit findings
/// (`findingsJSON`). The store keeps both as text and does not interpret them.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, fileName = "file_name", kind, title, agencyID = "agency_id", fiscalYear = "fiscal_year", status, version
        case documentJSON = "document_json", findingsJSON = "findings_json", errorCount = "error_count"
        case warningCount = "warning_count", createdAt = "created_at", updatedAt = "updated_at"
    }

    public var id: String
    public var fileName: String
    /// The `DocumentKind` raw value.
    public var kind: String
    public var title: String
    public var agencyID: String?
    public var fiscalYear: Int?
    public var status: DocumentStatus
    /// 1 for the first; a correction of a published document is a new record with the next version.
    public var version: Int
    public var documentJSON: String
    public var findingsJSON: String
    public var errorCount: Int
    public var warningCount: Int
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String = UUID().uuidString, fileName: String, kind: String, title: String,
        agencyID: String?, fiscalYear: Int?, status: DocumentStatus = .draft, version: Int = 1,
        documentJSON: String, findingsJSON: String, errorCount: Int = 0, warningCount: Int = 0,
        createdAt: Int64, updatedAt: Int64
    ) {
        self.id = id
        self.fileName = fileName
        self.kind = kind
        self.title = title
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.status = status
        self.version = version
        self.documentJSON = documentJSON
        self.findingsJSON = findingsJSON
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One change to stored data: who, when, what (table and row), before and after (JSON, or nil
/// for a creation or a deletion).
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, actorID = "actor_id", at, entity, entityID = "entity_id", agencyID = "agency_id", action, before, after
    }

    public var id: String
    public var actorID: String?
    public var at: Int64
    public var entity: String
    public var entityID: String
    public var agencyID: String?
    public var action: String
    public var before: String?
    public var after: String?

    public init(
        id: String = UUID().uuidString, actorID: String?, at: Int64, entity: String, entityID: String,
        agencyID: String?, action: String, before: String?, after: String?
    ) {
        self.id = id
        self.actorID = actorID
        self.at = at
        self.entity = entity
        self.entityID = entityID
        self.agencyID = agencyID
        self.action = action
        self.before = before
        self.after = after
    }
}

/// Which documents a listing returns. `agencyIDs` nil means every agency.
public struct DocumentQuery: Sendable, Equatable {
    public var agencyIDs: [String]?
    public var statuses: [DocumentStatus]?

    public init(agencyIDs: [String]? = nil, statuses: [DocumentStatus]? = nil) {
        self.agencyIDs = agencyIDs
        self.statuses = statuses
    }
}

extension Date {
    /// Milliseconds since 1970, the store's time.
    public var storeMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
}
