import YusuanCore

/// The project application form (项目申报), field by field: every field of seed 000's
/// 项目基本信息表, its yes/no questions, the money asked for by year and source, the 简述
/// answers, the 绩效目标表 (yearly goals and indicators, picked from the indicator library),
/// transfers by region, procurement, purchased services, and which 编审表 the bureau scores.
///
/// The form is a `FormFields` both ways: filled from a stored application (`fields(of:)`),
/// read back into one (`read`, in ProjectForm+Read.swift), and shown from what was typed, so
/// that a form with an error comes back exactly as sent.
enum ProjectForm {
    static let blankRows = 2

    /// A single field of the 项目基本信息表.
    struct Field {
        var name: String
        var label: String
        var size = 16
        var required = false
        var numeric = false
        var choices: [(value: String, label: String)]?
    }

    static func same(_ values: [String]) -> [(value: String, label: String)] { values.map { ($0, $0) } }

    static let groups: [(title: String, fields: [Field])] = [
        ("项目基本信息", [
            Field(name: "name", label: "项目名称", size: 40, required: true),
            Field(name: "primaryCode", label: "项目主码"),
            Field(name: "secondaryCode", label: "项目副码"),
            Field(name: "category", label: "项目分类", choices: same(ProjectCategory.allCases.map(\.chineseName))),
            Field(name: "expenditureGuarantee", label: "支出保障分类"),
            Field(name: "level", label: "项目级次", choices: same(["本级", "下级"])),
            Field(name: "allocationMethod", label: "项目分配类别", choices: same(["项目法", "因素法"])),
            Field(name: "attribute", label: "项目属性", choices: same(["一次性项目", "经常性项目"])),
            Field(name: "implementationYear", label: "项目实施年度", size: 6, required: true, numeric: true),
            Field(name: "periodYears", label: "项目实施周期（年）", size: 4, numeric: true),
            Field(name: "startDate", label: "项目开始实施时间"),
            Field(name: "field", label: "项目领域"),
            Field(name: "performanceClass", label: "项目绩效分类"),
            Field(name: "functionCode", label: "功能科目编码", size: 8, numeric: true),
            Field(name: "functionName", label: "功能科目名称"),
        ]),
        ("主管部门与基层项目单位", [
            Field(name: "competentDepartment", label: "主管部门"),
            Field(name: "competentDepartmentPhone", label: "主管部门联系电话"),
            Field(name: "agencyName", label: "基层项目单位"),
            Field(name: "agencyAddress", label: "单位地址", size: 30),
            Field(name: "agencyManager", label: "项目负责人"),
            Field(name: "agencyPhone", label: "单位电话"),
            Field(name: "agencyPostcode", label: "邮编", size: 8),
            Field(name: "agencyEmail", label: "电子邮箱"),
            Field(name: "filler", label: "填报人员"),
        ]),
    ]

    /// The fields kept as the text typed (blank → nil).
    static var textFields: [(name: String, path: WritableKeyPath<Project, String?>)] { [
        ("name", \.name), ("primaryCode", \.primaryCode), ("secondaryCode", \.secondaryCode), ("category", \.categoryText),
        ("expenditureGuarantee", \.expenditureGuarantee), ("level", \.level), ("allocationMethod", \.allocationMethod),
        ("attribute", \.attribute), ("startDate", \.startDate), ("field", \.field), ("performanceClass", \.performanceClass),
        ("functionName", \.functionName), ("competentDepartment", \.competentDepartment),
        ("competentDepartmentPhone", \.competentDepartmentPhone), ("agencyName", \.implementingAgency.name),
        ("agencyAddress", \.implementingAgency.address), ("agencyManager", \.implementingAgency.manager),
        ("agencyPhone", \.implementingAgency.phone), ("agencyPostcode", \.implementingAgency.postcode),
        ("agencyEmail", \.implementingAgency.email), ("filler", \.filler),
    ] }

    static let yesNo = same(["是", "否"])

    static let flags = FormRows(key: "flags", title: "是否类信息", note: "表中的是否问题；可在空行加本地区表格的其他问题。", columns: [
        .init(name: "flagLabel", label: "问题", size: 26), .init(name: "flagValue", label: "是/否", choices: yesNo),
    ])

