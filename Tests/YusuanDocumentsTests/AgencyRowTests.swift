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

extension AgencyRowTests {
    /// A 绩效自评表 grouped by agency, its name printed once mid-block, a 序号 printed twice.
    @Test func aRepeatedNumberStaysInItsBlockAndTheTotalBelongsToNoAgency() {
        let text = """
            2021年度某局预算项目绩效自评表

            单位:万元

            序号\t部门名称\t项目名称\t预算金额\t实际支出金额\t预算支出执行率
            1\t\t项目甲\t10.00\t9.00\t90.00%
            2\t某局本级\t项目乙\t10.00\t10.00\t100.00%
            2\t\t项目丙\t5.00\t5.00\t100.00%
            本级小计\t\t\t25.00\t24.00\t96.00%
            1\t某中心\t项目丁\t8.00\t8.00\t100.00%
            合计\t\t\t33.00\t32.00\t96.97%
            """
        let rows = Self.reader.read(text: text, file: "t.txt").tables[0].rows
        #expect(rows.map(\.agency) == ["某局本级", "某局本级", "某局本级", "某局本级", "某中心", nil])
    }
}
