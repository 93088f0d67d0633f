/// Which column of a 绩效指标 table holds what, read from its header row: `指标名称 | 指标性质
/// | 指标值 | 度量单位 | 指标类型 | …依据及数据来源 | 说明 | 是否核心指标` in Yunnan's form,
/// `一级指标 | 二级指标 | 三级指标 | 指标值 …` in others.
struct IndicatorColumns: Equatable {
    enum Field: Equatable {
        case tier, category, name, comparator, value, unit, type, basis, note, core
    }

    private(set) var fields: [Int: Field] = [:]

    /// Nil unless the row names the indicator and its value (or comparator).
    init?(header line: SourceLine) {
        for cell in line.cells {
            guard let field = Self.field(ProjectCellText.key(cell.text)) else { continue }
            fields[cell.column] = field
        }
        let named = Set(fields.values)
        guard named.contains(.name), named.contains(.value) || named.contains(.comparator) else { return nil }
    }

    func column(_ field: Field) -> Int? { fields.first { $0.value == field }?.key }

    func field(at column: Int) -> Field? { fields[column] }

    /// Header words to fields; the order settles overlaps (`绩效指标值设定依据` is the basis,
    /// not the value).
    private static func field(_ key: String) -> Field? {
        guard key.count <= 30 else { return nil }
        if key.includes("一级指标") { return .tier }
        if key.includes("二级指标") { return .category }
        if key.includes("三级指标") || key == "指标名称" || key == "绩效指标" || key == "指标内容" { return .name }
        if key.includes("核心") { return .core }
        if key.includes("依据") || key.includes("数据来源") { return .basis }
        if key.includes("指标类型") || key.includes("定量") || key.includes("定性") { return .type }
        if key.includes("指标性质") || key == "符号" || key.includes("比较") || key == "运算符" { return .comparator }
        if key.includes("单位") { return .unit }
        if key.includes("指标值") || key.includes("目标值") || key == "值" { return .value }
        if key == "说明" || key == "备注" || key.includes("指标说明") || key.includes("指标解释") { return .note }
        return nil
    }
}
