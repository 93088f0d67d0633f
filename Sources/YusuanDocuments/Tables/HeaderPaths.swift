/// The header cells above each grid column, top first. A header cell spans to the right
/// over empty cells while the rows below it carry sub-headers there: that is how merged
/// group headers (`支出预算` over `合计 基本支出 项目支出`) survive extraction.
enum HeaderPaths {
    static func paths(_ rows: [[Int: String]], columnCount: Int) -> [[String]] {
        var paths = Array(repeating: [String](), count: columnCount)
        for (rowIndex, row) in rows.enumerated() {
            let below = rows.dropFirst(rowIndex + 1)
            var owner: (column: Int, text: String)?
            for column in 0..<columnCount {
                if let text = row[column], !text.isEmpty {
                    owner = (column, text)
                    paths[column].append(text)
                } else if let owner, below.contains(where: { !($0[column] ?? "").isEmpty }) {
                    paths[column].append(owner.text)
                }
            }
        }
        return paths
    }
}
