import YusuanCore

/// The hierarchy a table read from word positions shows only by indentation: a name that
/// begins further right sits under the nearest row above it that begins further left.
enum RowIndentation {
    /// How far apart two names' starts may be and still be one level: print aligns them to
    /// a fraction of a point, and an indent is a character or more.
    static let tolerance = 2.0

    /// Each row's level, 0 outermost, from where its name begins: nil for a row without a
    /// position, and for a total, whose name is centred rather than indented.
    static func levels(_ indents: [Double?], rows: [Row]) -> [Int?] {
        let starts = zip(indents, rows).compactMap { indent, row in row.role == .total ? nil : indent }.sorted()
        var stops: [Double] = []
        for start in starts where stops.last.map({ start - $0 > tolerance }) ?? true { stops.append(start) }
        return zip(indents, rows).map { indent, row in
            guard row.role != .total, let indent else { return nil }
            return stops.lastIndex { $0 <= indent + tolerance }
        }
    }

    /// Units listed by name only, one level with the agency a table names, each above its
    /// own indented rows (珠海市商务局, 珠海市贸易服务中心, 珠海市会议展览局 over their projects):
    /// they are agencies too, and every row under one belongs to it. A unit's 本级 row under
    /// its unit belongs to that unit, so two units' 本级 stay apart.
    static func nestAgencies(_ rows: inout [Row], indents: [Double?], table: TableKind) {
        guard table != .selfEvaluation, indents.contains(where: { $0 != nil }) else { return }
        for side in Set(rows.map(\.side)) {
            let members = rows.indices.filter { rows[$0].side == side }
            let levels = Self.levels(members.map { indents[$0] }, rows: members.map { rows[$0] })
            // A row heads others when the next row with a level is deeper.
            let heads = levels.indices.filter { position in
                guard let level = levels[position],
                      let next = levels[(position + 1)...].first(where: { $0 != nil }) ?? nil else { return false }
                return next > level
            }
            var changed = false
            for group in Dictionary(grouping: heads, by: { levels[$0]! }).values {
                let known = group.filter { isAgency(rows[members[$0]]) }
                let named = group.filter { !isAgency(rows[members[$0]]) && namesAgency(rows[members[$0]].label) }
                // Beside a known agency, or several units named as units are, or a unit's
                // 本级 (which is no unit's name but says it is one).
                let ownPart = named.contains { RowInterpreter.plainLabel(rows[members[$0]].label).hasSuffix("本级") }
                guard !named.isEmpty, !known.isEmpty || named.count >= 2 || ownPart else { continue }
                for position in named {
                    let index = members[position]
                    rows[index].subject = .agency(code: rows[index].code ?? "", name: rows[index].label)
                    rows[index].role = .subtotal
                    changed = true
                }
            }
            guard changed || members.contains(where: { isAgency(rows[$0]) }) && heads.contains(where: { isAgency(rows[members[$0]]) }) else { continue }
            // Each row belongs to the agency row it is indented under.
            var open: [(level: Int, name: String)] = []
            for (position, level) in levels.enumerated() {
                let index = members[position]
                guard let level else {
                    if rows[index].role == .total { open = [] }
                    continue
                }
                open.removeAll { $0.level >= level }
                if rows[index].agency == nil, let parent = open.last { rows[index].agency = parent.name }
                if isAgency(rows[index]), heads.contains(position) { open.append((level, rows[index].label)) }
            }
        }
    }

    private static func isAgency(_ row: Row) -> Bool {
        if case .agency = row.subject { return true }
        return false
    }

    /// A name that is a unit's, or a unit's own part (本级, 局本级).
    private static func namesAgency(_ label: String) -> Bool {
        let plain = RowInterpreter.plainLabel(label)
        return plain.hasSuffix("本级") || plain.hasSuffix("(本级)") || RowInterpreter.looksLikeAgency(plain)
    }
}
