import YusuanCore
import YusuanDocuments

/// Every 编审表 score lies between 0 and the criterion's weight.
///
/// A criterion worth 8 points cannot earn 9 or −1, whoever scores it: a score outside the
/// range is a typing error or a score entered against the wrong criterion.
public struct ReviewScoreBoundsRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "review.score-bounds", severity: .error,
        title: .init(zh: "编审表各项得分在 0 与该项权重之间", en: "every review score lies between 0 and the criterion's weight"),
        reason: .init(zh: "一项的得分不能低于 0，也不能超过该项分值；超出说明分数录错，或录在了别的评审要点上。",
                      en: "A criterion cannot score below 0 or above its weight; a score outside that range was mistyped or entered against another criterion."),
        source: RuleSource.performanceEvaluation)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let sheets = context.document.project?.reviewSheets ?? []
        return sheets.indices.flatMap { index -> [Finding] in
            let sheet = sheets[index]
            let places = ReviewSheetPlaces(context.document, sheet: index)
            return sheet.leafPaths.flatMap { path -> [Finding] in
                let criterion = sheet[path]
                return [ReviewSheetPlaces.ScoreColumn.selfScore, .bureauScore].compactMap { column in
                    guard let score = column.score(criterion) else { return nil }
                    let range = criterion.weight.map { "0–\($0)" } ?? "≥ 0"
                    // The same bound the sheet enforces when scores are entered.
                    let problem: BilingualMessage
                    switch criterion.boundsProblem(score) {
                    case .negative?:
                        problem = .init(zh: "为负数", en: "is negative")
                    case .exceedsWeight?:
                        problem = .init(zh: "超过该项权重 \(criterion.weight!) 分", en: "exceeds the criterion's weight of \(criterion.weight!)")
                    case .notAnItem?, nil:
                        return nil
                    }
                    return context.finding(
                        self, at: places.scores(path, column: column), expected: range, found: score.description,
                        message: .init(
                            zh: "\(places.name) “\(criterion.printedName)”的\(column.chineseName)得分 \(score) \(problem.zh)",
                            en: "\(places.name): the \(column.englishName) score \(score) of \"\(criterion.printedName)\" \(problem.en)"))
                }
            }
        }
    }
}
