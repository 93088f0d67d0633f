/// A region's own rules, set by its 财政审核: the self-evaluation weights
/// (`SelfEvaluationWeights` JSON) and the 编审表 its projects are reviewed on (`ReviewTemplate`
/// JSON). Either may be nil, meaning the national default. The store does not interpret the JSON.
public struct RegionRulesRecord: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey {
        case region, weightsJSON = "weights_json", reviewTemplateJSON = "review_template_json", updatedAt = "updated_at"
    }

    public var region: String
    public var weightsJSON: String?
    public var reviewTemplateJSON: String?
    public var updatedAt: Int64

    public init(region: String, weightsJSON: String? = nil, reviewTemplateJSON: String? = nil, updatedAt: Int64 = 0) {
        self.region = region
        self.weightsJSON = weightsJSON
        self.reviewTemplateJSON = reviewTemplateJSON
        self.updatedAt = updatedAt
    }
}
