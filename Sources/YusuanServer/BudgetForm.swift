import YusuanCore
import YusuanReports

/// The budget facts' edit form: one row of inputs per line (repeated field names, in order),
/// plus 三公经费 and 机关运行经费. Amounts are typed in 元. A row left without code and amount
/// is dropped, which is how a line is deleted and why the form ends with blank rows to add.
enum BudgetForm {
    static let blankRows = 3

    /// The template's model: rows with every choice marked, and the issues by row. `typed`
    /// holds amounts as typed where they could not be read (by `typedKey`), so the form shows
    /// them, not the zero the input holds in their place.
    static func model(_ input: BudgetInput, issues: [InputIssue], typed: [String: String] = [:]) -> [String: Any] {
        let byRow = Dictionary(grouping: issues.filter { $0.field?.part == .lines }, by: { $0.field?.index ?? -1 })
        var rows: [[String: Any]] = input.lines.enumerated().map { index, line in
            row(number: index + 1, function: line.function, economic: line.economic ?? "", kind: line.kind, source: line.source,
                origin: line.origin, use: line.use, project: line.project ?? "",
                amount: typed[typedKey("amount", index)] ?? line.amount.yuan.description,
                issues: byRow[index] ?? [])
        }
        for extra in 0..<blankRows {
            rows.append(row(number: input.lines.count + extra + 1, function: "", economic: "", kind: nil, source: .generalPublicBudget,
                            origin: .currentYear, use: .expenditure, project: "", amount: "", issues: []))
        }
        let other = issues.filter { $0.field?.part != .lines }
        let three = input.threePublic
        return [
            "rows": rows,
            "otherIssues": other.map(message),
            "errorCount": issues.filter { $0.severity == .error }.count,
            "warningCount": issues.filter { $0.severity == .warning }.count,
            "hasErrors": issues.contains { $0.severity == .error }, "hasWarnings": issues.contains { $0.severity == .warning },
            "overseasTravel": typed["overseasTravel"] ?? three.overseasTravel.yuan.description,
            "vehiclePurchase": typed["vehiclePurchase"] ?? three.vehiclePurchase.yuan.description,
            "vehicleOperation": typed["vehicleOperation"] ?? three.vehicleOperation.yuan.description,
            "reception": typed["reception"] ?? three.reception.yuan.description,
            "agencyOperatingCost": typed["agencyOperatingCost"] ?? input.agencyOperatingCost?.yuan.description ?? "",
        ]
    }

    /// The key of a repeated field's typed text in `model`'s `typed`.
    static func typedKey(_ field: String, _ index: Int) -> String { "\(field).\(index)" }

