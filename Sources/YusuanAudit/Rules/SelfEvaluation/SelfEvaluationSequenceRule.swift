import YusuanCore
import YusuanDocuments

/// The 序号 of each agency group runs 1, 2, 3 … (or carries on from the group before):
/// a number skipped or printed twice is a row lost or repeated, most often at a page break.
public struct SelfEvaluationSequenceRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "selfeval.sequence", severity: .warning,
        title: .init(zh: "各组序号连续，不缺不重", en: "each group's row numbers run on without gaps or repeats"),
        reason: .init(zh: "自评表逐个列出项目并编序号；序号断开说明有项目没有印出（常见于换页处），重复说明有行印了两次，两者都会使小计对不上，公开也不完整。",
                      en: "A self-evaluation lists its projects one by one and numbers them; a gap means projects were left out (often at a page break) and a repeat means a row was printed twice; either leaves the 小计 wrong and the disclosure incomplete."))

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        SelfEvaluationTable.all(in: context.document).flatMap { table in
            Self.problems(in: table).map { finding(for: $0, in: table, context) }
        }
    }

    /// Something wrong with the numbering of a group.
    enum Problem {
        /// The group's first row is numbered past 1 (or past the number after the group before).
        case missingAtStart(Row, missing: ClosedRange<Int>, group: String?)
        /// Numbers skipped between two rows.
        case gap(Row, after: Row, missing: ClosedRange<Int>, group: String?)
        /// A number printed on two rows.
        case duplicate(Row, of: Row, group: String?)

        var row: Row {
            switch self {
            case .missingAtStart(let row, _, _), .gap(let row, _, _, _), .duplicate(let row, _, _): row
            }
        }

        var missing: ClosedRange<Int>? {
            switch self {
            case .missingAtStart(_, let missing, _), .gap(_, _, let missing, _): missing
            case .duplicate: nil
            }
        }
    }

    /// The numbered detail rows in groups: a group ends at a 小计 or 合计, where another
    /// agency's rows begin, or where the numbering starts again. The reader also starts a
    /// block at a repeated number and leaves it without an agency when none is printed in
    /// it; such a row stays in its group, as the repeat it is.
    static func groups(in table: SelfEvaluationTable) -> [[Row]] {
        var groups: [[Row]] = [], current: [Row] = []
        for row in table.table.rows {
            guard row.role == .detail else {
                if !current.isEmpty { groups.append(current) }
                current = []
                continue
            }
            guard let number = row.sequence else { continue }
            if let last = current.last?.sequence {
                let agency = Self.agency(of: current)
                let otherAgency = row.agency != nil && agency != nil && row.agency != agency
                if number < last || otherAgency {
                    groups.append(current)
                    current = []
                }
            }
            current.append(row)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// The agency a group's rows name.
    static func agency(of group: [Row]) -> String? { group.lazy.compactMap(\.agency).first }

    static func problems(in table: SelfEvaluationTable) -> [Problem] {
        var problems: [Problem] = []
        var previousLast: Int?
        for group in groups(in: table) {
            let agency = Self.agency(of: group)
            let first = group[0].sequence!
            // A group numbered on from the one before (… 4 | 5, 6) is complete at its start;
            // one that starts again at or below it restarts from 1.
            let expected = previousLast.map { first > $0 ? $0 + 1 : 1 } ?? 1
            if first > expected { problems.append(.missingAtStart(group[0], missing: expected...(first - 1), group: agency)) }
            for (before, row) in zip(group, group.dropFirst()) {
                let a = before.sequence!, b = row.sequence!
                if b == a { problems.append(.duplicate(row, of: before, group: agency)) }
                if b > a + 1 { problems.append(.gap(row, after: before, missing: (a + 1)...(b - 1), group: agency)) }
            }
            previousLast = group.last?.sequence
        }
        return problems
    }

    /// `1–2`, or `5`.
    static func text(_ numbers: ClosedRange<Int>) -> String {
        numbers.count == 1 ? "\(numbers.lowerBound)" : "\(numbers.lowerBound)–\(numbers.upperBound)"
    }

    private func finding(for problem: Problem, in table: SelfEvaluationTable, _ context: AuditContext) -> Finding {
        let column = table.column(.sequence)
        let at = table.location(context.document, problem.row, column)
        // The group is named already: a row is its project.
        let name = problem.row.label
        func group(_ agency: String?) -> (zh: String, en: String) {
            agency.map { ("\($0) 一组", "the group of \($0)") } ?? ("\(context.tableName(table.index)) 中的一组", "a group of \(context.tableName(table.index))")
        }
        switch problem {
        case .missingAtStart(let row, let missing, let agency):
            let (zh, en) = group(agency)
            return context.finding(self, at: at, expected: "\(missing.lowerBound)", found: "\(row.sequence!)", message: .init(
                zh: "\(zh)的序号从 \(row.sequence!)（\(name)）起，序号 \(Self.text(missing)) 的行没有印出",
                en: "The rows of \(en) are numbered from \(row.sequence!) (\(name)): row\(missing.count == 1 ? "" : "s") \(Self.text(missing)) \(missing.count == 1 ? "is" : "are") not printed"))
        case .gap(let row, let before, let missing, let agency):
            let (zh, en) = group(agency)
            return context.finding(self, at: at, expected: "\(missing.lowerBound)", found: "\(row.sequence!)", message: .init(
                zh: "\(zh)的序号从 \(before.sequence!) 跳到 \(row.sequence!)（\(name)），序号 \(Self.text(missing)) 的行没有印出",
                en: "The numbering of \(en) jumps from \(before.sequence!) to \(row.sequence!) (\(name)): row\(missing.count == 1 ? "" : "s") \(Self.text(missing)) \(missing.count == 1 ? "is" : "are") not printed"),
                related: [table.location(context.document, before, column)])
        case .duplicate(let row, let before, let agency):
            let (zh, en) = group(agency)
            let other = before.label
            return context.finding(self, at: at, expected: "\(before.sequence! + 1)", found: "\(row.sequence!)", message: .init(
                zh: "\(zh)有两行序号都是 \(row.sequence!)：\(other) 和 \(name)",
                en: "Two rows of \(en) are both numbered \(row.sequence!): \(other) and \(name)"),
                related: [table.location(context.document, before, column)])
        }
    }
}
