import YusuanCore

/// Where a paragraph names the issuing agency, by any of the names the tables give for it,
/// printed with or without spaces (`新疆…喀什市建设工程质量安全` / `监督站` across a line break).
struct AgencyMentions {
    struct Mention {
        var range: Range<Int>
        var name: String
    }

    /// Names in folded form without spaces, longest first so that a full name is not also
    /// reported as the shorter name it contains.
    private let keys: [(key: String, name: String)]

    init(agencyNames: [String]) {
        var seen: Set<String> = []
        keys = agencyNames.compactMap { name -> (String, String)? in
            let key = String(TextNormalization.removingSpaces(name).map(CompactText.fold))
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return (key, name)
        }.sorted { $0.0.count > $1.0.count }
    }

    var isEmpty: Bool { keys.isEmpty }

    func mentions(in text: CompactText) -> [Mention] {
        guard !keys.isEmpty else { return [] }
        var result: [Mention] = []
        var index = 0
        while index < text.count {
            if let match = keys.first(where: { text.matches($0.key, at: index) }) {
                result.append(Mention(range: index..<(index + match.key.count), name: match.name))
                index += match.key.count
            } else {
                index += 1
            }
        }
        return result
    }
}
