/// How a printed code/name pair agrees with the catalogue.
public enum NameAgreement: Sendable, Hashable {
    /// The catalogue's name, after normalisation.
    case exact
    /// A name the catalogue records for this code from another edition or as a variant.
    case knownVariant(String)
    /// The name with its parent's appended: `行政运行（城乡社区管理事务）`.
    case qualifiedByParent
    /// A shortened form of the catalogue name: `机关事业单位基本养老保险缴费` for
    /// `…缴费支出`. Readable, but not the official name.
    case abbreviated(expected: String)
    /// A different name: the pair disagrees.
    case mismatch(expected: String)
    /// The code is not in the catalogue. The catalogue is what published documents were
    /// seen to use, not the Ministry's complete book, so this is "unverified", not "invalid".
    case unverifiedCode

    /// Whether the printed name is one the catalogue supports for the code.
    public var isAccepted: Bool {
        switch self {
        case .exact, .knownVariant, .qualifiedByParent: true
        case .abbreviated, .mismatch, .unverifiedCode: false
        }
    }
}
