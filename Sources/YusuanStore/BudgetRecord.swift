import Foundation

/// An agency's budget facts for one year: the `BudgetInput` JSON (docs/budget-input.md) the
/// compiler reads, and the figures the region overview sums, kept beside it as whole 分 so that
/// the database can add them up (SUM over integers is exact on SQLite and PostgreSQL alike).
public struct BudgetRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, agencyID = "agency_id", fiscalYear = "fiscal_year", inputJSON = "input_json"
        case totalFen = "total_fen", generalPublicFen = "general_public_fen", threePublicFen = "three_public_fen"
        case classesJSON = "classes_json", updatedAt = "updated_at"
    }

    /// The columns without `input_json`, for the overview.
    public static let summaryColumns = [
        "id", "agency_id", "fiscal_year", "total_fen", "general_public_fen", "three_public_fen", "classes_json", "updated_at",
    ]

    public var id: String
    public var agencyID: String
    public var fiscalYear: Int
    public var inputJSON: String
    /// 支出合计, in 分.
    public var totalFen: Int64
    /// 一般公共预算拨款支出, in 分.
    public var generalPublicFen: Int64
    /// 三公经费, in 分.
    public var threePublicFen: Int64
    /// Spending by 功能分类 类, `{"201": 分, …}`.
    public var classesJSON: String
    public var updatedAt: Int64

    public init(
        id: String = UUID().uuidString, agencyID: String, fiscalYear: Int, inputJSON: String, totalFen: Int64,
        generalPublicFen: Int64, threePublicFen: Int64, classesJSON: String, updatedAt: Int64
    ) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.inputJSON = inputJSON
        self.totalFen = totalFen
        self.generalPublicFen = generalPublicFen
        self.threePublicFen = threePublicFen
        self.classesJSON = classesJSON
        self.updatedAt = updatedAt
    }
}

/// A budget's figures without its input, as the overview lists them.
public struct BudgetSummary: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case id, agencyID = "agency_id", fiscalYear = "fiscal_year", totalFen = "total_fen"
        case generalPublicFen = "general_public_fen", threePublicFen = "three_public_fen"
        case classesJSON = "classes_json", updatedAt = "updated_at"
    }

    public var id: String
    public var agencyID: String
    public var fiscalYear: Int
    public var totalFen: Int64
    public var generalPublicFen: Int64
    public var threePublicFen: Int64
    public var classesJSON: String
    public var updatedAt: Int64

    public init(id: String, agencyID: String, fiscalYear: Int, totalFen: Int64, generalPublicFen: Int64, threePublicFen: Int64,
                classesJSON: String, updatedAt: Int64) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.totalFen = totalFen
        self.generalPublicFen = generalPublicFen
        self.threePublicFen = threePublicFen
        self.classesJSON = classesJSON
        self.updatedAt = updatedAt
    }
}

/// A region's (or every region's) sums for one year, added up by the database.
public struct RegionTotals: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case region, agencies, totalFen = "total_fen", threePublicFen = "three_public_fen"
    }

    public var region: String
    public var agencies: Int
    public var totalFen: Int64
    public var threePublicFen: Int64

    public init(region: String, agencies: Int, totalFen: Int64, threePublicFen: Int64) {
        self.region = region
        self.agencies = agencies
        self.totalFen = totalFen
        self.threePublicFen = threePublicFen
    }
}

/// Each agency's documents counted: how many, their errors and warnings.
public struct AgencyDocumentCounts: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case agencyID = "agency_id", documents, errors, warnings
    }

    public var agencyID: String
    public var documents: Int
    public var errors: Int
    public var warnings: Int

    public init(agencyID: String, documents: Int, errors: Int, warnings: Int) {
        self.agencyID = agencyID
        self.documents = documents
        self.errors = errors
        self.warnings = warnings
    }
}

/// An upload of one or more files, read and audited in the background. Nothing of it is
/// stored until every file has been read; then all its documents are stored in one
/// transaction, with `status` set to `succeeded` in the same transaction.
public struct ImportRecord: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case reading, writing, succeeded, failed
    }

    enum CodingKeys: String, CodingKey {
        case id, userID = "user_id", agencyID = "agency_id", status, total, done, message
        case documentIDs = "document_ids", createdAt = "created_at", updatedAt = "updated_at"
    }

    public var id: String
    public var userID: String
    public var agencyID: String?
    public var status: Status
    /// Files in the upload, and files read so far.
    public var total: Int
    public var done: Int
    /// Why it failed, naming the file and the place (zh / en), or nil.
    public var message: String?
    /// The stored documents' ids as a JSON array, once stored.
    public var documentIDs: String
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String = UUID().uuidString, userID: String, agencyID: String?, status: Status = .reading, total: Int,
        done: Int = 0, message: String? = nil, documentIDs: String = "[]", createdAt: Int64, updatedAt: Int64
    ) {
        self.id = id
        self.userID = userID
        self.agencyID = agencyID
        self.status = status
        self.total = total
        self.done = done
        self.message = message
        self.documentIDs = documentIDs
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// Why the store refused a write.
public enum StoreError: Error, Equatable, Sendable {
    /// No row with this id.
    case notFound(entity: String, id: String)
    /// The row changed since it was read (a workflow step taken twice, or by two people at once).
    case conflict(String)

    /// Whether a driver's error is a unique constraint refusing a second row (a name taken, a
    /// budget for the year that exists): SQLite's `constraintUniqueFailed`, PostgreSQL's 23505.
    public static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("constraintUniqueFailed") || text.contains("UNIQUE constraint failed")
            || text.contains("23505") || text.contains("uniqueViolation")
    }
}
