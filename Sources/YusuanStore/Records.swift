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
        case id, name, displayName = "display_name", passwordHash = "password_hash", role, agencyID = "agency_id", region
    }

    public var id: String
    public var name: String
    public var displayName: String
    /// A bcrypt hash; the store never sees a password.
    public var passwordHash: String
    public var role: Role
    /// The agency whose data the user works on (单位填报, 单位审核): it and the agencies under it.
    public var agencyID: String?
    /// The region a 财政审核 reviews; empty for every region (管理员).
    public var region: String

    public init(
        id: String = UUID().uuidString, name: String, displayName: String, passwordHash: String,
        role: Role, agencyID: String? = nil, region: String = ""
    ) {
        self.id = id
        self.name = name
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.agencyID = agencyID
        self.region = region
    }
}

/// A signed-in session. `id` is what the cookie carries; it is random and long.
public struct SessionRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, userID = "user_id", createdAt = "created_at", expiresAt = "expires_at", csrfToken = "csrf_token"
    }

    public var id: String
    public var userID: String
    /// What every form of this session must send back (`_csrf`), so another site cannot post
    /// in the user's name.
    public var csrfToken: String
    /// Milliseconds since 1970, as every time in the store: the same on SQLite and PostgreSQL.
    public var createdAt: Int64
    public var expiresAt: Int64

    public init(id: String, userID: String, csrfToken: String, createdAt: Int64, expiresAt: Int64) {
        self.id = id
        self.userID = userID
        self.csrfToken = csrfToken
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

/// A stored document without its contents: what lists and workflow need.
public struct DocumentHeader: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, seriesID = "series_id", fileName = "file_name", kind, title, agencyID = "agency_id"
        case fiscalYear = "fiscal_year", status, version, reviewComment = "review_comment"
        case errorCount = "error_count", warningCount = "warning_count", createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns of `CodingKeys`, for a select that leaves the contents out.
    public static let columns = [
        "id", "series_id", "file_name", "kind", "title", "agency_id", "fiscal_year", "status", "version",
        "review_comment", "error_count", "warning_count", "created_at", "updated_at",
    ]

    public var id: String
    /// The first version's id: every version of one disclosure shares it.
    public var seriesID: String
    public var fileName: String
    /// The `DocumentKind` raw value.
    public var kind: String
    public var title: String
    public var agencyID: String?
    public var fiscalYear: Int?
    public var status: DocumentStatus
    /// 1 for the first; a correction of a published document is a new record with the next version.
    public var version: Int
    /// The bureau's comment when it returned the document (退回), or approved it with a remark.
    public var reviewComment: String?
    public var errorCount: Int
    public var warningCount: Int
    public var createdAt: Int64
    public var updatedAt: Int64
}

/// A stored document: the file it came from, what the reader made of it (`documentJSON`, the
/// `Document` as the CLI's `read --format json` writes it) and the audit findings
/// (`findingsJSON`). The store keeps both as text and does not interpret them.
@dynamicMemberLookup
public struct DocumentRecord: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case documentJSON = "document_json", findingsJSON = "findings_json"
    }

    public var header: DocumentHeader
    public var documentJSON: String
    public var findingsJSON: String

    public subscript<T>(dynamicMember path: WritableKeyPath<DocumentHeader, T>) -> T {
        get { header[keyPath: path] }
        set { header[keyPath: path] = newValue }
    }

    public init(
        id: String = UUID().uuidString, seriesID: String? = nil, fileName: String, kind: String, title: String,
        agencyID: String?, fiscalYear: Int?, status: DocumentStatus = .draft, version: Int = 1,
        reviewComment: String? = nil, documentJSON: String, findingsJSON: String, errorCount: Int = 0,
        warningCount: Int = 0, createdAt: Int64, updatedAt: Int64
    ) {
        self.header = DocumentHeader(
            id: id, seriesID: seriesID ?? id, fileName: fileName, kind: kind, title: title, agencyID: agencyID,
            fiscalYear: fiscalYear, status: status, version: version, reviewComment: reviewComment,
            errorCount: errorCount, warningCount: warningCount, createdAt: createdAt, updatedAt: updatedAt)
        self.documentJSON = documentJSON
        self.findingsJSON = findingsJSON
    }

    /// One row holds both: the header's columns and the contents.
    public init(from decoder: Decoder) throws {
        header = try DocumentHeader(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documentJSON = try c.decode(String.self, forKey: .documentJSON)
        findingsJSON = try c.decode(String.self, forKey: .findingsJSON)
    }

    public func encode(to encoder: Encoder) throws {
        try header.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentJSON, forKey: .documentJSON)
        try c.encode(findingsJSON, forKey: .findingsJSON)
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
    /// Only the versions of one disclosure.
    public var seriesID: String?
    /// Published documents of any agency as well as those `agencyIDs` and `statuses` select.
    public var orPublished: Bool

    public init(agencyIDs: [String]? = nil, statuses: [DocumentStatus]? = nil, seriesID: String? = nil, orPublished: Bool = false) {
        self.agencyIDs = agencyIDs
        self.statuses = statuses
        self.seriesID = seriesID
        self.orPublished = orPublished
    }
}

extension Date {
    /// Milliseconds since 1970, the store's time.
    public var storeMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
}
