/// Stable identifiers and bilingual summaries for reports.
extension NameAgreement {
    /// The stable name of the result in JSON (`exact`, `knownVariant`, …).
    public var identifier: String {
        switch self {
        case .exact: "exact"
        case .knownVariant: "knownVariant"
        case .qualifiedByParent: "qualifiedByParent"
        case .abbreviated: "abbreviated"
        case .mismatch: "mismatch"
        case .unverifiedCode: "unverifiedCode"
        }
    }

    /// The catalogue's name where the printed one differs from it.
    public var expectedName: String? {
        switch self {
        case .abbreviated(let expected), .mismatch(let expected): expected
        default: nil
        }
    }

    public var summary: BilingualMessage {
        switch self {
        case .exact:
            BilingualMessage(zh: "与目录名称一致", en: "matches the catalogue name")
        case .knownVariant(let name):
            BilingualMessage(zh: "“\(name)”是目录记录的旧称或异名", en: "\"\(name)\" is a former or variant name the catalogue records")
        case .qualifiedByParent:
            BilingualMessage(zh: "目录名称后附上级名称", en: "the catalogue name with its parent's name appended")
        case .abbreviated(let expected):
            BilingualMessage(zh: "是目录名称“\(expected)”的简写", en: "a shortened form of the catalogue name \"\(expected)\"")
        case .mismatch(let expected):
            BilingualMessage(zh: "与目录名称“\(expected)”不符", en: "differs from the catalogue name \"\(expected)\"")
        case .unverifiedCode:
            BilingualMessage(zh: "编码不在目录中，未能核实", en: "the code is not in the catalogue and cannot be verified")
        }
    }
}
