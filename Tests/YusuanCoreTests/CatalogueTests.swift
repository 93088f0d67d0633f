import Testing
@testable import YusuanCore

@Suite struct CatalogueTests {
    let catalogues = try! CatalogueSet.bundled()

    @Test func shipsTheThreeCatalogues() {
        #expect(catalogues.function.count == 746)
        #expect(catalogues.economicDepartment.count == 111)
        #expect(catalogues.economicGovernment.count == 49)
        #expect(catalogues.function.categories.count == 30)
        #expect(catalogues.economicDepartment.categories.map(\.code) == ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"])
    }

    @Test func looksUpAnItemWithItsCategoryAndSection() throws {
        let entry = try #require(catalogues.entry("2080505"))
        #expect(entry.name == "机关事业单位基本养老保险缴费支出")
        #expect(entry.level == .item)
        #expect(entry.parent == "20805")
        #expect(catalogues.function.ancestors(of: "2080505").map(\.name) == ["社会保障和就业支出", "行政事业单位养老支出"])
        #expect(catalogues.function.entry("20805")?.otherNames == ["行政事业单位离退休"])
        #expect(catalogues.function.children(of: "20805").map(\.code).contains("2080505"))
    }

    @Test(arguments: [
        ("2140112", "公路运输管理", CodeLevel.item, Optional("21401")),
        ("2120601", "建设市场管理与监督", .item, "21206"),
        ("30228", "工会经费", .section, "302"),
        ("30239", "其他交通费用", .section, "302"),
        ("208", "社会保障和就业支出", .category, nil),
        ("50999", "其他对个人和家庭的补助", .section, "509"),
    ])
    func looksUpCodes(_ code: String, _ name: String, _ level: CodeLevel, _ parent: String?) throws {
        let entry = try #require(catalogues.entry(code))
        #expect(entry.name == name)
        #expect(entry.level == level)
        #expect(entry.parent == parent)
    }

    @Test func anUnknownCodeIsUnverifiedNotInvalid() {
        #expect(catalogues.entry("2089998") == nil)
        #expect(catalogues.function.check(code: "2089998", name: "随便") == .unverifiedCode)
        #expect(catalogues.function.check(code: "2089998", name: "随便").isAccepted == false)
    }

    @Test func checksCodeNamePairsAfterNormalising() {
        let function = catalogues.function
        #expect(function.check(code: "2080505", name: "机关事业单位基本养老保险缴费支出") == .exact)
        #expect(function.check(code: "2080505", name: "机关事业单位基本养老保险缴费支出（项）") == .exact)
        #expect(function.check(code: "20805", name: "行政事业单位离退休") == .knownVariant("行政事业单位离退休"))
        #expect(function.check(code: "2120101", name: "行政运行(城乡社区管理事务)") == .qualifiedByParent)
        #expect(function.check(code: "2080505", name: "机关事业单位基本养老保险缴费") == .abbreviated(expected: "机关事业单位基本养老保险缴费支出"))
        #expect(function.check(code: "2080505", name: "住房公积金") == .mismatch(expected: "机关事业单位基本养老保险缴费支出"))
        #expect(catalogues.economicDepartment.check(code: "30212", name: "因公出国 (境)费用") == .exact)
        #expect(catalogues.economicDepartment.check(code: "30112", name: "其他社会保险缴费") == .mismatch(expected: "其他社会保障缴费"))
        #expect(catalogues.economicDepartment.check(code: "303", name: "对个人和家庭补助") == .knownVariant("对个人和家庭补助"))
    }

    @Test func olderEditionsNamesAreAcceptedAndCurrentInTheirYears() throws {
        #expect(catalogues.function.check(code: "210", name: "医疗卫生与计划生育支出") == .knownVariant("医疗卫生与计划生育支出"))
        let edition2018 = try CatalogueSet.bundled(year: 2018)
        #expect(edition2018.function.name(of: "210") == "医疗卫生与计划生育支出")
        #expect(edition2018.function.check(code: "210", name: "卫生健康支出") == .knownVariant("卫生健康支出"))
        #expect(try CatalogueSet.bundled(year: 2024).function.name(of: "210") == "卫生健康支出")
    }

    @Test func searchesNamesAndCodes() {
        let results = catalogues.function.search("养老")
        #expect(results.contains { $0.code == "2080505" })
        #expect(results.allSatisfy { $0.name.contains("养老") || $0.otherNames.contains { $0.contains("养老") } })
        #expect(catalogues.function.search("20805").first?.code == "20805")
        #expect(catalogues.function.search("").isEmpty)
    }

