import YusuanCore

extension AuditContext {
    /// A finding for two figures of the same lines that disagree. It points at the second
    /// (later) figure, the one a reader meets after the first.
    func finding(_ rule: some AuditRule, for identity: EqualityIdentity) -> Finding {
        let (scale, decimals) = FigureText.style(of: [identity.first, identity.second])
        let range = FigureText.range(identity.first.interval, in: scale, decimals: decimals + 1)
        let first = describe(identity.first), second = describe(identity.second)
        return finding(rule, at: location(of: identity.second), expected: range, found: identity.second.shown, message: .init(
            zh: "\(second)印为 \(identity.second.shown)，而\(first)印为 \(identity.first.shown)；两处是同一笔钱，应当一致",
            en: "\(second) prints \(identity.second.shown), but \(first) prints \(identity.first.shown); both are the same money and must agree"),
            related: [location(of: identity.first)])
    }
}

extension FactSelector {
    /// Which cross-table rule a figure of these lines falls under.
    var crossRule: String {
        if function != nil { return "cross.expenditure-by-function" }
        if economic != nil { return "cross.basic-by-economic" }
        if sources != nil && kinds == nil { return "cross.revenue-by-source" }
        return "cross.totals"
    }
}

extension EqualityIdentity {
    var crossRule: String {
        switch first.key {
        case .lines(let selector): selector.crossRule
        case .threePublic: "cross.totals"
        }
    }

    var isWithinOneTable: Bool { first.table == second.table }
}
