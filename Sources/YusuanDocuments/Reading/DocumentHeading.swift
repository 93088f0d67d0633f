import YusuanCore

/// The first lines of a document: its title, and the agency and year the title names
/// (`新疆…监督站 2021 年部门预算公开`, `上海市2026年市级单位预算` + `预算单位：上海市审计局`).
struct DocumentHeading {
    var title: String?
    var agency: String?
    var fiscalYear: Int?

    init(lines: [SourceLine], firstTable: Int) {
        var titleLines: [String] = []
        // A workbook's sheet names (line 0) are not part of its title.
        for line in lines.prefix(firstTable) where line.location.line > 0 {
            let text = TextNormalization.trimmed(line.cells.map(\.text).joined(separator: " "))
            if text.isEmpty { if titleLines.isEmpty { continue } else { break } }
            let compact = TextNormalization.removingSpaces(text)
            if compact == "目录" || LineShapes.agency(in: text) != nil || titleLines.count == 3 { break }
            titleLines.append(text)
        }
        if titleLines.isEmpty, let first = lines.first(where: { !$0.isBlank && $0.location.line > 0 }) {
            titleLines = [TextNormalization.trimmed(first.text)]
        }
        let joined = titleLines.joined()
        title = joined.isEmpty ? nil : TextNormalization.removingSpaces(joined)
        agency = lines.prefix(min(lines.count, max(firstTable, 12))).lazy.compactMap { LineShapes.agency(in: $0.text) }.first
        if let title {
            fiscalYear = Self.year(in: title)
            agency = agency ?? Self.agency(inTitle: title)
        }
    }

    /// The first `2021年`-style year in a text.
    static func year(in text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index + 4 < characters.count {
            let digits = String(characters[index..<index + 4])
            if digits.allSatisfy(\.isNumber), characters[index + 4] == "年", let year = Int(digits), (2000...2100).contains(year),
               index == 0 || !characters[index - 1].isNumber {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The agency a title names before or after its year.
    static func agency(inTitle title: String) -> String? {
        guard let year = year(in: title), let range = title.utf8Range(of: "\(year)年") else { return nil }
        var after = String(title[range.upperBound...])
        if after.hasPrefix("度") { after.removeFirst() }
        for kindWords in ["预算项目", "部门预算", "单位预算", "部门决算", "单位决算", "部门综合预算", "部门整体", "项目支出", "预算", "决算"] {
            if let found = after.utf8Range(of: kindWords) { after = String(after[..<found.lowerBound]); break }
        }
        let before = String(title[..<range.lowerBound])
        return [before, after].first { candidate in
            candidate.count >= 3 && agencySuffixes.contains { candidate.hasSuffix($0) }
        }
    }

    static let agencySuffixes = ["局", "处", "站", "委员会", "委", "办公室", "办", "中心", "院", "所", "队", "厅", "部", "署",
                                 "会", "馆", "校", "园", "公司", "政府", "(本级)", "（本级）", "(汇总)", "（汇总）"]
}
