/// The field labels of a 项目基本信息表, recognised by meaning: other regions and years word
/// them a little differently (`项目编码` for `项目主码`, `项目单位名称` for `基层项目单位名称`).
enum ProjectInfoLabel: Hashable {
    case category, expenditureGuarantee, primaryCode, secondaryCode, name, level, allocationMethod, attribute
    case implementationYear, periodYears, startDate, field, performanceClass, functionCode
    case competentDepartment, competentDepartmentPhone
    case agencyName, agencyAddress, agencyManager, agencyPhone, agencyPostcode, agencyEmail
    case filler
    /// A yes/no question (`是否重大项目`).
    case flag
    /// `申请金额(元)` or `资金来源`: the head of the funding block.
    case fundingHeader

    /// Recognises a label cell; nil for a value.
    init?(_ text: String) {
        let key = ProjectCellText.key(text)
        let bare = ProjectCellText.bareKey(text)
        guard !key.isEmpty, key.count <= 30, !key.contains(where: { $0.isNumber }) else { return nil }
        if key.includes("是否") {
            self = .flag
            return
        }
        if bare == "申请金额" || bare == "资金来源" || bare == "项目资金" || bare == "申报金额" {
            self = .fundingHeader
            return
        }
        if key.includes("主管部门") || key == "主管单位" {
            self = key.includes("电话") ? .competentDepartmentPhone : .competentDepartment
            return
        }
        if let agencyField = Self.agencyField(key) {
            self = agencyField
            return
        }
        guard let found = Self.exact[bare] else { return nil }
        self = found
    }

    private static let exact: [String: ProjectInfoLabel] = [
        "项目分类": .category, "项目类别": .category, "项目类型": .category,
        "支出保障分类": .expenditureGuarantee, "保障分类": .expenditureGuarantee,
        "项目主码": .primaryCode, "项目编码": .primaryCode, "项目代码": .primaryCode, "项目编号": .primaryCode,
        "项目副码": .secondaryCode,
        "项目名称": .name,
        "项目级次": .level, "项目层级": .level, "项目级别": .level,
        "项目分配类别": .allocationMethod, "分配类别": .allocationMethod, "分配方式": .allocationMethod,
        "项目属性": .attribute,
        "项目实施年度": .implementationYear, "实施年度": .implementationYear, "预算年度": .implementationYear,
        "项目实施周期": .periodYears, "实施周期": .periodYears, "项目周期": .periodYears,
        "项目开始实施时间": .startDate, "开始实施时间": .startDate, "项目开始时间": .startDate, "开始时间": .startDate,
        "项目领域": .field,
        "项目绩效分类": .performanceClass, "绩效分类": .performanceClass,
        "功能科目": .functionCode, "功能分类": .functionCode, "支出功能分类": .functionCode,
        "支出功能分类科目": .functionCode, "功能分类科目": .functionCode,
        "填报人员": .filler, "填报人": .filler, "填表人": .filler,
    ]

    /// 基层项目单位名称 / 地址 / 项目负责人 / 电话 / 邮编 / 电子邮箱, and the same for a
    /// 项目单位, 实施单位 or 申报单位.
    private static func agencyField(_ key: String) -> ProjectInfoLabel? {
        guard ["项目单位", "实施单位", "申报单位", "基层单位"].contains(where: { key.contains($0) }) else { return nil }
        if key.includes("邮箱") || key.includes("邮件") { return .agencyEmail }
        if key.includes("邮编") || key.includes("邮政编码") { return .agencyPostcode }
        if key.includes("电话") { return .agencyPhone }
        if key.includes("负责人") || key.includes("联系人") { return .agencyManager }
        if key.includes("地址") { return .agencyAddress }
        if key.hasSuffix("名称") || key.hasSuffix("单位") { return .agencyName }
        return nil
    }
}
