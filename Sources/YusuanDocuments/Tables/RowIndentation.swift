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

    /// Classification rows printed without their codes, 款 indented under 类 and 项 under
    /// 款 (深圳's 收支总表: 一、一般公共服务支出 › 统计信息事务 › 行政运行): the rows under a row
    /// with a code take the codes of its children they are named as, so its 类 is checked
    /// as the sum of its 款 and each 款 of its 项. All of them or none: a row under it that
    /// names no child would leave the sum short, a misreading rather than the document's.
    static func resolveCodes(_ rows: inout [Row], indents: [Double?], catalogues: CatalogueSet) {
        guard indents.contains(where: { $0 != nil }) else { return }
        for side in Set(rows.map(\.side)) {
            let members = rows.indices.filter { rows[$0].side == side }
            let levels = Self.levels(members.map { indents[$0] }, rows: members.map { rows[$0] })
            // Each row's parent: the nearest row above printed further left (a total ends all).
            var children: [Int?: [Int]] = [:]
            var open: [Int] = []
            for (position, level) in levels.enumerated() {
                guard let level else {
                    if rows[members[position]].role == .total { open = [] }
                    continue
                }
                open.removeAll { levels[$0]! >= level }
                children[open.last, default: []].append(position)
                open.append(position)
            }
            func resolve(under parent: Int) {
                let kids = children[parent] ?? []
                guard let code = rows[members[parent]].code, catalogues.entry(code) != nil, !kids.isEmpty else { return }
                let found = kids.map { kid -> CatalogueEntry? in
                    let row = rows[members[kid]]
                    guard row.code == nil, levels[kid]! == levels[parent]! + 1 else { return nil }
                    return Self.child(of: code, named: row.label, catalogues: catalogues)
                }
                guard zip(kids, found).allSatisfy({ kid, entry in entry != nil || rows[members[kid]].code != nil }) else { return }
                for (kid, entry) in zip(kids, found) {
                    if let entry { assign(entry.code, to: members[kid]) }
                    resolve(under: kid)
                }
            }
            func assign(_ code: String, to index: Int) {
                rows[index].code = code
                switch ClassificationKind(code: code) {
                case .function: rows[index].subject = FunctionCode(code).map(RowSubject.function) ?? rows[index].subject
                case .economicDepartment, .economicGovernment: rows[index].subject = EconomicCode(code).map(RowSubject.economic) ?? rows[index].subject
                case nil: break
                }
            }
            for top in children[nil] ?? [] { resolve(under: top) }
        }
    }

    /// The entry under `code` that `name` names, as printed or by another name it goes by.
    private static func child(of code: String, named name: String, catalogues: CatalogueSet) -> CatalogueEntry? {
        guard let catalogue = catalogues.catalogue(forCode: code) else { return nil }
        let wanted = ClassificationName.normalize(RowInterpreter.plainLabel(name))
        guard !wanted.isEmpty else { return nil }
        return catalogue.children(of: code).first { entry in
            ClassificationName.normalize(entry.name) == wanted || entry.otherNames.map(ClassificationName.normalize).contains(wanted)
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
