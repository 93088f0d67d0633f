import YusuanCore

/// Reads a 项目政府购买服务表: `政府购买服务目录 | 购买方式 | 政府采购方式 | 金额（元） |
/// 购买内容简述`, one row per service and a 合计.
struct PurchasedServiceTableParser {
    var services: [PurchasedService] = []
    var scale: MoneyScale = .yuan
    private var columns: [Int: Field] = [:]

    enum Field { case catalogue, purchaseMethod, procurementMethod, amount, summary }

    mutating func consume(_ line: SourceLine, issues: inout [Unrecognized]) -> BilingualMessage? {
        let header = line.cells.compactMap { cell in Self.field(cell.text).map { (cell.column, $0) } }
        if header.count >= 2, header.contains(where: { $0.1 == .catalogue }) {
            columns = Dictionary(header, uniquingKeysWith: { first, _ in first })
            if let amount = line.cells.first(where: { Self.field($0.text) == .amount }) {
                scale = ProjectCellText.scale(inLabel: amount.text) ?? scale
            }
            return nil
        }
        guard !columns.isEmpty, let first = line.cells.first else {
            return BilingualMessage(zh: "政府购买服务表中表头之前的行", en: "a row of the purchased-services table before its header")
        }
        var service = PurchasedService(catalogue: first.text)
        for cell in line.cells.dropFirst() {
            switch columns[cell.column] {
            case .purchaseMethod: service.purchaseMethod = cell.text
            case .procurementMethod: service.procurementMethod = cell.text
            case .summary: service.summary = cell.text
            case .amount:
                switch ProjectCellText.amount(cell.text, scale: scale) {
                case .amount(let money): service.amount = money
                case .invalid(let reason): issues.append(Unrecognized(location: line.location, text: cell.text, reason: reason))
                case .blank: break
                }
            case .catalogue, nil:
                issues.append(ProjectCellText.issue(line, cell.text, zh: "不在任何已知列下的单元格", en: "a cell under no known column"))
            }
        }
        services.append(service)
        return nil
    }

    private static func field(_ text: String) -> Field? {
        let key = ProjectCellText.bareKey(text)
        if key.includes("目录") || key == "服务项目" || key == "购买服务项目" { return .catalogue }
        if key.includes("采购方式") { return .procurementMethod }
        if key.includes("购买方式") || key == "方式" { return .purchaseMethod }
        if key.hasPrefix("金额") || key.includes("购买金额") { return .amount }
        if key.includes("内容") || key.includes("简述") { return .summary }
        return nil
    }
}
