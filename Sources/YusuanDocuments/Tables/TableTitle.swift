import YusuanCore

/// A table's title line: what kind of table it announces, whatever the province calls it
/// (`表一：部门收支总体情况表`, `预算01表 收支总表`, `2026年预算单位财务收支预算总表`,
/// `公开表3 支出总体情况表`, `附表-5-1 一般公共预算支出表(分功能科目)`).
public struct TableTitle: Sendable, Hashable {
    public var kind: TableKind
    /// The title without its number and year prefix (`部门收支总体情况表`).
    public var title: String
    /// The number printed with it (`表一`, `预算01表`, `附表-1`).
    public var number: String?
    public var fiscalYear: Int?

    /// Reads a title line; nil when the text does not end like a table's title.
    public static func parse(_ line: String) -> TableTitle? {
        guard line.unicodeScalars.contains("表") else { return nil }
        var text = TextNormalization.removingSpaces(TextNormalization.halfWidth(line))
        text = text.replacingAll("“", with: "").replacingAll("”", with: "")
            .replacingOccurrences(of: "\"", with: "").replacingAll("‘", with: "").replacingAll("’", with: "")
        guard text.count >= 3, text.count <= 70 else { return nil }
        // A title ends in 表, optionally followed by a qualifier in brackets (`(分功能科目)`, `(续)`).
        var core = Substring(text)
        while core.last == ")" || core.last == "）", let open = core.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            core = core[..<open]
        }
        while let last = core.last, last == ":" || last == "。" || last == "." { core = core.dropLast() }
        guard core.hasSuffix("表") || core.hasSuffix("表:"), !core.includes("见附表"), !core.includes("详见") else { return nil }
        // A number on its own (`公开01表`) or a part heading (`第三部分 …决算表`) is no title.
        if LineShapes.isTableNumber(text) != nil || text.hasPrefix("第") && text.includes("部分") { return nil }
        var number: String?
        var rest = text
        if let (prefix, remainder) = splitNumber(rest) {
            number = prefix
            rest = remainder
        }
        var year: Int?
        if rest.count > 5, let digits = Int(rest.prefix(4)), (2000...2100).contains(digits), rest.dropFirst(4).first == "年" {
            year = digits
            rest = String(rest.dropFirst(5))
            if rest.hasPrefix("度") { rest.removeFirst() }
        }
        guard rest.count >= 3, !rest.includes("。"), !rest.includes("，") else { return nil }
        return TableTitle(kind: kind(of: rest), title: rest, number: number, fiscalYear: year)
    }

    /// A leading table number: `表一：`, `表1.`, `表10:`, `附表-5-1`, `预算01表`, `预算表12`,
    /// `公开表3`, `一、`, `（一）`, `1、`, `9.`.
    static func splitNumber(_ text: String) -> (String, String)? {
        let characters = Array(text)
        var index = 0
        func take(while predicate: (Character) -> Bool) { while index < characters.count, predicate(characters[index]) { index += 1 } }
        let chineseDigits: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "廿"]
        let separators: Set<Character> = [":", "、", ".", "．", "-", "－", " "]
        for prefix in ["附表", "公开表", "预算表", "预算", "表"] where text.hasPrefix(prefix) {
            index = prefix.count
            let digitsStart = index
            take { $0.isNumber || chineseDigits.contains($0) || $0 == "-" || $0 == "－" }
            // `表五一般公共预算支出表` is 表五: a title word may begin with a numeral.
            while index > digitsStart + 1, ["一般", "三公"].contains(where: { String(characters[(index - 1)...]).hasPrefix($0) }) {
                index -= 1
            }
            guard index > digitsStart else { continue }
            if index < characters.count, characters[index] == "表" { index += 1 }
            let number = String(characters[..<index]).trimmingCharacters(in: ["-", "－"])
            take { separators.contains($0) }
            return index < characters.count ? (number, String(characters[index...])) : nil
        }
        // Outline numbering: `一、`, `（一）`, `(1)`, `1、`, `9.`.
        if characters.first == "(" || characters.first == "（" {
            index = 1
            take { $0.isNumber || chineseDigits.contains($0) }
            guard index > 1, index < characters.count, characters[index] == ")" || characters[index] == "）" else { return nil }
            index += 1
        } else {
            take { $0.isNumber || chineseDigits.contains($0) }
            guard index > 0, index < characters.count, separators.contains(characters[index]) else { return nil }
            // A year is not a number: `2026年…` never reaches here, `2026.` might.
            if index == 4, Int(String(characters[..<4])) != nil { return nil }
        }
        let number = String(characters[..<index])
        take { separators.contains($0) }
        return index < characters.count ? (number, String(characters[index...])) : nil
    }

    /// The kind a title names, by the words provinces use for each table.
    static func kind(of title: String) -> TableKind {
        func has(_ words: String...) -> Bool { words.allSatisfy { title.includes($0) } }
        if has("自评") { return .selfEvaluation }
        if has("绩效目标") || has("绩效表") {
            return title.includes("整体") ? .agencyPerformanceTargets : .performanceTargets
        }
        if has("编审表") { return .reviewSheet }
        if has("项目基本信息") { return .projectInformation }
        if has("转移支付") { return .transferPayments }
        if has("政府采购") { return .procurement }
        if has("购买服务") { return .purchasedServices }
        if has("三公") { return .threePublicExpenses }
        if has("政府性基金") { return .governmentFundExpenditure }
        if has("国有资本经营") { return .stateCapitalExpenditure }
        if has("财政拨款", "收") && (has("收支") || has("收入支出")) { return .fiscalAppropriationSummary }
        if has("收支") || has("收入支出") { return .revenueExpenditureSummary }
        if has("一般公共预算") {
            if has("基本支出") { return .generalPublicBasicExpenditure }
            if has("项目支出") { return .generalPublicProjectExpenditure }
            if has("经济分类") { return .generalPublicEconomicExpenditure }
            return .generalPublicExpenditure
        }
        if has("基本支出") { return .basicExpenditure }
        if has("项目支出") || has("专项业务经费") || has("专项资金") { return .projectExpenditure }
        if has("收入") { return .revenueSummary }
        if has("支出") { return .expenditureSummary }
        return .unknown
    }
}
