import YusuanCore

/// Something the reader did not understand, kept with its place and the reason: nothing
/// is dropped silently.
public struct Unrecognized: Sendable, Hashable, Codable {
    public var location: SourceLocation
    /// The table it belongs to (index into `Document.tables`), if any.
    public var table: Int?
    /// The row it belongs to (index into that table's rows), if any.
    public var row: Int?
    /// The text as read.
    public var text: String
    public var reason: BilingualMessage

    public init(location: SourceLocation, table: Int? = nil, row: Int? = nil, text: String, reason: BilingualMessage) {
        self.location = location
        self.table = table
        self.row = row
        self.text = text
        self.reason = reason
    }
}
