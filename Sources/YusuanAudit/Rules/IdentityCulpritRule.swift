import YusuanCore
import YusuanDocuments

/// When identities fail, the cell that is wrong: the smallest correction that makes every
/// identity hold (see `Culprits`). Its finding takes the place of the pair findings of the
/// identities it explains.
public struct IdentityCulpritRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "identity.culprit", severity: .error,
        title: .init(zh: "指出印错的那个数字", en: "the figure that is wrong, among figures that disagree"),
        reason: .init(zh: "一个印错的数字会使它所在的合计、分项和其他表中的同一笔钱都对不上；找出使所有关系重新成立的最少更正，审核人员只需核对这一处。",
                      en: "One misprinted figure breaks its row's total, its column's total and the same money in other tables; the smallest correction that makes every identity hold is the one place a reviewer has to check."),
        source: RuleSource.disclosureRules)

    /// The rules whose findings are pairs of a failing identity, and give way to a culprit.
    static let identityRules: Set<String> = [
        "table.total", "table.subtotal", "table.row-parts", "table.balance",
        "cross.revenue-by-source", "cross.expenditure-by-function", "cross.basic-by-economic", "cross.totals",
    ]

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        let culprits = Culprits(context.cells, excludedTables: context.layoutGate.uncertain)
        return culprits.diagnoses().flatMap { diagnosis -> [Finding] in
            let group = diagnosis.cells.sorted().map { FindingLocation(context, $0) }
            if diagnosis.explanations.count == 1, let explanation = diagnosis.explanations.first {
                return explanation.cells.indices.map { index in
                    let cell = explanation.cells[index]
                    return odd(cell, value: explanation.values[index], face: explanation.faceValues[index], support: diagnosis.support[.init(cell)] ?? 0, failing: diagnosis.failing.count,
                        partners: explanation.cells.filter { $0 != cell }, group: group,
                        cells: diagnosis.failing.flatMap { $0.terms.map(\.cell) }, context)
                }
            }
            guard diagnosis.explanations.count > 1, diagnosis.failing.count > 1,
                  diagnosis.explanations.count <= Culprits.maximumExplanations else { return [] }
            return [ambiguous(diagnosis, group: group, context)]
        }
    }

    private func odd(_ cell: AuditCell, value: Interval?, face: DecimalNumber?, support: Int, failing: Int, partners: [AuditCell],
                     group: [FindingLocation], cells: [AuditCell], _ context: AuditContext) -> Finding {
        let place = context.describe(cell)
        let should = value.map { Self.shown($0, face: face, like: cell, among: cells) }
        let zhValue = should.map { "都指向 \($0.figure)" + ($0.range.map { "（按印出的精度在 \($0) 之间）" } ?? "") } ?? "都无法与它相符"
        let enValue = should.map { "agree on \($0.figure)" + ($0.range.map { " (\($0) at the printed precision)" } ?? "") } ?? "cannot agree with it"
        return context.finding(self, at: context.location(of: cell), expected: should.map { $0.range ?? $0.figure }, found: cell.shown, message: .init(
            zh: "\(place)印为 \(cell.shown)，" + (partners.isEmpty ? "是与其他数字不符的那一个" : "是不符的 \(partners.count + 1) 处之一（另见 " + partners.map { context.describe($0) }.joined(separator: "、") + "）")
                + "：它参与的 \(support) 个关系（合计、分项、其他表中的同一笔钱）\(zhValue)；" + (partners.isEmpty ? "更正这一处" : "更正这 \(partners.count + 1) 处") + "，\(failing) 个不符的关系全部成立",
            en: "\(place) prints \(cell.shown) and is " + (partners.isEmpty ? "the odd one out" : "one of \(partners.count + 1) odd ones out (see also " + partners.map { context.describe($0) }.joined(separator: ", ") + ")")
                + ": the \(support) identities it takes part in (totals, parts, the same money in other tables) \(enValue); correcting " + (partners.isEmpty ? "it" : "them") + " makes all \(failing) failing identities hold"),
            related: group.filter { $0 != context.location(of: cell) })
    }

    private func ambiguous(_ diagnosis: Culprits.Diagnosis, group: [FindingLocation], _ context: AuditContext) -> Finding {
        let options = diagnosis.explanations.map { explanation in
            explanation.cells.indices.map { index in
                let cell = explanation.cells[index]
                return context.describe(cell) + (explanation.values[index].map {
                    "→ \(Self.shown($0, face: explanation.faceValues[index], like: cell, among: explanation.cells).figure)"
                } ?? "")
            }.joined(separator: " + ")
        }
        let first = diagnosis.explanations[0].cells[0]
        return context.finding(self, at: context.location(of: first), found: first.shown, message: .init(
            zh: "\(diagnosis.failing.count) 个关系不符，无法确定是哪一处印错；以下任一种更正都能使它们全部成立：" + options.joined(separator: "；"),
            en: "\(diagnosis.failing.count) identities fail and the figures cannot tell which is wrong; any one of these corrections makes them all hold: " + options.joined(separator: "; ")),
            related: group)
    }

    /// A range as the cell would print it: the figure at the middle of the range, and the
    /// range itself when some of its values would print differently (`81.91`, `81.900–81.920`).
    static func shown(_ interval: Interval, face: DecimalNumber?, like cell: AuditCell, among group: [AuditCell]) -> (figure: String, range: String?) {
        let (scale, decimals) = cell.figure.map { ($0.scale, $0.decimals) } ?? FigureText.style(of: group)
        let exponent = FigureText.exponent(scale)
        let range = Interval(lower: interval.lower.shifted(by: -exponent), upper: interval.upper.shifted(by: -exponent))
        let figure = (face?.shifted(by: -exponent) ?? range.midpoint).rounded(toDecimals: decimals)
        let printed = Interval(printed: figure)
        let covered = printed.lower <= range.lower && range.upper <= printed.upper
        return (figure.description, covered ? nil : FigureText.range(interval, in: scale, decimals: decimals + 1))
    }
}

extension FindingLocation {
    init(_ context: AuditContext, _ cell: Culprits.CellID) {
        let table = context.document.tables[cell.table]
        let row = table.rows[cell.row]
        self.init(context.document, table: cell.table, row: row, column: table.columns[cell.column],
                  cell: row.cells.first { $0.column == cell.column })
    }
}
