/// Text normalisation shared by the performance vocabularies: forms print the same term
/// with full-width punctuation, spaces, a `一级指标：` prefix or a trailing `指标`.
enum PerformanceText {
    /// Half-width, without spaces or a trailing colon.
    static func key(_ text: String) -> String {
        var result = TextNormalization.removingSpaces(TextNormalization.halfWidth(text))
        while let last = result.last, last == ":" || last == "：" { result.removeLast() }
        return result
    }

    /// The term itself: `一级指标：产出指标` → `产出`, `数量指标` → `数量`.
    static func term(_ text: String) -> String {
        var result = key(text)
        for prefix in ["一级指标", "二级指标", "三级指标"] where result.hasPrefix(prefix) {
            result = String(result.dropFirst(prefix.count))
            while let first = result.first, first == ":" || first == "：" || first == "-" { result.removeFirst() }
        }
        // A leading outline number: `1.产出指标`, `（一）产出指标`, `一、产出指标`.
        result = stripOutlineNumber(result)
        if result.hasSuffix("指标") { result = String(result.dropLast(2)) }
        if result.hasSuffix("类") { result = String(result.dropLast()) }
        return result
    }

    private static func stripOutlineNumber(_ text: String) -> String {
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var rest = Substring(text)
        if rest.first == "(" || rest.first == "（" {
            let inner = rest.dropFirst().prefix { $0.isNumber || numerals.contains($0) }
            let after = rest.dropFirst(1 + inner.count)
            if !inner.isEmpty, let close = after.first, close == ")" || close == "）" { return String(after.dropFirst()) }
            return text
        }
        let head = rest.prefix { ($0.isASCII && $0.isNumber) || numerals.contains($0) }
        rest = rest.dropFirst(head.count)
        if !head.isEmpty, let mark = rest.first, mark == "、" || mark == "." || mark == "．" {
            return String(rest.dropFirst())
        }
        return text
    }
}
