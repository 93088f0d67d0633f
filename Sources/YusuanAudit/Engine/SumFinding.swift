import YusuanCore
import YusuanDocuments

extension AuditContext {
    /// A finding for a sum that does not hold: the parent as printed, what its parts add
    /// up to, and the range rounding allows.
    func finding(_ rule: some AuditRule, for identity: SumIdentity) -> Finding {
        let (scale, decimals) = FigureText.style(of: [identity.parent] + identity.children)
        let sum = FigureText.sum(identity.children, in: scale, decimals: decimals)
        let range = FigureText.range(identity.childrenInterval, in: scale, decimals: decimals + 1)
        let place = describe(identity.parent)
        let parts = identity.children.map { describe($0, inParentOf: identity.parent) }
        let shownParts = parts.prefix(6).joined(separator: "、") + (parts.count > 6 ? "…" : "")
        let exact = identity.childrenInterval.isExact
        return finding(rule, at: location(of: identity.parent), expected: range, found: identity.parent.shown, message: .init(
            zh: "\(place)印为 \(identity.parent.shown)，而它的 \(parts.count) 个组成部分（\(shownParts)）相加为 \(sum)；"
                + (exact ? "它应为 \(sum)" : "按印出的精度，它应在 \(range) 之间"),
            en: "\(place) prints \(identity.parent.shown), but its \(parts.count) parts (\(shownParts)) add up to \(sum); "
                + (exact ? "it must be \(sum)" : "at the printed precision it must lie in \(range)")),
            related: identity.children.map(location(of:)))
    }

    /// `表三 部门支出总体情况表 · 合计 · 基本支出 `
    func describe(_ cell: AuditCell) -> String {
        let table = document.tables[cell.table]
        let row = table.rows[cell.row]
        let rowName = [row.code, row.label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return "\(tableName(cell.table)) · \(rowName) · \(columnName(table.columns[cell.column])) "
    }

    /// A column's last header cell, or its last two where the last is a bare 小计/合计.
    func columnName(_ column: Column) -> String {
        let header = column.header.map(TextNormalization.removingSpaces)
        guard let last = header.last else { return column.meaning?.rawValue ?? "" }
        if ["小计", "合计"].contains(last), header.count > 1 { return header.suffix(2).joined(separator: "/") }
        return last
    }

    /// A part named by what distinguishes it from its parent: its row, or its column.
    func describe(_ cell: AuditCell, inParentOf parent: AuditCell) -> String {
        let table = document.tables[cell.table]
        if cell.row == parent.row {
            return columnName(table.columns[cell.column])
        }
        let row = table.rows[cell.row]
        return [row.code, row.label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") + " \(cell.shown)"
    }
}
