import Foundation
import Testing
import YusuanCore
import YusuanReports
import YusuanXLSX

/// Bad input is reported at its place — JSON path, or sheet, row and column — and nothing
/// is compiled from it.
@Suite struct InputValidationTests {
    let compiler = Compiler(catalogues: Examples.catalogues)

    func texts(_ result: Compiler.Result, _ places: InputPlaces = .json) -> [String] {
        result.issues.map { $0.text(.zh, places: places) }
    }

    @Test func badLinesAreErrorsAtTheirPlace() {
        var input = Examples.input("003-kashgar-2021")
        input.lines[0].amount = Money(yuan: -5)
        input.lines[1].function = "21202"
        input.lines[2].economic = nil
        input.lines[3].functionName = "住房公积金"
        input.lines[4].kind = .project
        let result = compiler.compile(input)
        #expect(result.package == nil)
        let messages = texts(result)
        #expect(messages.contains("[错误] lines[0].amount：金额不得为负：-5.00 元"))
        #expect(messages.contains("[错误] lines[1].function：功能分类编码 21202 须到项（7 位）"))
        #expect(messages.contains { $0.hasPrefix("[错误] lines[2].economic：一般公共预算基本支出须填经济分类") })
        #expect(messages.contains("[错误] lines[3].functionName：编码 2120101 的名称应为“行政运行”，填写的是“住房公积金”"))
        #expect(messages.contains("[错误] lines[4].project：项目支出须填项目名称"))
    }

    @Test func anUnknownCodeIsUnverifiedWhenNamedAndAnErrorWhenNot() {
        var input = Examples.input("003-kashgar-2021")
        input.lines[0].function = "2089988"
        input.lines[0].functionName = "某地自设科目"
        var result = compiler.compile(input)
        #expect(result.issues.allSatisfy { $0.severity == .warning })
        #expect(texts(result).contains { $0.hasPrefix("[警告] lines[0].functionName：编码 2089988（某地自设科目）不在分类目录中，未能核实") })
        input.lines[0].functionName = nil
        result = compiler.compile(input)
        #expect(texts(result).contains("[错误] lines[0].functionName：编码 2089988 不在分类目录中，请填写其名称"))
        #expect(result.package == nil)
    }

    @Test func aLargeChangeNeedsAReason() {
        var input = Examples.input("003-kashgar-2021")
        let index = input.priorYear.firstIndex { $0.key == .expenditureProject }!
        input.priorYear[index].reason = nil
        let result = compiler.compile(input)
        #expect(result.package == nil)
        #expect(texts(result).contains { $0.hasPrefix("[错误] priorYear[\(index)].reason：项目支出由上年 379800.00 元变为 235000.00 元，变动较大") })
    }

    @Test func revenueThatDisagreesWithTheLinesIsAnError() {
        var input = Examples.input("003-kashgar-2021")
        input.revenue[0].amount = Money(yuan: 2_515_000)
        #expect(texts(compiler.compile(input)).contains { $0.hasPrefix("[错误] revenue[0].amount：一般公共预算拨款收入 2515000.00 元，收支明细中该来源合计 2515253.00 元") })
    }

    /// In a workbook, the message names the sheet, the row and the column.
    @Test func workbookIssuesNameSheetRowAndColumn() throws {
        var workbook = BudgetWorkbookTemplate.workbook(Examples.input("004-xianning-2024"), catalogues: Examples.catalogues)
        let lines = workbook.sheets.firstIndex { $0.name == "收支明细" }!
        workbook.sheets[lines].set(WorksheetCell(number: "-100"), row: 3, column: 10)
        workbook.sheets[lines].set(WorksheetCell(text: "奖金补贴"), row: 4, column: 5)
        let read = BudgetInputFile.workbook(try XLSXWriter.write(workbook))
        #expect(read.input == nil)
        #expect(read.issues.map { $0.text(.zh, places: read.places) }
            == ["[错误] 工作表“收支明细”第 5 行“支出类型”列（F）：无法识别“奖金补贴”，应为 人员经费、公用经费、项目支出、事业单位经营支出、上缴上级支出、对附属单位补助支出 之一"])
        workbook.sheets[lines].set(WorksheetCell(text: "人员经费"), row: 4, column: 5)
        let second = BudgetInputFile.workbook(try XLSXWriter.write(workbook))
        let result = compiler.compile(second.input!)
        let errors = result.issues.filter { $0.severity == .error }.map { $0.text(.zh, places: second.places) }
        #expect(errors.contains("[错误] 工作表“收支明细”第 4 行“金额（元）”列（K）：金额不得为负：-100.00 元"))
        #expect(errors.contains { $0.hasPrefix("[错误] 工作表“收入”第 2 行“金额（元）”列（C）：一般公共预算拨款收入") }, "the stated revenue no longer adds up")
    }

    /// The empty template reads as an input with nothing in it, and says what is missing.
    @Test func theEmptyTemplateSaysWhatIsMissing() {
        let read = BudgetInputFile.workbook(BudgetWorkbookTemplate.data())
        #expect(read.issues.map { $0.text(.en, places: read.places) } == ["[error] sheet “单位信息” row 6 (预算年度, B6): the fiscal year is required"])
    }
}
