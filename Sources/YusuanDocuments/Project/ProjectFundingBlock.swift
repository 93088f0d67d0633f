import YusuanCore

/// The 申请金额 block of a 项目基本信息表: a header row naming the years, then one row per
/// source (`合计`, `上级补助`, `本级财政安排`, `部门自筹`) with an amount under each year.
struct ProjectFundingBlock {
    /// The year each amount column holds, left to right.
    var years: [(column: Int, year: Int)]
    var scale: MoneyScale

    /// A header row: a `申请金额(元)` / `资金来源` label and at least one year.
    init?(header line: SourceLine) {
        guard line.cells.contains(where: { ProjectInfoLabel($0.text) == .fundingHeader }) else { return nil }
        let years = line.cells.compactMap { cell in ProjectCellText.year(cell.text).map { (column: cell.column, year: $0) } }
        guard !years.isEmpty else { return nil }
        self.years = years
        self.scale = line.cells.lazy.compactMap { ProjectCellText.scale(inLabel: $0.text) }.first ?? .yuan
    }

    /// Reads a source row into funding entries; nil when the line is not one (the block
    /// has ended). Amounts that cannot be read are reported in `issues`.
    func read(_ line: SourceLine, issues: inout [Unrecognized]) -> [ProjectFunding]? {
        guard let label = line.cells.first, ProjectInfoLabel(label.text) == nil,
              !ProjectCellText.isAmount(label.text), ProjectCellText.key(label.text).count <= 20 else { return nil }
        let amounts = Array(line.cells.dropFirst())
        guard amounts.allSatisfy({ !($0.text.contains(where: { $0.isLetter && !$0.isASCII }) && !$0.text.hasSuffix("元")) })
        else { return nil }
        // Amounts sit under their year's column; layout text loses columns, so fall back to order.
        let byColumn = Dictionary(years.map { ($0.column, $0.year) }, uniquingKeysWith: { first, _ in first })
        let placed = amounts.allSatisfy { byColumn[$0.column] != nil }
        guard placed || amounts.count <= years.count else { return nil }
        var entries: [ProjectFunding] = []
        for (offset, cell) in amounts.enumerated() {
            let year = placed ? byColumn[cell.column]! : years[offset].year
            switch ProjectCellText.amount(cell.text, scale: scale) {
            case .blank: continue
            case .amount(let money): entries.append(ProjectFunding(fiscalYear: year, source: label.text, amount: money))
            case .invalid(let reason): issues.append(Unrecognized(location: line.location, text: cell.text, reason: reason))
            }
        }
        return entries
    }
}
