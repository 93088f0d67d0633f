import YusuanCore
import YusuanDocuments

/// The totals an 编审表 states equal the sum of its item scores, column by column.
///
/// `本表得分` is the sum of the sheet's items; `基建项目补充表得分` the sum of the 基本建设
/// supplement's items; `总分`, on a sheet with no supplement score, the sheet's own sum (with
/// one, the form does not say how the two combine, so it is left unchecked). A blank score
/// counts as 0. Item scores are awarded exactly; a total may be printed rounded, so it must
/// contain the sum within its printed precision.
public struct ReviewTotalRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "review.total", severity: .error,
        title: .init(zh: "编审表的得分合计等于各项得分之和", en: "every stated review total equals the sum of the item scores"),
        reason: .init(zh: "总分由各项得分相加而来；不等说明某项得分或合计录错，评审结论可能因此改变。",
                      en: "A total is the sum of the item scores; a difference means an item or the total is mistyped, which may change the review's outcome."),
        source: RuleSource.performanceEvaluation)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let sheets = context.document.project?.reviewSheets ?? []
        return sheets.indices.flatMap { index -> [Finding] in
            let sheet = sheets[index]
            let places = ReviewSheetPlaces(context.document, sheet: index)
            return sheet.statedTotals.enumerated().flatMap { t, total -> [Finding] in
                [ReviewSheetPlaces.ScoreColumn.selfScore, .bureauScore].compactMap { column -> Finding? in
                    guard let stated = column.score(total), let counted = Self.counted(total, column, of: index, in: sheets) else {
                        return nil
                    }
                    let leaves = sheets[counted].leaves
                    guard leaves.contains(where: { column.score($0) != nil }) else { return nil }
                    let sum = leaves.compactMap { column.score($0) }.sum()
                    guard !Interval(printed: stated).contains(sum) else { return nil }
                    let other = counted == index ? nil : ReviewSheetPlaces(context.document, sheet: counted)
                    let whose = other.map { BilingualMessage(zh: "\($0.name) 各项", en: "the items of \($0.name)") }
                        ?? BilingualMessage(zh: "各项", en: "the items'")
                    return context.finding(
                        self, at: places.total(t, column: column), expected: sum.description, found: stated.description,
                        message: .init(
                            zh: "\(places.name) “\(total.label)”的\(column.chineseName)印为 \(stated)，\(whose.zh)\(column.chineseName)得分之和为 \(sum)（空白按 0 分计）",
                            en: "\(places.name): \(total.label) (\(column.englishName)) is printed as \(stated), but \(whose.en) \(column.englishName) scores add up to \(sum) (blanks count as 0)"),
                        related: other.map { [$0.whole()] } ?? [])
                }
            }
        }
    }

    /// The sheet whose items a total adds up, nil when that cannot be told.
    static func counted(_ total: ReviewTotal, _ column: ReviewSheetPlaces.ScoreColumn, of index: Int, in sheets: [ReviewSheet]) -> Int? {
        let sheet = sheets[index]
        switch total.kind {
        case .sheet?:
            return index
        case .capitalConstructionSupplement?:
            if sheet.kind == .capitalConstruction { return index }
            return sheets.firstIndex { $0.kind == .capitalConstruction }
        case .overall?:
            // With a supplement's score on the sheet, or a scored supplement beside it, the
            // overall combines two sheets by a rule the form does not state.
            let supplementPrinted = sheet.statedTotals.contains { $0.kind == .capitalConstructionSupplement && column.score($0) != nil }
            let supplementScored = sheet.kind == .standardProject && sheets.contains { other in
                other.kind == .capitalConstruction && other.leaves.contains { column.score($0) != nil }
            }
            return supplementPrinted || supplementScored ? nil : index
        case nil:
            return nil
        }
    }
}
