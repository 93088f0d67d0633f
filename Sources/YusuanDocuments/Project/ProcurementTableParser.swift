import YusuanCore

/// Reads a 项目政府采购表: `采购项目名称 | 政府采购目录 | 政府采购方式 | 计量单位 | 数量 |
/// 需求时间 | 金额（元）`, one row per item and a 合计.
struct ProcurementTableParser {
    var items: [ProcurementItem] = []
    var scale: MoneyScale = .yuan
    private var columns: [Int: Field] = [:]

    enum Field { case name, catalogue, method, unit, quantity, requiredBy, amount }

    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        let header = line.cells.compactMap { cell in Self.field(cell.text).map { (cell.column, $0) } }
        if header.count >= 2, header.contains(where: { $0.1 == .name || $0.1 == .catalogue }) {
            columns = Dictionary(header, uniquingKeysWith: { first, _ in first })
            if let amount = line.cells.first(where: { Self.field($0.text) == .amount }) {
                scale = ProjectCellText.scale(inLabel: amount.text) ?? scale
            }
            return nil
        }
        guard !columns.isEmpty, let first = line.cells.first else {
            return BilingualMessage(zh: "政府采购表中表头之前的行", en: "a row of the procurement table before its header")
        }
        var item = ProcurementItem(name: first.text)
        for cell in line.cells.dropFirst() {
            switch columns[cell.column] {
            case .catalogue: item.catalogue = cell.text
            case .method: item.method = cell.text
            case .unit: item.unit = MeasureUnit(printed: cell.text)
            case .quantity: item.quantity = TargetValue(cell.text).number
            case .requiredBy: item.requiredBy = cell.text
            case .amount:
                switch ProjectCellText.amount(cell.text, scale: scale) {
                case .amount(let money): item.amount = money
                case .invalid(let reason): issues.append(Unrecognized(location: line.location, text: cell.text, reason: reason))
                case .blank: break
                }
            case .name, nil:
                issues.append(ProjectCellText.issue(line, cell.text, zh: "不在任何已知列下的单元格", en: "a cell under no known column"))
            }
        }
        items.append(item)
        return nil
    }

    private static func field(_ text: String) -> Field? {
        let key = ProjectCellText.bareKey(text)
        if key.includes("项目名称") || key == "采购品目" || key == "采购内容" { return .name }
        if key.includes("目录") { return .catalogue }
        if key.includes("方式") { return .method }
        if key.includes("单位") && !key.includes("金额") { return .unit }
        if key == "数量" { return .quantity }
        if key.includes("时间") { return .requiredBy }
        if key.hasPrefix("金额") || key.includes("预算金额") || key.includes("采购金额") { return .amount }
        return nil
    }
}
