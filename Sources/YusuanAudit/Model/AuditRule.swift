import YusuanCore
import YusuanDocuments

/// A check of a document. One rule per file, named for what it checks; each has a
/// descriptor (id, severity, description, reason, source) and finds nothing on a
/// document where what it checks holds.
public protocol AuditRule: Sendable {
    static var descriptor: RuleDescriptor { get }
    func check(_ context: AuditContext) -> [Finding]
}

extension AuditRule {
    public var descriptor: RuleDescriptor { Self.descriptor }
}
