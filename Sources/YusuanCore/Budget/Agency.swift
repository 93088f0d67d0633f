/// A budget unit (预算单位) or department (部门): a department is an agency with children.
public struct Agency: Sendable, Hashable, Codable {
    /// The agency's code in the budget system (`222006`); documents without codes get
    /// any code that is unique within the facts.
    public var code: String
    public var name: String
    /// The code of the department this unit belongs to, if it is listed in the same facts.
    public var parentCode: String?

    public init(code: String, name: String, parentCode: String? = nil) {
        self.code = code
        self.name = name
        self.parentCode = parentCode
    }
}
