import Testing
import YusuanCore
@testable import YusuanDocuments

@Suite struct TableTitleTests {
    @Test func aTitleWordThatBeginsWithANumeralIsNotPartOfTheNumber() {
        #expect(TableTitle.splitNumber("表五一般公共预算支出表")?.0 == "表五")
        #expect(TableTitle.splitNumber("表五一般公共预算支出表")?.1 == "一般公共预算支出表")
        #expect(TableTitle.splitNumber("表七三公经费支出表")?.0 == "表七")
        #expect(TableTitle.splitNumber("表十一政府采购预算表")?.0 == "表十一")
        #expect(TableTitle.parse("### 表五 一般公共预算支出表")?.kind == .generalPublicExpenditure)
    }
}

@Suite struct TableNumberLineTests {
    @Test func aLineWithOnlyANumberIsANumber() {
        for line in ["表一：", "附表-1", "公开表3", "公开01表", "预算01表", "表 十 一"] {
            #expect(LineShapes.isTableNumber(line) != nil, "\(line)")
        }
    }

    @Test func aShortTitleIsNotANumber() {
        // A short title after its number, and a title whose first word holds a numeral.
        for line in ["表九 项目支出表", "### 表九 项目支出表", "一般公共预算支出表"] {
            #expect(LineShapes.isTableNumber(line) == nil, "\(line)")
        }
    }
}
