import Foundation
import YusuanCore
import YusuanStore

/// A region's rules as its projects are scored: the self-evaluation weights and the 编审表 a
/// new application is reviewed on, the national ones (财预〔2020〕10号, 项目支出预算编审表)
/// where the region sets none.
struct RegionRules {
    var region: String
    var weights: SelfEvaluationWeights
    var template: ReviewTemplate?
    var record: RegionRulesRecord?

    /// The 编审表 a new application gets.
    var reviewSheet: ReviewSheet { (try? template?.sheet()) ?? .standardProjectTemplate }

    init(region: String, record: RegionRulesRecord?) throws {
        self.region = region
        self.record = record
        weights = try record?.weightsJSON.map { try SelfEvaluationWeights(json: Data($0.utf8)) } ?? .national
        template = try record?.reviewTemplateJSON.map { try ReviewTemplate(json: Data($0.utf8)) }
    }

    static func load(region: String, from store: any Store) async throws -> RegionRules {
        try RegionRules(region: region, record: try await store.regionRules(region: region))
    }

    /// The rules of the region an agency is in.
    static func load(agencyID: String, agencies: [AgencyRecord], from store: any Store) async throws -> RegionRules {
        try await load(region: agencies.first { $0.id == agencyID }?.region ?? "", from: store)
    }
}
