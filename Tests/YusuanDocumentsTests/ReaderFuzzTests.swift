import Foundation
import Testing
import YusuanCore
import YusuanTestSupport
@testable import YusuanDocuments

/// Broken, truncated, shuffled and random input never crashes the reader: it reads what
/// it can and reports the rest, or refuses the file with a clear error.
@Suite struct ReaderFuzzTests {
    let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds = (0...4).compactMap { try? Fixtures.seed($0) }
    static let garbage = ["", "—", "-", "1,2,3", "9999999999999999999999999999999999999999", "合计", "小计", "表", "2080505",
                          "208", "05", "(", ")", "%", "100%", "-0.00", "单位：万元", "编制部门：", "<b>", "**", "\u{0C}",
                          "１２．３", "项目支出绩效目标表", "收 入", "支 出", "\t\t\t", "上年结转", "备注："]

    @Test func truncatedDocumentsRead() {
        var random = Generator(state: 1)
        for text in Self.seeds {
            let characters = Array(text)
            for _ in 0..<25 {
                let end = Int.random(in: 0...characters.count, using: &random)
                _ = reader.read(text: String(characters[..<end]), file: "truncated")
            }
        }
    }

    @Test func shuffledLinesRead() {
        var random = Generator(state: 2)
        for text in Self.seeds {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for _ in 0..<10 {
                lines.shuffle(using: &random)
                let document = reader.read(text: lines.joined(separator: "\n"), file: "shuffled")
                for problem in document.unrecognized { #expect(problem.location.line > 0) }
            }
        }
    }

    @Test func garbageCellsRead() {
        var random = Generator(state: 3)
        for text in Self.seeds {
            for _ in 0..<10 {
                let mangled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                        Int.random(in: 0..<6, using: &random) == 0 ? Self.garbage.randomElement(using: &random)! : String(cell)
                    }.joined(separator: "\t")
                }.joined(separator: "\n")
                _ = reader.read(text: mangled, file: "mangled")
            }
        }
    }

    @Test func randomTextReads() {
        var random = Generator(state: 4)
        let alphabet = Array("表一二三合计小计单位万元元 　\t\n0123456789.,-%()（）：:类款项收支总计预算208050") + Self.garbage.map { Character(String($0.first ?? " ")) }
        for _ in 0..<200 {
            let length = Int.random(in: 0..<600, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            _ = reader.read(text: text, file: "random")
        }
    }

    @Test func randomBytesAreReadOrRefused() {
        var random = Generator(state: 5)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            do {
                _ = try reader.read(data: Data(bytes), file: "bytes")
            } catch {
                #expect(!error.zh.isEmpty && !error.en.isEmpty)
            }
        }
        #expect(throws: DocumentReadError.binary) { _ = try reader.read(data: Data([0, 1, 2, 3, 0, 0]), file: "nul") }
        #expect(throws: DocumentReadError.empty) { _ = try reader.read(data: Data("  \n\u{0C}\n".utf8), file: "blank") }
    }

    @Test func gb18030TextReads() throws {
        // 部门预算 in GB18030.
        let bytes: [UInt8] = [0xB2, 0xBF, 0xC3, 0xC5, 0xD4, 0xA4, 0xCB, 0xE3]
        #expect(try TextDecoding.decode(Data(bytes)) == "部门预算")
        #expect(throws: DocumentReadError.encoding) { _ = try TextDecoding.decode(Data([0xFF, 0xFE, 0xFF, 0x41])) }
    }
}
