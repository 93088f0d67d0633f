/// Where a project's money comes from, in the terms a project form uses. These are levels of
/// government, not a unit's 收入来源: 上级补助 here is a transfer from the government above,
/// not `FundSource.superiorSubsidy` (a unit's grant from its superior unit).
public enum ProjectFundingSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// 上级补助 (上级转移支付)
    case superiorTransfer
    /// 本级财政安排
    case localFiscal
    /// 部门自筹 / 单位自筹
    case selfRaised
    /// 合计 / 资金规模
    case total

    public var chineseName: String {
        switch self {
        case .superiorTransfer: "上级补助"
        case .localFiscal: "本级财政安排"
        case .selfRaised: "部门自筹"
        case .total: "合计"
        }
    }

    /// Recognises `上级补助`, `上级转移支付`, `本级财政安排`, `本级财政资金`, `部门自筹`,
    /// `单位自筹`, `自筹资金`, `合计`, `小计`, `资金规模`.
    public init?(text: String) {
        let key = PerformanceText.key(text)
        if key.includes("上级") {
            self = .superiorTransfer
        } else if key.includes("本级") || key.includes("财政安排") || key.includes("财政拨款") {
            self = .localFiscal
        } else if key.includes("自筹") || key.includes("自有") {
            self = .selfRaised
        } else if key == "合计" || key == "总计" || key == "小计" || key.includes("资金规模") || key == "资金总额" {
            self = .total
        } else {
            return nil
        }
    }
}
