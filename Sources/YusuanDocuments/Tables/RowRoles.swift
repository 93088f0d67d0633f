/// A 类 or 款 row is a subtotal when the table also prints rows under it.
enum RowRoles {
    static func markSubtotals(_ rows: inout [Row]) {
        let codes = Set(rows.compactMap { row in row.code.map { "\(row.side?.rawValue ?? "")|\($0)" } })
        for index in rows.indices where rows[index].role == .detail {
            guard let code = rows[index].code, code.count < 7 else { continue }
            let side = rows[index].side?.rawValue ?? ""
            if codes.contains(where: { $0.hasPrefix("\(side)|\(code)") && $0.count > side.count + 1 + code.count }) {
                rows[index].role = .subtotal
            }
        }
    }
}
