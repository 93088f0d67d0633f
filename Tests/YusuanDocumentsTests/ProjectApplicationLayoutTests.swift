import Testing
import YusuanCore
@testable import YusuanDocuments

/// The same forms as another region or year prints them: other labels, other column
/// orders, headings in columns, tables without titles.
@Suite struct ProjectApplicationLayoutTests {
    static func read(_ rows: [[String]]) -> (application: ProjectApplication?, unrecognized: [Unrecognized]) {
        ProjectApplicationReader.read(TextLines.lines(from: rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")))
    }

    @Test func readsAnIndicatorTableWithHeadingColumns() throws {
        let (application, unrecognized) = Self.read([
            ["2024年项目支出绩效目标表"],
            ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "是否核心指标"],
            ["产出指标", "数量指标", "培训人次", "≥1,200", "人次", "是"],
            ["", "", "覆盖乡镇数", "＝12", "个", "否"],
            ["", "时效指标", "完成时限", "2024年12月底前", "", ""],
            ["效益指标", "生态效益指标", "森林覆盖率", "不低于 65%", "", ""],
            ["", "可持续影响指标", "长效管护机制", "健全", "", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", ">=95", "%", ""],
        ])
        #expect(unrecognized.isEmpty, "\(unrecognized)")
        let indicators = try #require(application?.target.indicators)
        #expect(indicators.map(\.name) == ["培训人次", "覆盖乡镇数", "完成时限", "森林覆盖率", "长效管护机制", "群众满意度"])
        #expect(indicators.map(\.tier) == [.output, .output, .output, .outcome, .outcome, .satisfaction])
        #expect(indicators.map(\.category) == [.quantity, .quantity, .timeliness, .ecologicalBenefit, .sustainability,
                                                .serviceSatisfaction])
        #expect(indicators.map(\.comparator) == [.atLeast, .equal, nil, .atLeast, nil, .atLeast])
        #expect(indicators.map(\.targetValue.number) == [1200, 12, nil, 65, nil, 95])
        #expect(indicators.map { $0.unit?.kind } == [.count, .count, nil, .percent, nil, .percent])
        #expect(indicators.map(\.isCore) == [true, false, nil, nil, nil, nil])
    }

    @Test func readsTablesWithoutTitlesByTheirHeaders() throws {
        let (read, unrecognized) = Self.read([
            ["项目名称", "乡村道路养护", "项目编码", "P2024-001"],
            ["项目类别", "特定目标类", "项目实施年度", "2024年"],
            ["支出功能分类科目", "[2140106]公路养护"],
            ["申请金额（万元）", "资金来源", "2024年度"],
            ["", "合计", "150.50"],
            ["", "本级财政安排", "150.50"],
            ["项目单位名称", "某县交通运输局", "项目单位联系人", "张三"],
            ["财年", "目标"],
            ["2024", "完成道路养护120公里"],
            ["指标名称", "指标性质", "指标值", "度量单位"],
            ["产出指标"],
            ["数量指标"],
            ["养护里程", "≥", "120", "公里"],
            ["编审要点", "", "部门自评", "财政评审", "财政评审意见"],
            ["一、项目目标（30分）"],
            ["（1）项目依据是否充分（10分）", "", "9", "8", "依据较充分"],
            ["（2）项目目标是否明确（20分）"],
            ["简述", "目标明确", "20", "15"],
            ["总分", "", "29", "23"],
        ])
        #expect(unrecognized.isEmpty, "\(unrecognized)")
        let application = try #require(read)
        let project = application.project
        #expect(project.name == "乡村道路养护")
        #expect(project.primaryCode == "P2024-001")
        #expect(project.category == .specificPurpose)
        #expect(project.implementationYear == 2024)
        #expect(project.functionCode == FunctionCode("2140106"))
        #expect(project.functionName == "公路养护")
        #expect(project.funding(year: 2024, .localFiscal) == Money(yuan: 1_505_000), "万元 from the label")
        #expect(project.implementingAgency.name == "某县交通运输局")
        #expect(project.implementingAgency.manager == "张三")
        #expect(application.target.yearGoals.map(\.goal) == ["完成道路养护120公里"])
        let road = try #require(application.target.indicators.first)
        #expect(road.tier == .output && road.category == .quantity && road.comparator == .atLeast)
        #expect(road.unit?.kind == .length)
        let sheet = try #require(application.reviewSheets.first)
        #expect(sheet.sections.first?.weight == 30)
        #expect(sheet.leaves.map(\.selfScore) == [9, 20])
        #expect(sheet.leaves.map(\.bureauScore) == [8, 15])
        #expect(sheet.leaves.first?.comment == "依据较充分")
        #expect(sheet.computedBureauScore() == sheet.statedTotal(.overall)?.bureauScore)
    }

