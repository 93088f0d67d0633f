/// A project's money in a 绩效自评表: the total and its parts by source, as the columns of
/// seed 002 print them (合计; 其中财政拨款 一般公共预算 / 政府性基金; 非财政资金). Blank is nil.
public struct SelfEvaluationAmounts: Sendable, Hashable, Codable {
    public var total: Money?
    public var generalPublic: Money?
    public var governmentFund: Money?
    public var nonFiscal: Money?

    public init(total: Money? = nil, generalPublic: Money? = nil, governmentFund: Money? = nil, nonFiscal: Money? = nil) {
        self.total = total
        self.generalPublic = generalPublic
        self.governmentFund = governmentFund
        self.nonFiscal = nonFiscal
    }

    /// The columns in printed order.
    public static var parts: [WritableKeyPath<SelfEvaluationAmounts, Money?>] {
        [\.total, \.generalPublic, \.governmentFund, \.nonFiscal]
    }

    /// The total, or when none is printed the sum of the parts.
    public var effectiveTotal: Money? {
        if let total { return total }
        let parts = [generalPublic, governmentFund, nonFiscal].compactMap { $0 }
        return parts.isEmpty ? nil : parts.sum()
    }

    /// Column by column sums (a 小计 or 合计); a column blank in every row stays blank.
    public static func sum(_ amounts: [SelfEvaluationAmounts]) -> SelfEvaluationAmounts {
        var result = SelfEvaluationAmounts()
        for part in parts {
            let values = amounts.compactMap { $0[keyPath: part] }
            result[keyPath: part] = values.isEmpty ? nil : values.sum()
        }
        return result
    }
}