    static let funding = FormRows(key: "funding", title: "申请金额（元）", note: "按年度和资金来源各填一行，金额精确到分；各年合计由各来源相加得出。", columns: [
        .init(name: "fundYear", label: "年度", size: 6, numeric: true),
        .init(name: "fundSource", label: "资金来源",
              choices: same([ProjectFundingSource.superiorTransfer, .localFiscal, .selfRaised].map(\.chineseName))),
        .init(name: "fundAmount", label: "金额（元）", size: 14, numeric: true),
    ])

    static let goals = FormRows(key: "goals", title: "年度绩效目标", columns: [
        .init(name: "goalYear", label: "年度", size: 6, numeric: true),
        .init(name: "goalText", label: "目标", size: 48), .init(name: "goalNote", label: "备注", size: 20),
    ])

    static let indicators = FormRows(key: "indicators", title: "绩效指标",
                                     note: "三级指标可从指标库选择（输入时会提示）；选库中的指标时，未填的二级指标、指标性质和度量单位按指标库补全。", columns: [
        .init(name: "indTier", label: "一级指标", hidden: true),
        .init(name: "indCategory", label: "二级指标", choices: IndicatorCategory.allCases.map { ($0.rawValue, $0.chineseName) }),
        .init(name: "indName", label: "三级指标", size: 18, list: "indicator-library"),
        .init(name: "indComparator", label: "指标性质", choices: IndicatorComparator.allCases.map { ($0.symbol, $0.symbol) }),
        .init(name: "indValue", label: "指标值", size: 8), .init(name: "indUnit", label: "度量单位", size: 5),
        .init(name: "indType", label: "指标类型", choices: same(["定量", "定性"])),
        .init(name: "indCore", label: "核心指标", choices: yesNo),
        .init(name: "indBasis", label: "设定依据及数据来源", size: 20), .init(name: "indNote", label: "说明", size: 20),
    ])

    static let transfers = FormRows(key: "transfers", title: "对下专项转移支付（元）", note: "每个地区每个年度一行；资金规模和合计由各来源相加得出。", columns: [
        .init(name: "trRegion", label: "地区", size: 18), .init(name: "trYear", label: "年度", size: 6, numeric: true),
        .init(name: "trSuperior", label: "上级补助", size: 12, numeric: true),
        .init(name: "trLocal", label: "本级财政安排", size: 12, numeric: true),
        .init(name: "trSelf", label: "单位自筹", size: 12, numeric: true),
    ])

    static let procurement = FormRows(key: "procurement", title: "政府采购", note: "合计由各项相加得出。", columns: [
        .init(name: "procName", label: "采购项目", size: 16), .init(name: "procCatalogue", label: "采购目录", size: 12),
        .init(name: "procMethod", label: "采购方式", size: 10), .init(name: "procUnit", label: "计量单位", size: 5),
        .init(name: "procQuantity", label: "数量", size: 6, numeric: true), .init(name: "procRequiredBy", label: "需求时间", size: 10),
        .init(name: "procAmount", label: "金额（元）", size: 12, numeric: true),
    ])

    static let services = FormRows(key: "services", title: "政府购买服务", note: "合计由各项相加得出。", columns: [
        .init(name: "svcCatalogue", label: "购买服务目录", size: 16), .init(name: "svcPurchaseMethod", label: "购买方式", size: 10),
        .init(name: "svcProcurementMethod", label: "采购方式", size: 10),
        .init(name: "svcAmount", label: "金额（元）", size: 12, numeric: true), .init(name: "svcSummary", label: "购买内容简述", size: 24),
    ])

    /// The 简述 answers: the question travels with the answer, so another form's questions survive.
    static let narratives = FormRows(key: "narratives", title: "项目简述", columns: [
        .init(name: "narrGroup", label: "分组", hidden: true), .init(name: "narrTitle", label: "问题", hidden: true),
        .init(name: "narrText", label: "回答"),
    ])

    static let tables = [flags, funding, goals, indicators, transfers, procurement, services, narratives]

    /// The title a table's row issues name.
    static func title(of key: String) -> String { tables.first { $0.key == key }?.title ?? key }
}
