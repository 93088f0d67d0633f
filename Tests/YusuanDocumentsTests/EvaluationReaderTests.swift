import Testing
import YusuanCore
import YusuanDocuments
import YusuanTestSupport

/// Seed 004 ends with a 绩效评价 of 城市交通发展奖励资金: 决策 20 + 管理 20 + 绩效 58 = 98, 优.
@Suite struct EvaluationReaderTests {
    static func seed() throws -> Evaluation {
        let document = DocumentReader(catalogues: SelfEvaluationReaderTests.catalogues).read(text: try Fixtures.seed(4), file: "004")
        return try #require(EvaluationReader.read(document))
    }

    @Test func readsTheScoresTotalAndGrade() throws {
        let evaluation = try Self.seed()
        #expect(evaluation.projectName == "城市交通发展奖励资金")
        #expect(evaluation.criteria.map(\.name) == ["项目决策", "项目管理", "项目绩效"])
        #expect(evaluation.criteria.map(\.dimension) == [.decision, .process, .performance])
        #expect(evaluation.criteria.map(\.weight) == [20, 20, 60])
        #expect(evaluation.criteria.map(\.score) == [20, 20, 58])
        #expect(evaluation.total == 98)
        #expect(evaluation.grade == .excellent)
        #expect(evaluation.statedTotal == 98 && evaluation.statedGrade == .excellent && evaluation.statedResultType == "A")
        #expect(evaluation.problems.isEmpty)
    }

    @Test func readsTheSubcriteria() throws {
        let evaluation = try Self.seed()
        #expect(evaluation.criteria[0].subcriteria.map(\.name) == ["项目目标", "决策过程", "资金分配"])
        #expect(evaluation.criteria[0].subcriteria[0].subcriteria.map(\.name) == ["项目立项规范", "绩效目标合理", "绩效指标明确"])
        #expect(evaluation.criteria[1].subcriteria.map(\.name) == ["投入管理", "资金管理", "项目实施"])
        #expect(evaluation.criteria[1].subcriteria[0].subcriteria.map(\.name) == ["资金到位率", "到位及时率"])
        #expect(evaluation.criteria[2].subcriteria.map(\.name) == ["项目产出", "项目效益"])
        let benefit = evaluation.criteria[2].subcriteria[1].subcriteria
        #expect(benefit.map(\.name) == ["经济效益", "服务对象满意度"])
        #expect(benefit.map(\.finding) == ["100%", "100%"])
    }

    @Test func aWrongStatedGradeOrTotalIsAProblem() throws {
        var evaluation = try Self.seed()
        evaluation.criteria[2].score = 48
        #expect(evaluation.total == 88 && evaluation.grade == .good)
        #expect(evaluation.problems.count == 2, "the stated 98 and 优 no longer hold")
        evaluation.criteria[0].score = 21
        #expect(evaluation.problems.contains { $0.zh.contains("项目决策") })
    }

    @Test func readsScoresWithoutAnOutline() {
        let evaluation = EvaluationReader.read([
            "1. 项目决策设定分值 15 分，评价实得分 12.5 分。", "2. 项目过程设定分值 25 分，评价实得分 20 分。",
            "3. 项目产出设定分值 30 分，评价实得分 25 分。", "4. 项目效益设定分值 30 分，评价实得分 22 分。",
        ])
        #expect(evaluation?.criteria.map(\.dimension) == [.decision, .process, .output, .outcome])
        #expect(evaluation?.total == DecimalNumber("79.5"))
        #expect(evaluation?.grade == .fair)
        #expect(EvaluationReader.read(["项目立项规范。"]) == nil)
    }
}
