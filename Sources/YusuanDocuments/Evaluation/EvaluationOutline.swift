import YusuanCore

/// A paragraph's place in a 绩效评价's outline.
enum EvaluationOutline: Equatable {
    /// `（一）项目决策`: a first-level criterion.
    case dimension(String, EvaluationDimension)
    /// `1. 项目目标`, `1、项目产出`: a second-level criterion.
    case group(String)
    /// `（1）项目立项规范。项目是…`: a third-level criterion and what is said of it.
    case item(String, String?)
    /// `三、取得的主要经验及做法`: a chapter, which ends the outline.
    case chapter
    case prose

    /// Headings are short; a long line that starts with a number is prose.
    static let headingLength = 16

    init(_ text: String) {
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let chars = Array(text)
        guard let first = chars.first else {
            self = .prose
            return
        }
        if first == "(" || first == "（" {
            let inner = chars.dropFirst().prefix { numerals.contains($0) || ($0.isASCII && $0.isNumber) }
            let after = 1 + inner.count
            guard !inner.isEmpty, after < chars.count, chars[after] == ")" || chars[after] == "）" else {
                self = .prose
                return
            }
            let rest = TextNormalization.trimmed(String(chars[(after + 1)...]))
            if numerals.contains(inner.first!) {
                if rest.count <= Self.headingLength, let dimension = EvaluationDimension(text: rest) {
                    self = .dimension(rest, dimension)
                } else {
                    self = .prose
                }
            } else {
                let (name, finding) = Self.splitName(rest)
                self = name.isEmpty ? .prose : .item(name, finding)
            }
            return
        }
        if numerals.contains(first) {
            let count = chars.prefix { numerals.contains($0) }.count
            self = count < chars.count && chars[count] == "、" ? .chapter : .prose
            return
        }
        if first.isASCII, first.isNumber {
            let count = chars.prefix { $0.isASCII && $0.isNumber }.count
            guard count < chars.count, [".", "、", "．"].contains(chars[count]) else {
                self = .prose
                return
            }
            let rest = TextNormalization.trimmed(String(chars[(count + 1)...]))
            self = !rest.isEmpty && rest.count <= Self.headingLength && !rest.includes("。") ? .group(rest) : .prose
            return
        }
        self = .prose
    }

    /// `项目立项规范。项目是…` → (`项目立项规范`, `项目是…`); `经济效益 100%` → (`经济效益`, `100%`).
    static func splitName(_ text: String) -> (String, String?) {
        let stops: Set<Character> = ["。", "：", ":", "，", ",", " "]
        guard let stop = text.firstIndex(where: stops.contains) else { return (text, nil) }
        let finding = TextNormalization.trimmed(text[text.index(after: stop)...])
        return (String(text[..<stop]), finding.isEmpty ? nil : finding)
    }

    /// The text without a leading `1.`, `1、`, `（一）`.
    static func strippingNumber(_ text: String) -> String {
        var rest = Substring(TextNormalization.trimmed(text))
        if rest.first == "(" || rest.first == "（", let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) {
            rest = rest[rest.index(after: close)...]
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, [".", "、", "．"].contains(mark) {
                rest = rest.dropFirst(digits.count + 1)
            }
        }
        return TextNormalization.trimmed(rest)
    }
}
