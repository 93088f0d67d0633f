import YusuanCore
import YusuanDocuments

/// What one clause of the narrative says about one subject: `一般公共预算 251.53 万元，占
/// 54.00%，比上年预算增加 5.44 万元，增长 2.21%` is one item with an amount, a share, a
/// change and a rate of change.
struct NarrativeItem {
    var subject: String
    var section: String?
    var line: Int
    var amount: Statement?
    /// The amount a change is measured against, when the clause prints it (`比2025年年初预算数
    /// 99,003.18万元增加…`): last year's figure, not the subject's own.
    var base: Statement?
    var share: Statement?
    var change: Statement?
    var changeRate: Statement?

    /// Where the item is, for findings: its line, and what it is about as the row.
    func location(of statement: Statement? = nil) -> FindingLocation {
        let place = (statement ?? amount ?? base ?? share ?? change ?? changeRate)?.location
        return FindingLocation(row: subject, line: place?.line ?? line, page: place?.page, sheet: place?.sheet)
    }

    /// The money the item names, in 元, as printed.
    var amountInterval: Interval? { amount?.figure?.interval }
}

enum NarrativeItems {
    /// The document's statements of money, shares and changes, gathered by subject and
    /// line in reading order. Counts (`1 人`) and other quantities are left out.
    static func build(_ statements: [Statement]) -> [NarrativeItem] {
        var items: [NarrativeItem] = []
        for statement in statements {
            switch statement.kind {
            case .amount, .change: if statement.figure == nil, statement.direction != .unchanged { continue }
            case .share, .changeRate: if statement.percentage == nil { continue }
            default: continue
            }
            if statement.kind == .amount, isComparisonBase(statement) {
                // It opens an item of its own: the change and rate that follow are measured against it.
                var item = NarrativeItem(subject: statement.subject, section: statement.section, line: statement.location.line)
                item.base = statement
                items.append(item)
            } else if var last = items.last, last.subject == statement.subject, last.line == statement.location.line,
               last.slotIsFree(for: statement.kind) {
                last.fill(statement)
                items[items.count - 1] = last
            } else {
                var item = NarrativeItem(subject: statement.subject, section: statement.section, line: statement.location.line)
                item.fill(statement)
                items.append(item)
            }
        }
        return items
    }

    /// Whether an amount is what a change is measured against: its clause, up to the figure,
    /// opens with 比 or 较 (`比2025年年初预算数 99,003.18万元增加 2,669.85万元`). The figure is
    /// found by its text, first occurrence: a clause that prints it twice is read as the first.
    static func isComparisonBase(_ statement: Statement) -> Bool {
        guard let found = statement.sentence.range(of: statement.text) else { return false }
        let before = statement.sentence[..<found.lowerBound]
        let clause = before.split(whereSeparator: { "，,；;：:。（(".contains($0) }).last.map(String.init) ?? String(before)
        let opening = clause.trimmingCharacters(in: .whitespaces)
        return opening.hasPrefix("比") || opening.hasPrefix("较")
    }
}

extension NarrativeItem {
    fileprivate func slotIsFree(for kind: StatementKind) -> Bool {
        switch kind {
        case .amount: amount == nil && base == nil && share == nil && change == nil && changeRate == nil
        case .share: share == nil
        case .change: change == nil
        case .changeRate: changeRate == nil
        default: false
        }
    }

    fileprivate mutating func fill(_ statement: Statement) {
        switch statement.kind {
        case .amount: amount = statement
        case .share: share = statement
        case .change: change = statement
        case .changeRate: changeRate = statement
        default: break
        }
    }
}
