import Foundation
import YusuanCore
import YusuanStore

/// A project's stored parts decoded, and the figures the ranking keeps beside them.
struct ProjectParts {
    var application: ProjectApplication
    var selfEvaluation: ProjectSelfEvaluation?

    init(_ record: ProjectRecord) throws {
        application = try JSONDecoder().decode(ProjectApplication.self, from: Data(record.applicationJSON.utf8))
        selfEvaluation = try record.selfEvaluationJSON.map { try JSONDecoder().decode(ProjectSelfEvaluation.self, from: Data($0.utf8)) }
    }

    /// The review sheet scored on the web: the application's first, or the standard 项目支出预算编审表.
    var reviewSheet: ReviewSheet {
        application.reviewSheets.first ?? ReviewSheet.standardProjectTemplate
    }

    /// The self-evaluation to fill in: the stored one, or one started from the application's
    /// indicators and this year's funding.
    func selfEvaluationOrStart(year: Int) -> ProjectSelfEvaluation {
        if let selfEvaluation { return selfEvaluation }
        let funded = application.project.funding.filter { $0.fiscalYear == year && !$0.isTotal }.map(\.amount)
        return ProjectSelfEvaluation(
            name: application.project.name ?? "", budget: SelfEvaluationAmounts(total: funded.isEmpty ? nil : funded.sum()),
            indicators: application.target.indicators.map {
                IndicatorCompletion(name: $0.name, category: $0.category, tier: $0.tier, comparator: $0.comparator,
                                    target: $0.targetValue, unit: $0.unit)
            })
    }

    /// Score, grade and execution rate by 财预〔2020〕10号 (`SelfEvaluationScoring`) with the
    /// region's weights, as the store keeps them.
    static func figures(_ evaluation: ProjectSelfEvaluation?, weights: SelfEvaluationWeights = .national)
        -> (score: String?, grade: String?, executionRate: String?) {
        guard let evaluation else { return (nil, nil, nil) }
        let score = SelfEvaluationScoring(weights: weights).score(evaluation)
        return (score.total?.description, score.grade?.rawValue, score.execution.rate?.description)
    }

    static func encode(_ value: some Encodable) throws -> String {
        try SortedJSON.text(value)
    }
}
