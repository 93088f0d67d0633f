/// One classification catalogue: every code with its name, level and parent.
///
/// Built from the bundled files (`CatalogueSet.bundled`) or any file of the same columns,
/// so a region or a newer edition adds codes without a code change (`adding(_:)`).
public struct Catalogue: Sendable {
    public let kind: ClassificationKind
    private var entriesByCode: [String: CatalogueEntry]
    private var childCodes: [String: [String]]
    /// All entries in code order, kept beside the index: readers ask for them per column.
    public private(set) var entries: [CatalogueEntry]
    /// Every 类, in code order.
    public private(set) var categories: [CatalogueEntry]

    public init(kind: ClassificationKind, entries: [CatalogueEntry]) {
        self.kind = kind
        entriesByCode = [:]
        childCodes = [:]
        self.entries = []
        categories = []
        for entry in entries { insert(entry) }
        reorder()
    }

    private mutating func reorder() {
        entries = entriesByCode.values.sorted { $0.code < $1.code }
        categories = entries.filter { $0.level == .category }
    }

    private mutating func insert(_ entry: CatalogueEntry) {
        if entriesByCode[entry.code] == nil, let parent = entry.parent {
            childCodes[parent, default: []].append(entry.code)
            childCodes[parent]!.sort()
        }
        entriesByCode[entry.code] = entry
    }

    public var count: Int { entriesByCode.count }

    /// The entry for a code's digits (`2080505`), nil when the catalogue does not know it.
    public func entry(_ code: String) -> CatalogueEntry? { entriesByCode[code] }

    public func entry(_ code: some HierarchicalCode) -> CatalogueEntry? { entriesByCode[code.digits] }

    /// The catalogue's name for a code; nil when the code is unknown.
    public func name(of code: String) -> String? { entriesByCode[code]?.name }

    /// The codes one level below, in code order.
    public func children(of code: String) -> [CatalogueEntry] {
        (childCodes[code] ?? []).compactMap { entriesByCode[$0] }
    }

    /// The 类 and 款 above a code, top first (known ones only).
    public func ancestors(of code: String) -> [CatalogueEntry] {
        [3, 5].filter { $0 < code.count }.compactMap { entriesByCode[String(code.prefix($0))] }
    }

    /// Entries whose name or a recorded variant contains `text` (after normalisation),
    /// or whose code starts with it.
    public func search(_ text: String) -> [CatalogueEntry] {
        let needle = ClassificationName.normalize(TextNormalization.halfWidth(text))
        guard !needle.isEmpty else { return [] }
        return entries.filter { entry in
            entry.code.hasPrefix(needle) || entry.name.contains(needle) || entry.otherNames.contains { $0.contains(needle) }
        }
    }

    /// How a printed name agrees with the catalogue's name for `code`.
    public func check(code: String, name printedName: String) -> NameAgreement {
        guard let entry = entriesByCode[code] else { return .unverifiedCode }
        let name = ClassificationName.normalize(printedName)
        if name == entry.name { return .exact }
        if entry.otherNames.contains(name) { return .knownVariant(name) }
        let ownNames = [entry.name] + entry.otherNames
        if let parent = entry.parent.flatMap({ entriesByCode[$0] }) {
            let parentNames = [parent.name] + parent.otherNames
            if ownNames.contains(where: { own in parentNames.contains { name == "\(own)（\($0)）" } }) {
                return .qualifiedByParent
            }
        }
        // A truncated or suffix-less form: at least four characters and a real prefix.
        if name.count >= 4, ownNames.contains(where: { $0.hasPrefix(name) }) {
            return .abbreviated(expected: entry.name)
        }
        return .mismatch(expected: entry.name)
    }

    /// This catalogue with `other`'s entries added; where both have a code, `other`'s
    /// name becomes current and the old one is kept as a variant.
    public func adding(_ other: Catalogue) -> Catalogue {
        var merged = self
        for entry in other.entries {
            guard var existing = merged.entriesByCode[entry.code] else {
                merged.insert(entry)
                continue
            }
            if existing.name != entry.name {
                let variants = [existing.name] + existing.otherNames + entry.otherNames
                existing.otherNames = variants.reduce(into: [String]()) { list, name in
                    if name != entry.name && !list.contains(name) { list.append(name) }
                }
                existing.name = entry.name
            } else {
                existing.otherNames += entry.otherNames.filter { !existing.otherNames.contains($0) }
            }
            existing.documents += entry.documents
            merged.entriesByCode[entry.code] = existing
        }
        merged.reorder()
        return merged
    }
}