    @Test func aRegionAddsCodesFromItsOwnFile() throws {
        let regional = """
        code\tname
        2089901\t其他社会保障和就业支出（本地）
        3021101\t差旅费（市内）
        20805\t行政事业单位养老支出（新版）
        """
        let extended = try catalogues.adding(tsv: regional, source: "beijing.tsv")
        #expect(extended.entry("3021101")?.name == "差旅费（市内）")
        #expect(extended.entry("3021101")?.parent == "30211")
        #expect(extended.economicDepartment.children(of: "30211").map(\.code) == ["3021101"])
        #expect(extended.entry("20805")?.name == "行政事业单位养老支出（新版）")
        #expect(extended.function.check(code: "20805", name: "行政事业单位养老支出") == .knownVariant("行政事业单位养老支出"))
        #expect(extended.entry("2089901")?.name == "其他社会保障和就业支出（本地）")
    }

    @Test func aBrokenFileNamesTheLine() {
        let broken = "code\tname\tlevel\n2080505\t机关事业单位基本养老保险缴费支出\t款\n"
        #expect {
            _ = try catalogues.adding(tsv: broken, source: "mine.tsv")
        } throws: { error in
            (error as? CatalogueFileError)?.message.zh.contains("mine.tsv:2") == true
        }
        #expect(throws: CatalogueFileError.self) { _ = try catalogues.adding(tsv: "code\tname\n12345\tx\n", source: "x.tsv") }
        #expect(throws: CatalogueFileError.self) { _ = try catalogues.adding(tsv: "codes\tnames\n", source: "x.tsv") }
        #expect(throws: CatalogueFileError.self) { _ = try catalogues.adding(tsv: "code\tname\n208\tA\n208\tB\n", source: "x.tsv") }
    }
}

@Suite struct CodeTextTests {
    @Test(arguments: [
        ("2080505", "2080505"), ("208 05 05", "2080505"), ("[2010401]", "2010401"), ("２０８", "208"),
        ("30101", "30101"),
    ])
    func readsCodeCells(_ cell: String, _ digits: String) {
        #expect(CodeText.code(in: cell) == digits)
    }

    @Test(arguments: ["", "2021", "201056", "208 5 05", "abc", "2080505 行政"])
    func refusesWhatIsNotACode(_ cell: String) {
        #expect(CodeText.code(in: cell) == nil)
    }

    @Test func joinsSplitColumns() {
        #expect(CodeText.join(category: "208", section: "05", item: "05") == "2080505")
        #expect(CodeText.join(category: "208", section: "", item: "") == "208")
        #expect(CodeText.join(category: "", section: "05", item: "", context: "208") == "20805")
        #expect(CodeText.join(category: "", section: "", item: "01", context: "21201") == "2120101")
        #expect(CodeText.join(category: "", section: "05", item: "") == nil, "a 款 needs the 类 above it")
        #expect(CodeText.join(category: "208", section: "5", item: "5") == "2080505", "a spreadsheet dropped the zeros")
        #expect(CodeText.join(category: "208", section: "", item: "05") == nil)
        #expect(CodeText.join(category: "**", section: "**", item: "**") == nil)
    }

    @Test(arguments: [
        ("2080505机关事业单位基本养老保险缴费支出", "2080505", "机关事业单位基本养老保险缴费支出"),
        ("2014001-行政运行", "2014001", "行政运行"),
        ("[2010401]行政运行", "2010401", "行政运行"),
        ("201 一般公共服务支出", "201", "一般公共服务支出"),
        ("50101-工资奖金津补贴", "50101", "工资奖金津补贴"),
        ("工资福利支出301", "301", "工资福利支出"),
        ("行政运行（2010401）", "2010401", "行政运行"),
        ("3021101-差旅费", "3021101", "差旅费"),
        // 一 is a numeral to Unicode, not a digit of the code (Zhuhai's 表5).
        ("[201]一般公共服务支出", "201", "一般公共服务支出"),
        ("[2011302]一般行政管理事务", "2011302", "一般行政管理事务"),
    ])
    func splitsCodesGluedToNames(_ cell: String, _ code: String, _ name: String) {
        #expect(CodeText.label(cell) == .init(code: code, name: name))
    }

    @Test(arguments: ["2021年预算", "201056 经常性运转经费", "行政运行", "一、一般公共服务支出", "第3季度", "合计"])
    func leavesLabelsWithoutCodesAlone(_ cell: String) {
        #expect(CodeText.label(cell) == .init(code: nil, name: cell))
    }

    @Test func keepsThePrintedWidthOfNames() {
        #expect(CodeText.label("２１２０１０１行政运行（城乡社区管理事务）") == .init(code: "2120101", name: "行政运行（城乡社区管理事务）"))
    }
}