    @Test func reportsWhatItCannotPlace() throws {
        let (application, unrecognized) = Self.read([
            ["这是一段说明文字，不属于任何表格。"],
            ["项目基本信息表"],
            ["项目名称", "测试项目"],
            ["随便写的一行", "没有标签"],
            ["项目实施年度", "明年"],
            ["申请金额(元)", "资金来源", "2024年"],
            ["", "合计", "1,2,3"],
        ])
        #expect(application?.project.name == "测试项目")
        #expect(unrecognized.map(\.location.line) == [1, 4, 5, 7])
        #expect(unrecognized.allSatisfy { !$0.reason.zh.isEmpty && !$0.reason.en.isEmpty })
        #expect(unrecognized[0].reason.en == "belongs to no table of the project application")
    }

    @Test func returnsNothingForADocumentThatIsNotAnApplication() {
        let (application, unrecognized) = Self.read([["部门收支总表"], ["收入", "支出"], ["一般公共预算", "100.00"]])
        #expect(application == nil)
        #expect(unrecognized.count == 3)
        #expect(ProjectApplicationReader.read([]).application == nil)
    }

    @Test func neverCrashesOnTruncatedOrShuffledInput() throws {
        let seed = try ProjectApplicationReaderTests.seedLines()
        var random = SplitMix64(seed: 0x5EED_000)
        for round in 0..<120 {
            var lines = seed
            switch round % 4 {
            case 0: lines = Array(lines.prefix(Int(random.next() % UInt64(lines.count + 1))))
            case 1: lines.shuffle(using: &random)
            case 2: lines = lines.map { Self.mangle($0, &random) }
            default:
                lines.shuffle(using: &random)
                lines = Array(lines.prefix(Int(random.next() % UInt64(lines.count + 1)))).map { Self.mangle($0, &random) }
            }
            let (_, unrecognized) = ProjectApplicationReader.read(lines)
            let numbers = Set(lines.map(\.location.line))
            #expect(unrecognized.allSatisfy { numbers.contains($0.location.line) })
        }
    }

    /// Drops, truncates, moves or swaps cells of a line.
    static func mangle(_ line: SourceLine, _ random: inout SplitMix64) -> SourceLine {
        var cells = line.cells
        guard !cells.isEmpty else { return line }
        let index = Int(random.next() % UInt64(cells.count))
        switch random.next() % 5 {
        case 0: cells.remove(at: index)
        case 1: cells[index].text = String(cells[index].text.prefix(Int(random.next() % 6)))
        case 2: cells[index].column = Int(random.next() % 14)
        case 3: cells.shuffle(using: &random)
        default: cells[index].text = ["(8分)", "简述", "合计", "2020年", "≥", "1.1", "一、", "9,99", "本表得分", ""][Int(random.next() % 10)]
        }
        var mangled = line
        mangled.cells = cells
        mangled.text = cells.map(\.text).joined(separator: "\t")
        return mangled
    }
}

/// A small seeded generator, so a failing fuzz round can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
