import Testing
import YusuanCore
import YusuanDocuments

/// Rows of a department's tables that name its units by code and name, without code columns.
@Suite struct AgencyRowTests {
    static let reader = DocumentReader(catalogues: try! CatalogueSet.bundled())

    @Test func anAgencyCodeIsNotAFunctionClass() {
        let text = """
            # 咸宁市交通运输局2024年部门预算公开

            ### 表二 部门收入总表

            单位：万元

            项目\t合计\t一般公共预算
            合计\t300.00\t300.00
            222 咸宁市交通运输局\t300.00\t300.00
            222001 咸宁市交通运输局(本级)\t100.00\t100.00
            222006 咸宁市交通运输局城市客运管理处\t200.00\t200.00
            208 社会保障和就业支出\t20.00\t20.00
            """
        let rows = Self.reader.read(text: text, file: "t.txt").tables[0].rows
        // 222 is also 粮油物资储备支出; with an agency's name it is the department's code.
        #expect(rows[1].subject == .agency(code: "222", name: "咸宁市交通运输局"))
        #expect(rows[2].subject == .agency(code: "222001", name: "咸宁市交通运输局(本级)"))
        #expect(rows[3].subject == .agency(code: "222006", name: "咸宁市交通运输局城市客运管理处"))
        // A class with its own name stays a class.
        #expect(rows[4].subject == .function(FunctionCode("208")!))
    }
}
