/// Which column of a 年度目标 table holds the year, the goal and the note: `财年 | 目标 | 备注`.
struct YearGoalColumns: Equatable {
    var year: Int
    var goal: Int
    var note: Int?

    init?(header line: SourceLine) {
        var year: Int?
        var goal: Int?
        var note: Int?
        for cell in line.cells {
            let key = ProjectCellText.key(cell.text)
            if ["财年", "年度", "年份", "预算年度", "实施年度"].contains(key) {
                year = cell.column
            } else if key.includes("目标"), !key.includes("指标"), key.count <= 12 {
                goal = cell.column
            } else if key == "备注" || key == "说明" {
                note = cell.column
            }
        }
        guard let year, let goal else { return nil }
        self.year = year
        self.goal = goal
        self.note = note
    }
}
