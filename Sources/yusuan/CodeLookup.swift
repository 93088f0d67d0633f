import YusuanCore

/// What `yusuan codes CODE` prints about one code.
struct CodeLookup: Encodable {
    var entry: CatalogueEntry
    var kind: ClassificationKind
    var ancestors: [CatalogueEntry]
    var children: [CatalogueEntry]
    var printedName: String?
    var agreement: NameAgreement?

    init(entry: CatalogueEntry, kind: ClassificationKind, catalogue: Catalogue, printedName: String?, agreement: NameAgreement?) {
        self.entry = entry
        self.kind = kind
        self.ancestors = catalogue.ancestors(of: entry.code)
        self.children = catalogue.children(of: entry.code)
        self.printedName = printedName
        self.agreement = agreement
    }

    var text: String {
        var lines = ["\(entry.code) \(entry.name)", "  \(kind.chineseName) · \(entry.level.chineseName)"]
        for ancestor in ancestors {
            lines.append("  \(ancestor.level.chineseName) \(ancestor.code) \(ancestor.name)")
        }
        if !entry.otherNames.isEmpty {
            lines.append("  其他名称 / other names: \(entry.otherNames.joined(separator: "；"))")
        }
        lines.append("  见于 \(entry.documents) 份公开文档 / seen in \(entry.documents) published documents")
        if !children.isEmpty {
            lines.append("  下级 / children:")
            lines += children.map { "    \($0.code) \($0.name)" }
        }
        if let printedName, let agreement {
            lines.append("  名称核对 / name check: “\(printedName)” — \(agreement.summary.zh) / \(agreement.summary.en)")
        }
        return lines.joined(separator: "\n")
    }

    private enum CodingKeys: String, CodingKey {
        case code, name, level, levelName, classification, parent, ancestors, children, otherNames, documents, nameCheck
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entry.code, forKey: .code)
        try container.encode(entry.name, forKey: .name)
        try container.encode(entry.level, forKey: .level)
        try container.encode(entry.level.chineseName, forKey: .levelName)
        try container.encode(kind, forKey: .classification)
        try container.encodeIfPresent(entry.parent, forKey: .parent)
        try container.encode(ancestors, forKey: .ancestors)
        try container.encode(children, forKey: .children)
        try container.encode(entry.otherNames, forKey: .otherNames)
        try container.encode(entry.documents, forKey: .documents)
        if let printedName, let agreement {
            try container.encode(NameCheck(name: printedName, agreement: agreement), forKey: .nameCheck)
        }
    }
}

private struct NameCheck: Encodable {
    var name: String
    var agreement: NameAgreement

    private enum CodingKeys: String, CodingKey { case name, result, accepted, expected, message }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(agreement.identifier, forKey: .result)
        try container.encode(agreement.isAccepted, forKey: .accepted)
        try container.encodeIfPresent(agreement.expectedName, forKey: .expected)
        try container.encode(agreement.summary, forKey: .message)
    }
}
