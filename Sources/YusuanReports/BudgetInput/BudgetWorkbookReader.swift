import YusuanCore
import YusuanXLSX

/// Reads a filled budget workbook into a `BudgetInput`. Every cell that cannot be read is an
/// issue naming its sheet, row and column; the input is returned only when there is none.
public struct BudgetWorkbookReader {
    public private(set) var issues: [InputIssue] = []
    /// The sheet row each entry came from, for messages about the entries later.
    public private(set) var rows: [InputPart: [Int]] = [:]
    private var places: InputPlaces { .workbook(rows: rows) }

    public init() {}

    public static func read(_ workbook: Workbook) -> (input: BudgetInput?, issues: [InputIssue], places: InputPlaces) {
        var reader = BudgetWorkbookReader()
        let input = reader.read(workbook)
        return (reader.issues.contains { $0.severity == .error } ? nil : input, reader.issues, reader.places)
    }

    mutating func read(_ workbook: Workbook) -> BudgetInput {
        let agency = keyValues(workbook, .agency)
        let figures = keyValues(workbook, .otherFigures)
        let three = keyValues(workbook, .threePublic)
        func text(_ key: String) -> String? { agency[key].flatMap { $0.isEmpty ? nil : $0 } }
        var input = BudgetInput(agency: Agency(code: text("agency.code") ?? "", name: text("agency.name") ?? ""), fiscalYear: 0)
        if let name = text("department.name") {
            input.department = Agency(code: text("department.code") ?? "", name: name)
            input.agency.parentCode = input.department?.code
        }
        if let year = text("fiscalYear") {
            if let value = Int(year.replacingAll("年", with: "")) { input.fiscalYear = value } else {
                issue(.agency, nil, "fiscalYear", zh: "“\(year)”不是年份", en: "“\(year)” is not a year")
            }
        } else {
            issue(.agency, nil, "fiscalYear", zh: "预算年度必填", en: "the fiscal year is required")
        }
        if let scale = text("moneyScale") {
            input.moneyScale = lookup(scale, BudgetWorkbookLayout.scaleNames, .agency, nil, "moneyScale")
        }
        let functions = text("profile.functions").map(Self.paragraphs) ?? []
        let organisation = text("profile.organisation").map(Self.paragraphs) ?? []
        if !functions.isEmpty || !organisation.isEmpty { input.profile = AgencyProfile(functions: functions, organisation: organisation) }
        input.issued = text("issued")
        for item in ThreePublicItem.parts {
            let value = money(three[item.rawValue], .threePublic, nil, item.rawValue) ?? .zero
            switch item {
            case .overseasTravel: input.threePublic.overseasTravel = value
            case .vehiclePurchase: input.threePublic.vehiclePurchase = value
            case .vehicleOperation: input.threePublic.vehicleOperation = value
            default: input.threePublic.reception = value
            }
        }
        input.agencyOperatingCost = money(figures["agencyOperatingCost"], .otherFigures, nil, "agencyOperatingCost")
        let procurement = ["goods", "works", "services", "reservedForSmallEnterprises", "reservedForMicroEnterprises"].map { key in
            money(figures["procurement.\(key)"], .otherFigures, nil, "procurement.\(key)")
        }
        if procurement.contains(where: { $0 != nil }) {
            let p = procurement.map { $0 ?? .zero }
            input.procurement = Procurement(goods: p[0], works: p[1], services: p[2], reservedForSmallEnterprises: p[3], reservedForMicroEnterprises: p[4])
        }
        readLists(workbook, into: &input, assetsAsOf: text("assets.asOf"))
        return input
    }

    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { TextNormalization.trimmed($0) }.filter { !$0.isEmpty }
    }

    // MARK: - Cells

    mutating func issue(_ part: InputPart, _ index: Int?, _ column: String?, zh: String, en: String) {
        issues.append(InputIssue(.error, InputField(part, index, column), zh: zh, en: en))
    }

    /// The 内容 column of a key/value sheet, by JSON key.
    mutating func keyValues(_ workbook: Workbook, _ part: InputPart) -> [String: String] {
        let layout = BudgetWorkbookLayout.sheet(for: part)
        guard let sheet = workbook.sheet(named: layout.name) else { return [:] }
        var values: [String: String] = [:]
        for row in 1..<max(sheet.rowCount, 1) {
            let label = Self.text(sheet.cell(row: row, column: 0))
            guard let key = layout.columns.first(where: { Self.same($0.header, label) })?.key else { continue }
            values[key] = Self.text(sheet.cell(row: row, column: 1))
        }
        return values
    }

    /// A cell's text: a number as its exact decimal text.
    static func text(_ cell: WorksheetCell?) -> String {
        switch cell?.value {
        case .text(let text)?: TextNormalization.trimmed(text)
        case .number(let number)?: number
        case .boolean(let flag)?: flag ? "TRUE" : "FALSE"
        default: ""
        }
    }

    static func same(_ header: String, _ text: String) -> Bool {
        TextNormalization.removingSpaces(TextNormalization.halfWidth(header)) == TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
    }

    /// An amount in 元, exact to the 分; nil for a blank cell.
    mutating func money(_ text: String?, _ part: InputPart, _ index: Int?, _ column: String) -> Money? {
        guard let text, !text.isEmpty else { return nil }
        guard let number = DecimalNumber(TextNormalization.halfWidth(text).replacingAll(",", with: "")) else {
            issue(part, index, column, zh: "“\(text)”不是金额", en: "“\(text)” is not an amount")
            return nil
        }
        guard let money = Money(exactly: number) else {
            issue(part, index, column, zh: "金额 \(text) 须以元为单位、精确到分", en: "the amount \(text) must be in yuan, exact to the fen")
            return nil
        }
        return money
    }

    mutating func lookup<T>(_ text: String, _ names: [(String, T)], _ part: InputPart, _ index: Int?, _ column: String) -> T? {
        if let match = names.first(where: { Self.same($0.0, text) }) { return match.1 }
        let allowed = names.map(\.0).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(8).joined(separator: "、")
        issue(part, index, column, zh: "无法识别“\(text)”，应为 \(allowed) 之一", en: "cannot read “\(text)”: expected one of \(allowed)")
        return nil
    }
}

extension BudgetWorkbookReader {
    mutating func rowsByPart(_ part: InputPart, _ sheetRows: [Int]) { rows[part] = sheetRows }
}