    /// The input with the form's lines and figures; issues for what could not be read (an
    /// amount that is not a number, a choice that is not one), and those amounts as typed.
    static func apply(_ form: FormFields, to original: BudgetInput) -> (BudgetInput, [InputIssue], typed: [String: String]) {
        var input = original
        var issues: [InputIssue] = []
        var typed: [String: String] = [:]
        let functions = form.all("function"), economics = form.all("economic"), kinds = form.all("kind")
        let sources = form.all("source"), origins = form.all("origin"), uses = form.all("use")
        let projects = form.all("project"), amounts = form.all("amount")
        var lines: [InputLine] = []
        for index in functions.indices {
            func value(_ list: [String]) -> String { index < list.count ? list[index].trimmingCharacters(in: .whitespaces) : "" }
            let function = value(functions), amountText = value(amounts)
            if function.isEmpty && amountText.isEmpty { continue }
            let place = lines.count
            func problem(_ column: String, _ zh: String, _ en: String) {
                issues.append(InputIssue(.error, InputField(.lines, place, column), zh: zh, en: en))
            }
            let amount = money(amountText)
            if amount == nil {
                problem("amount", "金额“\(amountText)”不是精确到分的元数", "amount “\(amountText)” is not 元 to the 分")
                typed[typedKey("amount", place)] = amountText
            }
            let kindText = value(kinds)
            let kind = kindText.isEmpty ? nil : ExpenditureKind(rawValue: kindText)
            if !kindText.isEmpty && kind == nil { problem("kind", "支出类型“\(kindText)”不存在", "no kind “\(kindText)”") }
            guard let source = FundSource(rawValue: value(sources)) else {
                problem("source", "资金来源“\(value(sources))”不存在", "no source “\(value(sources))”")
                continue
            }
            let economic = value(economics)
            // A name typed for the old code would not fit a changed code: keep it only if the code stayed.
            let before = index < original.lines.count ? original.lines[index] : nil
            lines.append(InputLine(
                agency: before?.agency,
                function: function, functionName: before?.function == function ? before?.functionName : nil,
                economic: economic.isEmpty ? nil : economic,
                economicName: before?.economic == economic ? before?.economicName : nil,
                kind: kind, source: source, origin: FundOrigin(rawValue: value(origins)) ?? .currentYear,
                use: LineUse(rawValue: value(uses)) ?? .expenditure,
                project: value(projects).isEmpty ? nil : value(projects), amount: amount ?? .zero))
        }
        input.lines = lines
        var three = input.threePublic
        for (key, path) in [("overseasTravel", \ThreePublicExpenses.overseasTravel), ("vehiclePurchase", \.vehiclePurchase),
                            ("vehicleOperation", \.vehicleOperation), ("reception", \.reception)] {
            let text = (form[key] ?? "").trimmingCharacters(in: .whitespaces)
            if let amount = text.isEmpty ? .zero : money(text) {
                three[keyPath: path] = amount
            } else {
                issues.append(InputIssue(.error, InputField(.threePublic, nil, key), zh: "金额“\(text)”不是精确到分的元数",
                                         en: "amount “\(text)” is not 元 to the 分"))
                typed[key] = text
            }
        }
        input.threePublic = three
        let cost = (form["agencyOperatingCost"] ?? "").trimmingCharacters(in: .whitespaces)
        if cost.isEmpty {
            input.agencyOperatingCost = nil
        } else if let amount = money(cost) {
            input.agencyOperatingCost = amount
        } else {
            issues.append(InputIssue(.error, InputField(.otherFigures, nil, "agencyOperatingCost"),
                                     zh: "金额“\(cost)”不是精确到分的元数", en: "amount “\(cost)” is not 元 to the 分"))
            typed["agencyOperatingCost"] = cost
        }
        return (input, issues, typed)
    }

    private static func money(_ text: String) -> Money? {
        DecimalNumber(text.replacingOccurrences(of: ",", with: "")).flatMap { Money(exactly: $0) }
    }

    private static func row(number: Int, function: String, economic: String, kind: ExpenditureKind?, source: FundSource,
                            origin: FundOrigin, use: LineUse, project: String, amount: String, issues: [InputIssue]) -> [String: Any] {
        [
            "number": number, "function": function, "economic": economic, "project": project, "amount": amount,
            "kinds": [["value": "", "name": "—（结余）", "selected": kind == nil]]
                + ExpenditureKind.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == kind] },
            "sources": FundSource.allCases.map { ["value": $0.rawValue, "name": $0.chineseName, "selected": $0 == source] },
            "origins": [["value": "currentYear", "name": "当年", "selected": origin == .currentYear],
                        ["value": "priorYearCarryover", "name": "上年结转", "selected": origin == .priorYearCarryover]],
            "uses": [["value": "expenditure", "name": "支出", "selected": use == .expenditure],
                     ["value": "yearEndBalance", "name": "年终结转结余", "selected": use == .yearEndBalance]],
            "issues": issues.map(message), "hasIssues": !issues.isEmpty,
            "hasError": issues.contains { $0.severity == .error },
        ]
    }

    private static func message(_ issue: InputIssue) -> [String: Any] {
        ["place": issue.field.map { InputPlaces.json.describe($0, .zh) } ?? "", "zh": issue.message.zh, "en": issue.message.en,
         "error": issue.severity == .error]
    }
}
