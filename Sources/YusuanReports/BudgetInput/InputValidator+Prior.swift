import YusuanCore

extension InputValidator {
    /// Last year's figures: known keys, each once, not negative, and a reason for every
    /// large change. Returns the facts with the figures the narrative compares against.
    func checkPriorYear(_ input: BudgetInput, _ draft: BudgetFacts, _ issues: inout [InputIssue]) -> BudgetFacts {
        var facts = draft
        var seen: Set<PriorKey> = []
        var threePublic: ThreePublicExpenses?
        for (index, entry) in input.priorYear.enumerated() {
            func error(_ column: String, _ zh: String, _ en: String) {
                issues.append(InputIssue(.error, InputField(.priorYear, index, column), zh: zh, en: en))
            }
            guard entry.key.isKnown else {
                error("key", "未知的指标“\(entry.key)”", "unknown figure “\(entry.key)”")
                continue
            }
            guard seen.insert(entry.key).inserted else {
                error("key", "指标“\(entry.key)”重复填写", "the figure “\(entry.key)” is given twice")
                continue
            }
            if entry.amount < .zero { error("amount", "金额不得为负", "the amount must not be negative") }
            if let current = CurrentFigure.value(entry.key, input: input, facts: draft),
               needsReason(current: current, prior: entry.amount), (entry.reason?.trimmed ?? "").isEmpty {
                error("reason", "\(entry.key.label)由上年 \(entry.amount.yuan) 元变为 \(current.yuan) 元，变动较大，须填写变动原因",
                      "\(entry.key.label) changed from \(entry.amount.yuan) to \(current.yuan) yuan: a change this large needs a reason")
            }
            switch entry.key.measure {
            case .threePublic(let item)?:
                var prior = threePublic ?? .zero
                switch item {
                case .overseasTravel: prior.overseasTravel = entry.amount
                case .vehiclePurchase: prior.vehiclePurchase = entry.amount
                case .vehicleOperation: prior.vehicleOperation = entry.amount
                case .reception: prior.reception = entry.amount
                case .total, .vehicles: error("key", "“三公”经费的上年数按四项分别填写", "give last year's three public expenses item by item")
                }
                threePublic = prior
            case let measure?: facts.priorYear.append(PriorFigure(measure, entry.amount))
            case nil: break
            }
        }
        facts.priorYearThreePublic = threePublic
        return facts
    }

    /// A change of `reasonThreshold` or more of last year's figure, or any change from zero.
    func needsReason(current: Money, prior: Money) -> Bool {
        guard current != prior else { return false }
        guard !prior.isZero else { return true }
        let change = (current - prior).yuan.magnitude
        return change >= prior.yuan.magnitude * reasonThreshold
    }
}

/// This year's value of a prior-year key, computed from the input.
enum CurrentFigure {
    static func value(_ key: PriorKey, input: BudgetInput, facts: BudgetFacts) -> Money? {
        if key == .procurementTotal { return input.procurement?.total }
        if key == .assetsTotal { return input.assets?.total }
        return key.measure.map(facts.value(of:))
    }
}
