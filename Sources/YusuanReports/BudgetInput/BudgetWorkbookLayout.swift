import YusuanCore

/// The sheets of the budget workbook (`yusuan template budget`): one per part of the
/// input, each with its columns (JSON key → header). The template writer and the reader
/// share this, so a header renamed here is renamed in both.
public enum BudgetWorkbookLayout {
    public struct Sheet: Sendable {
        public var part: InputPart
        public var name: String
        /// Key/value sheets list one field per row (项目 | 内容); the others one entry per row.
        public var isKeyValue: Bool
        /// JSON key and header, in column order (key/value sheets: JSON key and row label).
        public var columns: [(key: String, header: String)]
        /// What the sheet is for, printed on the 填写说明 sheet.
        public var help: String

        /// The column letter and header of a JSON key (for key/value sheets, the 内容 column).
        func column(_ key: String) -> (String, String)? {
            guard let index = columns.firstIndex(where: { $0.key == key }) else { return nil }
            if isKeyValue { return ("B", columns[index].header) }
            return (Self.letter(index), columns[index].header)
        }

        static func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }
    }

    public static let instructionsSheet = "填写说明"

    public static let sheets: [Sheet] = [
        Sheet(part: .agency, name: "单位信息", isKeyValue: true, columns: [
            ("agency.code", "单位代码"), ("agency.name", "单位名称"), ("department.code", "主管部门代码"),
            ("department.name", "主管部门名称"), ("fiscalYear", "预算年度"), ("moneyScale", "金额单位（万元或元）"),
            ("profile.functions", "主要职能（每行一条）"), ("profile.organisation", "机构设置及人员情况（每行一段）"),
            ("assets.asOf", "国有资产统计截至"), ("issued", "发布日期"),
        ], help: "单位名称、预算年度必填；主管部门仅在表格需列出主管部门行时填写。"),
        Sheet(part: .lines, name: "收支明细", isKeyValue: false, columns: [
            ("agency", "单位代码"), ("function", "功能分类编码"), ("functionName", "功能分类名称"),
            ("economic", "经济分类编码"), ("economicName", "经济分类名称"), ("kind", "支出类型"),
            ("source", "资金来源"), ("origin", "资金年度"), ("use", "用途"), ("project", "项目名称"), ("amount", "金额（元）"),
        ], help: "每行一笔：功能分类到项（7 位），经济分类到款（5 位，一般公共预算基本支出必填）；支出类型为 人员经费、公用经费、项目支出 等；资金来源为 一般公共预算拨款、政府性基金预算拨款、其他收入 等；资金年度为 本年 或 上年结转；用途为 支出 或 年终结转结余；项目支出须填项目名称。金额以元为单位，精确到分，不得为负。"),
        Sheet(part: .revenue, name: "收入", isKeyValue: false, columns: [
            ("source", "资金来源"), ("origin", "资金年度"), ("amount", "金额（元）"),
        ], help: "可选：按来源填写收入，用于核对收支明细的合计。"),
        Sheet(part: .priorYear, name: "上年对比", isKeyValue: false, columns: [
            ("key", "指标"), ("label", "说明"), ("amount", "上年预算数（元）"), ("reason", "变动原因"),
        ], help: "上年预算数与变动原因。增减达到 10% 的项目（或上年为零、本年不为零）必须填写变动原因。功能分类项的一般公共预算支出用 generalPublic.项编码 作指标。"),
        Sheet(part: .threePublic, name: "三公经费", isKeyValue: true, columns: [
            ("overseasTravel", "因公出国（境）费"), ("vehiclePurchase", "公务用车购置费"),
            ("vehicleOperation", "公务用车运行费"), ("reception", "公务接待费"),
        ], help: "本年一般公共预算“三公”经费（元）；上年数在“上年对比”中填写。"),
        Sheet(part: .otherFigures, name: "运行经费与采购", isKeyValue: true, columns: [
            ("agencyOperatingCost", "机关运行经费"), ("procurement.goods", "政府采购：货物"),
            ("procurement.works", "政府采购：工程"), ("procurement.services", "政府采购：服务"),
            ("procurement.reservedForSmallEnterprises", "面向中小企业预留"),
            ("procurement.reservedForMicroEnterprises", "其中：面向小微企业预留"),
        ], help: "本年预算数（元）。未填写政府采购则说明中不写政府采购一节的金额。"),
        Sheet(part: .assets, name: "国有资产", isKeyValue: false, columns: [
            ("name", "资产"), ("quantity", "数量"), ("unit", "计量单位"), ("value", "价值（元）"),
        ], help: "按希望在说明中列出的顺序填写，如 房屋、车辆、办公家具、其他资产。"),
        Sheet(part: .projects, name: "项目绩效", isKeyValue: false, columns: [
            ("project", "项目名称"), ("goal", "项目总体目标"), ("tier", "一级指标"), ("category", "二级指标"),
            ("name", "三级指标"), ("comparator", "指标性质"), ("value", "指标值"), ("unit", "度量单位"),
        ], help: "每行一个三级指标；同一项目的各行项目名称相同，总体目标填在第一行。"),
        Sheet(part: .uses, name: "支出用途", isKeyValue: false, columns: [
            ("code", "功能分类编码（类）"), ("use", "主要用于"),
        ], help: "财政拨款支出各类的主要用途，写入情况说明。"),
        Sheet(part: .glossary, name: "名词解释", isKeyValue: false, columns: [
            ("term", "名词"), ("definition", "解释"),
        ], help: "留空则使用标准名词解释。"),
    ]

    public static func sheet(for part: InputPart) -> Sheet { sheets.first { $0.part == part }! }

    /// Words the workbook accepts for each enumeration, first the one the template shows.
    static let kindNames: [(String, ExpenditureKind)] = ExpenditureKind.allCases.map { ($0.chineseName, $0) }
    static let sourceNames: [(String, FundSource)] = FundSource.allCases.map { ($0.chineseName, $0) }
        + FundSource.allCases.map { ($0.budgetName, $0) } + [("单位其他资金收入", .otherRevenue), ("教育收费（财政专户）", .fiscalSpecialAccount)]
    static let originNames: [(String, FundOrigin)] = [("本年", .currentYear), ("本年收入", .currentYear),
                                                      ("上年结转", .priorYearCarryover), ("上年结转结余", .priorYearCarryover)]
    static let useNames: [(String, LineUse)] = [("支出", .expenditure), ("年终结转结余", .yearEndBalance)]
    static let scaleNames: [(String, MoneyScale)] = [("万元", .tenThousandYuan), ("元", .yuan)]
}
