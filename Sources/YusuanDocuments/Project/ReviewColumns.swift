/// Which columns of an 编审表 hold the weight, the two scores and the bureau's comment, read
/// from a header row (`编审要点 | 部门自评 | 财政评审 | 财政评审意见`, or a section row that
/// repeats them: `一、建设立项要素（25分） | 权重 | 部门自评 | 财政评审`).
struct ReviewColumns: Equatable {
    var weight: Int?
    var selfScore: Int?
    var bureauScore: Int?
    var comment: Int?

    /// Nil unless the row names a score, weight or comment column.
    init?(header line: SourceLine) {
        for cell in line.cells {
            let key = ProjectCellText.key(cell.text)
            // Header words only, short and exact: a comment such as `自评偏高` is not a header.
            guard key.count <= 8 else { continue }
            if key.hasSuffix("意见") {
                comment = cell.column
            } else if key.includes("自评"), key.hasSuffix("自评") || key.hasSuffix("得分") || key.hasSuffix("分数") {
                selfScore = cell.column
            } else if ["评审", "审核", "复核", "评审得分", "审核得分"].contains(where: { key.hasSuffix($0) }) {
                bureauScore = cell.column
            } else if ["权重", "分值", "标准分", "满分", "权重(分)"].contains(key) {
                weight = cell.column
            }
        }
        guard selfScore != nil || bureauScore != nil || comment != nil || weight != nil else { return nil }
    }

    /// Keeps what an earlier header said about columns this one does not name.
    func merged(over earlier: ReviewColumns?) -> ReviewColumns {
        guard let earlier else { return self }
        var result = self
        result.weight = weight ?? earlier.weight
        result.comment = comment ?? earlier.comment
        return result
    }

    enum Role { case weight, selfScore, bureauScore, comment }

    func role(of column: Int) -> Role? {
        switch column {
        case selfScore: .selfScore
        case bureauScore: .bureauScore
        case comment: .comment
        case weight: .weight
        default: nil
        }
    }
}
