import Foundation
import Testing
import YusuanCore
@testable import YusuanDocuments

/// The narrative reader never crashes, whatever the text: random strings from the characters
/// it cares about, and every truncation of real sentences.
@Suite struct NarrativeReaderFuzzTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "0", "1", "2", "5", "9", "2021", "2021年", "年度", ".", ",", "，", "。", "；", "：", ":", "、", "%", "％", "１", "２０",
        "．", "万元", "元", "亿元", "万", "人", "个", "台（套）", "（", "）", "(", ")", "占", "占比", "比上年", "较", "同比",
        "增加", "减少", "增长", "下降了", "与上年", "相比", "持平", "无变化", "一致", "其中", "包括", "为", "预算数为", "合计",
        "一般公共预算", "基本支出", "（类）", "1.", "（一）", "一、", "监督站", " ", "  ", "\t", "-", "—", "+", "m2", "第",
        "月", "日", "原因是", "的", "和", "本单位", "e\u{301}", "🇨🇳", "\u{3000}", "“", "”", "平方米", "分", "号", "~",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...40, using: &generator)
        return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Checks what must hold of any output: locations come from the paragraph, texts are not empty.
    static func check(_ statements: [Statement], of paragraphs: [NarrativeParagraph]) {
        let lines = Set(paragraphs.flatMap { $0.lineStarts.map(\.location) })
        for statement in statements {
            #expect(lines.contains(statement.location))
            #expect(!statement.text.isEmpty)
        }
    }

    @Test func randomStringsDoNotCrash() {
        var generator = SeededGenerator(state: 20_260_101)
        for round in 0..<3_000 {
            let text = Self.randomText(&generator)
            // Split the text at random offsets into lines, as a joined paragraph would be.
            let count = text.count
            var offsets = Set([0])
            for _ in 0..<Int.random(in: 0...3, using: &generator) where count > 0 {
                offsets.insert(Int.random(in: 0..<count, using: &generator))
            }
            let starts = offsets.sorted().enumerated().map {
                NarrativeParagraph.LineStart(offset: $0.element, location: SourceLocation(line: round * 10 + $0.offset + 1))
            }
            let paragraph = NarrativeParagraph(text: text, lineStarts: starts)
            let names = round % 3 == 0 ? ["监督站", "", " "] : []
            Self.check(NarrativeReader.statements(in: [paragraph], agencyNames: names), of: [paragraph])
        }
    }

    @Test func everyTruncationOfRealSentencesReads() throws {
        let sentences = [
            "1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：2021 年预算数为 20.18 万元，比上年预算减少 0.28 万元，下降 1.37%，主要原因是：1 名参公人员退休，机关养老保险缴费减少。",
            "公务用车购置及运行维护费0万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费0万元，比上年增加0万元。）比上年增加0万元，增长0%",
            "截至2025年12月24日，本部门固定资产金额522,897.93万元，分布构成情况为：房屋457,664.41平方米，车辆0辆，单价在100万元以上的设备39台等。",
            "市客管处 2024 年“三公”经费预算 0 万元，占预算总额的 0%，比上年减少 8.1 万元，下降 100%，与 2025 年预算持平。",
        ]
        for sentence in sentences {
            let characters = Array(sentence)
            for end in 0...characters.count {
                for start in stride(from: 0, through: end, by: 7) {
                    let text = String(characters[start..<end])
                    let paragraph = NarrativeParagraph(text: text, location: SourceLocation(line: 1))
                    Self.check(NarrativeReader.statements(in: [paragraph], agencyNames: ["市客管处"]), of: [paragraph])
                }
            }
        }
    }

    @Test func degenerateParagraphs() {
        let empty = NarrativeParagraph(text: "收入 5 万元", lineStarts: [])
        let statements = NarrativeReader.statements(in: [empty])
        #expect(statements.count == 1 && statements.first?.location.line == 0)
        #expect(NarrativeReader.statements(in: []).isEmpty)
        let long = NarrativeParagraph(text: String(repeating: "9", count: 500) + "万元，" + String(repeating: "（", count: 300),
                                      location: SourceLocation(line: 1))
        #expect(NarrativeReader.statements(in: [long]).isEmpty, "a 500-digit run is no amount")
    }
}
