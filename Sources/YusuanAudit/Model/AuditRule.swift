import YusuanCore
import YusuanDocuments

/// A check of a document. One rule per file, named for what it checks; each has a
/// descriptor (id, severity, description, reason, source) and finds nothing on a
/// document where what it checks holds.
public protocol AuditRule: Sendable {
    /// What rules of this type are.
    static var descriptor: RuleDescriptor { get }
    /// What this rule is: the type's descriptor, or, for a rule a pack configures, its own.
    var descriptor: RuleDescriptor { get }
    func check(_ context: AuditContext) -> [Finding]
}

extension AuditRule {
    public var descriptor: RuleDescriptor { Self.descriptor }
}
