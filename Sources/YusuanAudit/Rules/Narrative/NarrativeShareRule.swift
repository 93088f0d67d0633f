import Foundation
import YusuanCore
import YusuanDocuments

/// Every `占 x%` of the narrative is the part's amount over the whole it is a share of, at
/// the precision printed: `54.00%` must be right to two decimals.
public struct NarrativeShareRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "narrative.share", severity: .error,
        title: .init(zh: "说明中的占比与其金额相符", en: "every share the narrative states matches its amounts"),
        reason: .init(zh: "占比是读者理解收支结构的主要依据；印成整数或凑成 100% 的占比会误导读者。",
                      en: "Shares are how readers grasp the structure of revenue and spending; shares rounded to whole numbers or forced to add up to 100% mislead them."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let items = NarrativeItems.build(context.document.statements)
        return Self.groups(items).flatMap { group in findings(in: group, of: items, context) }
    }

    /// Runs of consecutive items in one section that state a share.
    static func groups(_ items: [NarrativeItem]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start: Int?
        for index in items.indices {
            let item = items[index]
            let continues = start.map { items[$0].section == item.section } ?? false
            if item.share != nil, item.amount != nil {
                if start == nil || !continues {
                    if let open = start { groups.append(open..<index) }
                    start = index
                }
            } else if let open = start, item.amount != nil || !continues {
                groups.append(open..<index)
                start = nil
            }
        }
        if let open = start { groups.append(open..<items.count) }
        return groups
    }

    private func findings(in group: Range<Int>, of items: [NarrativeItem], _ context: AuditContext) -> [Finding] {
        let parts = items[group].filter { $0.share != nil && $0.amount?.figure != nil }
        guard let whole = Self.whole(of: parts, before: group.lowerBound, in: items) else { return [] }
        return parts.compactMap { part in
            guard let share = part.share, let percentage = share.percentage, let amount = part.amount, let figure = amount.figure,
                  let ratio = figure.interval.divided(by: whole.interval), !percentage.isConsistent(withRatio: ratio)
            else { return nil }
            let expected = FigureText.percentAsPrinted(ratio, decimals: percentage.decimals)
            let range = FigureText.percent(ratio, decimals: percentage.decimals)
            return context.finding(
                self, at: part.location(of: share), expected: expected, found: share.text,
                message: .init(zh: "“\(part.subject)” \(amount.text) 占 \(whole.text) 应为 \(expected)（\(range)），说明中印为 \(share.text)",
                               en: "\(part.subject) \(amount.text) of \(whole.text) is \(expected) (\(range)), the narrative prints \(share.text)"),
                related: whole.location.map { [$0] } ?? [])
        }
    }

    /// What the shares are shares of.
    struct Whole {
        var interval: Interval
        var text: String
        var location: FindingLocation?
    }

    /// The whole of a group of shares: the amount that announces the parts and that they
    /// add up to (`收入预算 461.83 万元，其中：…`); else one that announces them; else one they
    /// add up to; else, when the printed shares add up to 100%, the parts themselves. Nil
    /// when the text does not say what the whole is.
    static func whole(of parts: [NarrativeItem], before start: Int, in items: [NarrativeItem]) -> Whole? {
        guard let section = parts.first?.section else { return nil }
        let sum = parts.compactMap(\.amountInterval).sum()
        let leads = items[..<start].reversed().prefix { $0.section == section }
            .filter { $0.share == nil && $0.amount?.figure != nil }
        let adds = { (lead: NarrativeItem) in lead.amountInterval!.isConsistent(with: sum) }
        if let lead = leads.first(where: { adds($0) && announcesParts($0) }) ?? leads.first(where: announcesParts)
            ?? leads.first(where: adds) {
            return Whole(interval: lead.amountInterval!, text: "“\(lead.subject)” \(lead.amount!.text)", location: lead.location())
        }
        let printed = parts.compactMap { $0.share?.percentage?.interval }.sum()
        guard printed.isConsistent(with: Interval(lower: DecimalNumber(99), upper: DecimalNumber(101))) else { return nil }
        let scale = parts.first?.amount?.figure?.scale ?? .tenThousandYuan
        let decimals = parts.compactMap { $0.amount?.figure?.decimals }.max() ?? 2
        return Whole(interval: sum, text: "各项合计 \(FigureText.amount(sum.midpoint, in: scale, decimals: decimals)) \(scale.label)",
                     location: nil)
    }

    /// Whether the subject's amount is followed by `其中` in its sentence: `合计 251.53 万元，
    /// 其中：…` announces parts; the `基本支出 251.53 万元` after that `其中` does not.
    static func announcesParts(_ item: NarrativeItem) -> Bool {
        guard let amount = item.amount else { return false }
        let sentence = amount.sentence
        let start = item.subject.isEmpty ? nil : sentence.range(of: item.subject)
        guard let figure = sentence.range(of: amount.text, range: (start?.upperBound ?? sentence.startIndex)..<sentence.endIndex),
              let parts = sentence.range(of: "其中", range: figure.upperBound..<sentence.endIndex) else { return false }
        return parts.lowerBound >= figure.upperBound
    }
}
