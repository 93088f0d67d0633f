import YusuanCore

/// `1. 项目决策设定分值 20 分，评价实得分 20 分。`: a criterion's weight and score.
struct EvaluationScoreLine {
    var name: String
    var weight: DecimalNumber
    var score: DecimalNumber

    init?(_ text: String) {
        guard let weightRange = text.range(of: "设定分值") ?? text.range(of: "分值为"),
              let scoreRange = text.range(of: "实得分") ?? text.range(of: "得分为", range: weightRange.upperBound..<text.endIndex),
              let weight = Self.firstNumber(in: text[weightRange.upperBound...]),
              let score = Self.firstNumber(in: text[scoreRange.upperBound...]) else { return nil }
        let name = EvaluationOutline.strippingNumber(String(text[..<weightRange.lowerBound]))
        guard !name.isEmpty else { return nil }
        self.name = name
        self.weight = weight
        self.score = score
    }

    /// The first decimal number in the text (`20`, `58.5`).
    static func firstNumber(in text: Substring) -> DecimalNumber? {
        guard let start = text.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let digits = text[start...].prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        return DecimalNumber(digits.hasSuffix(".") ? String(digits.dropLast()) : String(digits))
    }
}
