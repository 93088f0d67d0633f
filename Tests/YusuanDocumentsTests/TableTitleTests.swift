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
