import YusuanCore

/// Reads a 对下专项转移支付支出预算明细表: a header row of years over a row of sources
/// (`资金规模 | 上级补助 | 本级财政安排 | 单位自筹`, repeated per year), then one row per region.
struct TransferTableParser {
    var rows: [TransferPayment] = []
    var scale: MoneyScale = .yuan
    private var years: [(column: Int, year: Int)] = []
    private var sources: [Int: (source: ProjectFundingSource, year: Int?)] = [:]

    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        let cells = line.cells
        guard let first = cells.first else { return nil }
        let firstKey = ProjectCellText.key(first.text)
        if firstKey.hasPrefix("地区") || firstKey.hasPrefix("区域") || firstKey == "市县" {
            years = cells.compactMap { cell in ProjectCellText.year(cell.text).map { (cell.column, $0) } }
            readSources(cells.dropFirst())
            return nil
        }
        // The source row: every cell a source, none an amount (`合计` alone is a data row).
        if cells.count >= 2, cells.allSatisfy({ ProjectFundingSource(text: $0.text) != nil && !ProjectCellText.isAmount($0.text) }) {
            readSources(cells[...])
            return nil
        }
        guard !sources.isEmpty else {
            return BilingualMessage(zh: "转移支付表中表头之前的行", en: "a row of the transfer table before its header")
        }
        guard !ProjectCellText.isAmount(first.text) else {
            return BilingualMessage(zh: "转移支付行没有地区名称", en: "a transfer row without a region")
        }
        var row = TransferPayment(region: first.text)
        for cell in cells.dropFirst() {
            guard let (source, year) = sources[cell.column] else {
                issues.append(ProjectCellText.issue(line, cell.text, zh: "不在任何资金来源列下的单元格",
                                                    en: "a cell under no source column"))
                continue
            }
            switch ProjectCellText.amount(cell.text, scale: scale) {
            case .blank: continue
            case .invalid(let reason): issues.append(Unrecognized(location: line.location, text: cell.text, reason: reason))
            case .amount(let money):
                if let index = row.years.firstIndex(where: { $0.fiscalYear == year }) {
                    row.years[index][source] = money
                } else {
                    var entry = TransferPayment.Year(fiscalYear: year)
                    entry[source] = money
                    row.years.append(entry)
                }
            }
        }
        rows.append(row)
        return nil
    }

    /// Each source column takes the year printed at or before it on the header row above.
    private mutating func readSources(_ cells: ArraySlice<SourceCell>) {
        for cell in cells {
            guard let source = ProjectFundingSource(text: cell.text) else { continue }
            let year = years.last { $0.column <= cell.column }?.year
            sources[cell.column] = (source, year)
        }
    }
}
