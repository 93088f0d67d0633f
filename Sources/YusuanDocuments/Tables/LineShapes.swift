import YusuanCore

/// What single lines look like: the tests the segmenter and the table parsers share.
enum LineShapes {
    /// `单位：万元`, `单位:元`, `金额单位：万元` anywhere in the line.
    static func moneyScale(in text: String) -> MoneyScale? {
        guard text.includes("元") else { return nil }
        let compact = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        // `编制单位:…单位:元`: every `单位:` is tried, the one naming a unit wins.
        var searchStart = compact.startIndex
        while let range = compact.utf8Range(of: "单位:", from: searchStart) {
            let after = compact[range.upperBound...]
            for (label, scale) in [("亿元", MoneyScale.hundredMillionYuan), ("万元", .tenThousandYuan), ("元", .yuan)]
            where after.hasPrefix(label) {
                return scale
            }
            searchStart = range.upperBound
        }
        if compact.includes("(万元)") { return .tenThousandYuan }
        return nil
    }

    /// Whether the line is a header line naming the agency, even with the name left blank
    /// (`部门名称(盖章):`).
    static func isAgencyLine(_ text: String) -> Bool {
        guard text.includes("单位") || text.includes("部门") else { return false }
        let compact = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        return agencyMarkers.contains { marker in
            guard let range = compact.utf8Range(of: marker) else { return false }
            let rest = compact[range.upperBound...].drop { $0 == "(" || $0 == "盖" || $0 == "章" || $0 == ")" }
            return rest.first == ":" && range.lowerBound == compact.startIndex
        }
    }

    static let agencyMarkers = ["编制部门", "编制单位", "部门/单位", "部门(单位)", "预算单位", "单位名称", "部门名称", "填报单位"]

    /// The agency a table header names: `编制部门：X`, `编制单位：X`, `部门/单位：X`,
    /// `预算单位：X`, `单位名称：X`, `部门名称：X` (up to a following `单位：` on the same line).
    static func agency(in text: String) -> String? {
        guard text.includes("单位") || text.includes("部门") || text.includes("主管") else { return nil }
        let compact = TextNormalization.halfWidth(text)
        // `部门名称      北京市信访办公室`: a label cell followed by the name's cell.
        let cells = compact.includes("名称") || compact.includes("预算单位") || compact.includes("主管部门")
            ? TextLines.cells(of: compact) : []
        if let label = cells.firstIndex(where: { ["部门名称", "单位名称", "预算单位", "部门(单位)名称", "主管部门", "预算单位名称"]
                .contains(TextNormalization.removingSpaces($0.text)) }), label + 1 < cells.count,
           cells.count <= 4, cells[label + 1].text.count >= 3,
           DocumentHeading.agencySuffixes.contains(where: { cells[label + 1].text.hasSuffix($0) }),
           (try? AmountText.parse(cells[label + 1].text))?.value == nil {
            return cells[label + 1].text
        }
        for marker in agencyMarkers {
            guard let range = compact.utf8Range(of: marker) else { continue }
            var rest = compact[range.upperBound...].drop { $0 == " " || $0 == "(" }
            if rest.hasPrefix("盖章)") { rest = rest.dropFirst(3) }
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst()
            var name = String(rest)
            if let unit = name.utf8Range(of: "金额单位") ?? name.utf8Range(of: "单位:") ?? name.utf8Range(of: "单位：") {
                name = String(name[..<unit.lowerBound])
            }
            name = TextNormalization.trimmed(name.split(separator: "\t").first.map(String.init) ?? "")
            // Layout text: the name ends where a run of spaces begins.
            if let gap = name.utf8Range(of: "  ") { name = String(name[..<gap.lowerBound]) }
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// A line that only carries a table's number: `表一：`, `附表-1`, `公开表3`.
    static func isTableNumber(_ text: String) -> String? {
        guard text.utf8.count <= 80, text.includes("表") else { return nil }
        let compact = TextNormalization.removingSpaces(TextNormalization.halfWidth(Markup.clean(text)))
            .trimmingCharacters(in: [":", "："])
        guard compact.count <= 10, compact.includes("表"), !compact.hasSuffix("总表") else { return nil }
        // `一般` is a word, not a numeral: `一般公共预算支出表` is a title.
        let digits = compact.replacingOccurrences(of: "一般", with: "").filter { $0.isNumber || "一二三四五六七八九十-".contains($0) }
        guard !digits.isEmpty else { return nil }
        // After a number's prefix, nothing but the number: `表九 项目支出表` is a title.
        guard let prefix = ["附表", "公开表", "公开", "预算表", "预算", "表"].first(where: compact.hasPrefix) else { return compact }
        let words = compact.dropFirst(prefix.count).filter { !($0.isNumber || "一二三四五六七八九十廿-－.、".contains($0)) }
        return words.isEmpty || words == "表" ? compact : nil
    }

    /// A 备注 / 注 / 说明 line under a table.
    static func isNote(_ text: String) -> Bool {
        guard text.includes("注") || text.includes("说明") else { return false }
        let compact = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        return ["备注:", "注:", "说明:", "备注", "注1", "注："].contains { compact.hasPrefix($0) } && !compact.hasPrefix("注册")
    }

    /// A 栏次 row: `** ** 1 2 3`, `类 款 项 栏次 1 2`, or only asterisks.
    static func isColumnNumbering(_ cells: [String]) -> Bool {
        var numbers: [Int] = []
        for cell in cells {
            let text = TextNormalization.removingSpaces(TextNormalization.halfWidth(cell))
            if text.allSatisfy({ $0 == "*" }) || ["栏次", "行次", "类", "款", "项", "甲", "乙", "丙"].contains(text) { continue }
            guard let number = Int(text) else { return false }
            numbers.append(number)
        }
        guard let first = numbers.first else { return !cells.isEmpty }
        return first <= 1 && numbers == Array(first..<(first + numbers.count))
    }

    /// Prose: a sentence of the narrative rather than a cell of a table.
    static func isProse(_ line: SourceLine) -> Bool {
        guard line.cells.count <= 1, let text = line.cells.first?.text else { return false }
        return text.includes("。") || text.count >= 45 || isSectionHeading(text)
    }

    /// `第三部分 …`, `三、关于…说明`, `（四）预算绩效情况`-style headings of the narrative.
    static func isSectionHeading(_ text: String) -> Bool {
        guard text.includes("说明") || text.includes("部分") else { return false }
        let compact = TextNormalization.removingSpaces(Markup.clean(text))
        if compact.hasPrefix("第"), compact.includes("部分") { return true }
        return compact.includes("说明") && !compact.hasSuffix("表") && compact.count < 60
            && (compact.first.map { "一二三四五六七八九十(（".contains($0) } ?? false)
    }

    /// Page furniture: `- 12 -`, `第 3 页`, `3`, `共 12 页`.
    static func isPageFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let compact = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        if compact.isEmpty { return false }
        if compact.allSatisfy({ $0.isNumber || "-—–·".contains($0) }) && compact.count <= 6 { return true }
        return (compact.hasPrefix("第") || compact.hasPrefix("共")) && compact.hasSuffix("页") && compact.count <= 10
    }
}
