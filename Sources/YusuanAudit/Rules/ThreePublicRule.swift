import YusuanCore
import YusuanDocuments

/// "三公"经费 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及
/// 运行费 = 购置费 + 运行费.
public struct ThreePublicRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "table.three-public", severity: .error,
        title: .init(zh: "“三公”经费合计等于其各项之和", en: "the \"three public\" total equals its items"),
        reason: .init(zh: "“三公”经费由因公出国（境）费、公务用车购置及运行费、公务接待费组成，公务用车又分购置和运行。",
                      en: "The \"three public\" expenses are overseas travel, official vehicles (purchase and operation) and official reception."),
        source: RuleSource.budgetLawArticle14)

    public init() {}

    static let parts: [(ThreePublicItem, [ThreePublicItem])] = [
        (.total, [.overseasTravel, .vehicles, .reception]),
        (.vehicles, [.vehiclePurchase, .vehicleOperation]),
    ]

    public func check(_ context: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        let byRow = Dictionary(grouping: context.cells.cells.filter {
            if case .threePublic = $0.key { true } else { false }
        }) { [$0.table, $0.row] }
        for cells in byRow.values {
            func cell(_ item: ThreePublicItem) -> AuditCell? {
                cells.first { if case .threePublic(item, _) = $0.key { true } else { false } }
            }
            for (whole, items) in Self.parts {
                guard let parent = cell(whole) else { continue }
                let children = items.compactMap(cell)
                // A total with some of its items missing from the table cannot be checked.
                guard children.count == items.count else { continue }
                let identity = SumIdentity(parent: parent, children: children, dimension: .kinds)
                if !identity.holds { findings.append(context.finding(self, for: identity)) }
            }
        }
        return findings.sorted { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
    }
}
