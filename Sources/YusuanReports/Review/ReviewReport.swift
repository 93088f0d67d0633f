import YusuanCore

/// A project application's review sheets scored — per section and in total, for 部门自评 and
/// 财政评审 — beside the totals the sheets print, with scores beyond their weights, the
/// project library's funding checks and the 绩效目标's indicator checks: what `yusuan review`
/// prints.
public struct ReviewReport: Sendable, Codable {
    public struct Sheet: Sendable, Codable {
        public var sheet: ReviewSheet
        public var summary: ReviewScoreSummary
        /// Scores outside 0…weight, and printed totals that differ from the computed ones.
        public var problems: [BilingualMessage]
    }

    public var file: String
    public var project: String?
    public var sheets: [Sheet]
    public var libraryProblems: [ProjectProblem]
    /// The 绩效目标's quality problems (the auditor's indicator.* checks).
    public var targetProblems: [IndicatorProblem]

    public init(file: String, application: ProjectApplication) {
        self.file = file
        project = application.project.name
        sheets = application.reviewSheets.map(Self.scored)
        libraryProblems = application.libraryProblems
        targetProblems = application.target.qualityProblems
    }

    public var problemCount: Int { sheets.map(\.problems.count).reduce(0, +) + libraryProblems.count + targetProblems.count }

    /// A sheet with its computed totals and problems.
    public static func scored(_ sheet: ReviewSheet) -> Sheet {
        var problems: [BilingualMessage] = []
        for path in sheet.leafPaths {
            let criterion = sheet[path]
            for score in [criterion.selfScore, criterion.bureauScore].compactMap({ $0 }) {
                if let kind = criterion.boundsProblem(score) {
                    problems.append(ReviewScoreError(kind: kind, criterion: criterion.title, score: score, weight: criterion.weight).message)
                }
            }
        }
        let summary = sheet.scoreSummary
        // 本表得分 is this sheet's own; the supplement's and the 总分 are read across sheets.
        if let stated = sheet.statedTotal(.sheet) {
            for (name, printed, computed) in [("部门自评", stated.selfScore, summary.selfScore), ("财政评审", stated.bureauScore, summary.bureauScore)] {
                if let printed, printed != computed {
                    problems.append(.init(zh: "\(sheet.title)本表得分（\(name)）印为 \(printed)，各项之和为 \(computed)",
                                          en: "\(sheet.title): the printed sheet total (\(name)) is \(printed), but the items add up to \(computed)"))
                }
            }
        }
        return Sheet(sheet: sheet, summary: summary, problems: problems)
    }
}
