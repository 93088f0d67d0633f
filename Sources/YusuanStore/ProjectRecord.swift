import Foundation

/// A project of the project library (项目库): its application (项目基本信息表, 绩效目标表,
/// funding, review sheets) as `ProjectApplication` JSON, its year-end self-evaluation as
/// `ProjectSelfEvaluation` JSON, and the score, grade and execution rate computed from that,
/// kept beside it for the ranking. The store does not interpret the JSON.
public struct ProjectRecord: Codable, Sendable, Equatable {
    /// Column names in the store.
    enum CodingKeys: String, CodingKey {
        case id, agencyID = "agency_id", fiscalYear = "fiscal_year", name, applicationJSON = "application_json"
        case selfEvaluationJSON = "self_evaluation_json", score, grade, executionRate = "execution_rate", updatedAt = "updated_at"
    }

    public var id: String
    public var agencyID: String
    public var fiscalYear: Int
    public var name: String
    public var applicationJSON: String
    public var selfEvaluationJSON: String?
    /// The self-evaluation's total score (`98.50`), exact decimal text; nil until scored.
    public var score: String?
    /// 优 / 良 / 中 / 差 as `Grade`'s raw value.
    public var grade: String?
    /// 预算执行率 in percent, exact decimal text (`97.31`).
    public var executionRate: String?
    public var updatedAt: Int64

    public init(id: String = UUID().uuidString, agencyID: String, fiscalYear: Int, name: String, applicationJSON: String,
                selfEvaluationJSON: String? = nil, score: String? = nil, grade: String? = nil, executionRate: String? = nil,
                updatedAt: Int64 = 0) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.name = name
        self.applicationJSON = applicationJSON
        self.selfEvaluationJSON = selfEvaluationJSON
        self.score = score
        self.grade = grade
        self.executionRate = executionRate
        self.updatedAt = updatedAt
    }
}
