import YusuanCore

/// What the words right before a number say about it: `占预算总额的` (a share of
/// `预算总额`), `比上年预算增加` (a change against `上年预算`), `收入较去年增加` (a change of
/// `收入`), or just a subject (`一般公共预算`).
struct LeadReading: Equatable {
    enum Role: Equatable {
        case plain
        case share(basis: String?)
        case change(ChangeDirection, basis: String?)
    }

    var role: Role
    /// The words that name the subject, before any cleaning (may be empty).
    var subject: String

    /// Verbs of change, longest first. One-character verbs count only after a comparison
    /// (`比上年多`, `同比减`), where they cannot be the end of an ordinary word.
    static let verbs: [(String, ChangeDirection)] = [
        ("增加", .increase), ("增长", .increase), ("上升", .increase), ("提高", .increase), ("上涨", .increase),
        ("增多", .increase), ("增幅", .increase), ("涨幅", .increase), ("上调", .increase),
        ("减少", .decrease), ("下降", .decrease), ("降低", .decrease), ("减幅", .decrease), ("降幅", .decrease),
        ("下调", .decrease), ("压减", .decrease), ("缩减", .decrease), ("减小", .decrease),
    ]
    static let shortVerbs: [(String, ChangeDirection)] = [
        ("增", .increase), ("多", .increase), ("涨", .increase), ("减", .decrease), ("少", .decrease), ("降", .decrease),
    ]
    /// Words between a verb and its number that do not change its meaning (`下降了`, `增幅为`).
    static let fillers = ["了", "约", "为", "达", "是"]

    init(_ lead: String, isPercentage: Bool) {
        var body = Substring(lead)
        var trimmed = true
        while trimmed {
            trimmed = false
            for filler in Self.fillers where body.hasSuffix(filler) {
                body = body.dropLast(filler.count)
                trimmed = true
            }
        }
        if let (verb, direction) = Self.verb(endingOf: body) {
            let rest = body.dropLast(verb.count)
            let (subject, basis) = Self.comparison(in: rest)
            role = .change(direction, basis: basis)
            self.subject = subject
            return
        }
        if isPercentage, let share = Self.share(in: Substring(lead)) {
            role = .share(basis: share.basis)
            subject = share.subject
            return
        }
        role = .plain
        subject = lead
    }

    /// The verb `body` ends with; `增加至`/`降到` name a level, not a change, so they do not end with one.
    private static func verb(endingOf body: Substring) -> (String, ChangeDirection)? {
        if let long = verbs.first(where: { body.hasSuffix($0.0) }) { return long }
        guard let short = shortVerbs.first(where: { body.hasSuffix($0.0) }) else { return nil }
        let rest = body.dropLast(short.0.count)
        return comparisonMarker(in: rest) != nil ? short : nil
    }

    /// Splits `收入较去年` into subject `收入` and basis `去年`; `同比` has no basis.
    private static func comparison(in rest: Substring) -> (subject: String, basis: String?) {
        guard let marker = comparisonMarker(in: rest) else { return (String(rest), nil) }
        var basis = rest[marker.upperBound...]
        for suffix in ["相比", "比较", "而言"] where basis.hasSuffix(suffix) { basis = basis.dropLast(suffix.count) }
        return (String(rest[..<marker.lowerBound]), basis.isEmpty || marker.isYearOnYear ? nil : String(basis))
    }

    private struct Marker {
        var lowerBound: Substring.Index
        var upperBound: Substring.Index
        var isYearOnYear: Bool
    }

    /// The first `比`, `较`, `同比` or `与…相比` that opens a comparison in `rest`.
    private static func comparisonMarker(in rest: Substring) -> Marker? {
        // `与上年相比`: the last `与` before the closing `相比`, since subjects hold `与` too
        // (`社会保障与就业支出与上年相比`).
        if rest.hasSuffix("相比") || rest.hasSuffix("比较"),
           let opener = rest.dropLast(2).lastIndex(of: "与") ?? rest.dropLast(2).lastIndex(of: "和") {
            return Marker(lowerBound: opener, upperBound: rest.index(after: opener), isYearOnYear: false)
        }
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            let next = rest.index(after: index)
            let following: Character? = next < rest.endIndex ? rest[next] : nil
            if character == "同", following == "比" {
                return Marker(lowerBound: index, upperBound: rest.index(after: next), isYearOnYear: true)
            }
            let previous: Character? = index > rest.startIndex ? rest[rest.index(before: index)] : nil
            if character == "比", !["占", "对", "相", "同", "类"].contains(previous),
               !["例", "重", "率", "较"].contains(following) {
                return Marker(lowerBound: index, upperBound: next, isYearOnYear: false)
            }
            if character == "较", previous != "比", !["为", "大", "小", "多", "少", "好", "高", "低", "快"].contains(following) {
                return Marker(lowerBound: index, upperBound: next, isYearOnYear: false)
            }
            index = next
        }
        return nil
    }

    /// `占预算总额的` → basis `预算总额`; `占比`, `占` → no basis; `收入占总收入的` → subject `收入`.
    private static func share(in lead: Substring) -> (subject: String, basis: String?)? {
        var search = lead.startIndex
        while let index = lead[search...].firstIndex(of: "占") {
            let next = lead.index(after: index)
            if next < lead.endIndex, ["用", "有", "地", "据", "领"].contains(lead[next]) {
                search = next
                continue
            }
            var basis = lead[next...]
            if basis.hasPrefix("比") { basis = basis.dropFirst() }
            var trimmed = true
            while trimmed {
                trimmed = false
                for suffix in ["的比重", "的比例", "比重", "比例", "的", "为", "是", "达", "约"] where basis.hasSuffix(suffix) {
                    basis = basis.dropLast(suffix.count)
                    trimmed = true
                }
            }
            return (String(lead[..<index]), basis.isEmpty ? nil : String(basis))
        }
        return nil
    }
}
