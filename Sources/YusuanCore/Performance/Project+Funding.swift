/// Looking amounts up in a project's 申请金额 block, and checking its 合计 rows.
extension Project {
    /// The years the block prints an amount for, ascending.
    public var fundingYears: [Int] { Array(Set(funding.map(\.fiscalYear))).sorted() }

    /// The printed amount for a year and source; nil when the cell is blank.
    public func funding(year: Int, _ source: ProjectFundingSource) -> Money? {
        funding.first { $0.fiscalYear == year && $0.kind == source }?.amount
    }

    /// The printed amount for a year and a source label as printed.
    public func funding(year: Int, source label: String) -> Money? {
        funding.first { $0.fiscalYear == year && $0.source == label }?.amount
    }

    /// The printed 合计 for a year.
    public func statedTotal(year: Int) -> Money? { funding(year: year, .total) }

    /// The sum of the printed source amounts (not 合计) for a year; nil if it would overflow.
    public func sourcesTotal(year: Int) -> Money? {
        var total: Int64 = 0
        for entry in funding where entry.fiscalYear == year && !entry.isTotal {
            let (sum, overflow) = total.addingReportingOverflow(entry.amount.fen)
            if overflow { return nil }
            total = sum
        }
        return Money(fen: total)
    }

    /// The sum of the 合计 row over every year; nil if it would overflow.
    public var totalRequested: Money? {
        var total: Int64 = 0
        for entry in funding where entry.isTotal {
            let (sum, overflow) = total.addingReportingOverflow(entry.amount.fen)
            if overflow { return nil }
            total = sum
        }
        return Money(fen: total)
    }
}
