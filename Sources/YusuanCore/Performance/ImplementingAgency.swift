/// 基层项目单位: the agency that carries a project out, with its contact details as printed.
public struct ImplementingAgency: Sendable, Hashable, Codable {
    /// 基层项目单位名称.
    public var name: String?
    /// 基层项目单位地址.
    public var address: String?
    /// 基层项目单位项目负责人.
    public var manager: String?
    /// 基层项目单位电话.
    public var phone: String?
    /// 基层项目单位邮编.
    public var postcode: String?
    /// 基层项目单位电子邮箱.
    public var email: String?

    public init(name: String? = nil, address: String? = nil, manager: String? = nil, phone: String? = nil,
                postcode: String? = nil, email: String? = nil) {
        self.name = name
        self.address = address
        self.manager = manager
        self.phone = phone
        self.postcode = postcode
        self.email = email
    }

    public var isEmpty: Bool {
        [name, address, manager, phone, postcode, email].allSatisfy { $0 == nil }
    }
}
