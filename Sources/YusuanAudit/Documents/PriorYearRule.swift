import YusuanCore
import YusuanDocuments

/// This year's document says what last year's figures were — `比上年预算增加 5.44 万元`, the
/// 上年 row of the 三公 table — and last year's document of the same agency printed them.
public struct PriorYearRule: DocumentSetRule {
    public static let descriptor = RuleDescriptor(
        id: "documents.prior-year", severity: .error,
        title: .init(zh: "上年数与上年公开的文件一致", en: "last year's figures match last year's published document"),
        reason: .init(zh: "增减额和上年数应以上年公开的数字为基数；与上年文件不符，说明本年的增减或上年的公开有误。",
                      en: "Changes and prior-year figures rest on what was published last year; a difference means this year's change or last year's figure is wrong."),
        source: RuleSource.disclosureRules)

    public init() {}

    public func check(_ set: DocumentSet) -> [Finding] {
        set.contexts.flatMap { current -> [Finding] in
            var findings: [Finding] = []
            if let prior = set.priorYear(of: current) {
                findings += changes(current, prior, basis: .priorYear) + threePublic(current, prior)
            }
            // A 决算's comparisons with 年初预算 rest on the same year's published 预算.
            if current.document.kind == .finalAccountsDisclosure, let agency = current.document.agency,
               let year = current.document.fiscalYear,
               let budget = set.documents(agency: agency, year: year, kind: .budgetDisclosure).first {
                findings += changes(current, budget, basis: .budget)
            }
            return findings
        }
    }

    /// What a change is measured against.
    enum Basis {
        /// `比上年预算增加`: last year's document.
        case priorYear
        /// `比年初预算增加` in a 决算: the same year's 预算.
        case budget

        func matches(_ text: String?) -> Bool {
            guard let text else { return false }
            switch self {
            case .priorYear: return text.includes("上年")
            case .budget: return text.includes("预算") && !text.includes("上年")
            }
        }
    }

    /// Each amount with a change against the basis: this year's amount less the change is
    /// what the other document printed for the same subject in the same section.
    private func changes(_ current: AuditContext, _ prior: AuditContext, basis: Basis) -> [Finding] {
        let before = NarrativeItems.build(prior.document.statements)
        return NarrativeItems.build(current.document.statements).compactMap { item -> Finding? in
            guard let amount = item.amount?.figure?.interval, let change = item.change, basis.matches(change.basis) else { return nil }
            let delta = change.direction == .unchanged ? Interval.zero : (change.figure?.interval ?? .zero)
            let implied = change.direction == .decrease ? amount + delta : amount - delta
            guard let match = before.first(where: { Self.sameSubject($0, item) && $0.amount?.figure != nil }),
                  let printed = match.amount, let figure = printed.figure, !figure.interval.isConsistent(with: implied)
            else { return nil }
            let scale = item.amount!.figure!.scale
            let shown = FigureText.range(implied, in: scale, decimals: item.amount!.figure!.decimals + 1)
            return current.finding(
                Self.descriptor, at: item.location(of: change), expected: printed.text, found: shown,
                message: .init(zh: "“\(item.subject)” \(item.amount!.text)，比\(change.basis ?? "上年")\(change.direction == .decrease ? "减少" : "增加") \(change.text)，即\(change.basis ?? "上年")为 \(shown)；而\(basis == .priorYear ? "上年" : "同年")公开的预算（\(prior.document.file) 第 \(printed.location.line) 行）印为 \(printed.text)",
                               en: "\(item.subject) \(item.amount!.text), changed by \(change.text) against \(change.basis ?? "last year"), puts that at \(shown); the published \(basis == .priorYear ? "previous year's" : "same year's budget") document (\(prior.document.file), line \(printed.location.line)) prints \(printed.text)"),
                related: [FindingLocation(printed.location).inFile(prior.document.file)])
        }
    }

    /// The same subject in a section of the same heading, the agency's name and the years aside.
    static func sameSubject(_ a: NarrativeItem, _ b: NarrativeItem) -> Bool {
        a.subject == b.subject && sectionKey(a.section) == sectionKey(b.section)
    }

    static func sectionKey(_ section: String?) -> String {
        guard let section else { return "" }
        // `二、关于XX局 2021 年收入预算情况说明` → `收入预算情况说明`.
        var text = TextNormalization.removingSpaces(TextNormalization.halfWidth(section))
        if let year = text.range(of: "年", options: .backwards) { text = String(text[year.upperBound...]) }
        // A 决算's 收入决算情况说明 answers the 预算's 收入预算情况说明.
        return text.replacingOccurrences(of: "决算", with: "预算")
    }

    /// The 三公 table's 上年 row against last year's own 本年 row.
    private func threePublic(_ current: AuditContext, _ prior: AuditContext) -> [Finding] {
        guard let year = current.document.fiscalYear else { return [] }
        let last = Dictionary(prior.cells.cells.compactMap { cell -> (ThreePublicItem, AuditCell)? in
            guard case .threePublic(let item, nil) = cell.key else { return nil }
            return (item, cell)
        }, uniquingKeysWith: { first, _ in first })
        return current.cells.cells.compactMap { cell -> Finding? in
            guard case .threePublic(let item, let cellYear) = cell.key, cellYear == year - 1, let before = last[item],
                  !cell.interval.isConsistent(with: before.interval) else { return nil }
            let place = current.describe(cell)
            return current.finding(
                Self.descriptor, at: current.location(of: cell), expected: before.shown, found: cell.shown,
                message: .init(zh: "\(place)（上年）印为 \(cell.shown)，而上年公开的文件（\(prior.document.file)）\(prior.describe(before))印为 \(before.shown)",
                               en: "\(place)(last year) prints \(cell.shown), but last year's document (\(prior.document.file)) prints \(before.shown) at \(prior.describe(before))"),
                related: [prior.location(of: before).inFile(prior.document.file)])
        }
    }
}
