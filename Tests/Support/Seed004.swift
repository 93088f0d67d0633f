import YusuanCore

/// Seed 004: 咸宁市交通运输局城市客运管理处 2024 年部门预算公开 — the facts behind it, and its
/// tables as printed. Every amount comes from the general public budget.
public enum Seed004 {
    public static let department = Agency(code: "222", name: "咸宁市交通运输局")
    public static let agency = Agency(code: "222006", name: "咸宁市交通运输局城市客运管理处", parentCode: "222")

    /// Amounts in 元, solved for like seed 003's: the nearest whole 元 to the printed values
    /// that make every printed cell round right (the document's 合计 1,205.56 is over 类
    /// rows that add to 1,205.55). Projects and the 提租补贴 economic line follow the
    /// narrative; the document does not print them by 经济分类.
    public static var facts: BudgetFacts {
        func basic(_ function: String, _ economic: String, _ kind: ExpenditureKind, _ amount: Money) -> BudgetLine {
            BudgetLine(function: FunctionCode(function)!, economic: EconomicCode(economic)!, kind: kind,
                       source: .generalPublicBudget, amount: amount)
        }
        func project(_ name: String, _ amount: Money) -> BudgetLine {
            BudgetLine(function: FunctionCode("2140112")!, kind: .project, source: .generalPublicBudget,
                       amount: amount, project: name)
        }
        let lines = [
            basic("2080502", "30302", .basicPersonnel, yuan(694_600)),
            basic("2080505", "30108", .basicPersonnel, yuan(290_002)),
            basic("2080506", "30109", .basicPersonnel, yuan(93_800)),
            basic("2089999", "30112", .basicPersonnel, yuan(16_300)),
            basic("2101102", "30110", .basicPersonnel, yuan(105_500)),
            basic("2210201", "30113", .basicPersonnel, yuan(252_800)),
            basic("2210202", "30102", .basicPersonnel, yuan(41_400)),
            basic("2140112", "30101", .basicPersonnel, yuan(672_100)),
            basic("2140112", "30102", .basicPersonnel, yuan(79_500)),
            basic("2140112", "30103", .basicPersonnel, yuan(933_851)),
            basic("2140112", "30107", .basicPersonnel, yuan(368_300)),
            basic("2140112", "30199", .basicPersonnel, yuan(1_698)),
            basic("2140112", "30201", .basicOperating, yuan(30_900)),
            basic("2140112", "30205", .basicOperating, yuan(4_000)),
            basic("2140112", "30206", .basicOperating, yuan(12_000)),
            basic("2140112", "30209", .basicOperating, yuan(9_998)),
            basic("2140112", "30211", .basicOperating, yuan(3_000)),
            basic("2140112", "30218", .basicOperating, yuan(0)),
            basic("2140112", "30226", .basicOperating, yuan(0)),
            basic("2140112", "30227", .basicOperating, yuan(0)),
            basic("2140112", "30228", .basicOperating, yuan(36_300)),
            basic("2140112", "30229", .basicOperating, yuan(45_251)),
            basic("2140112", "30239", .basicOperating, yuan(11_251)),
            basic("2140112", "30299", .basicOperating, yuan(103_000)),
            basic("2140112", "31299", .basicOperating, yuan(0)),
            project("单位正常运转经费", yuan(250_000)),
            project("老年人乘车补贴", yuan(3_000_000)),
            project("城市交通发展奖励资金", yuan(5_000_000)),
        ]
        return BudgetFacts(agency: agency, department: department, fiscalYear: 2024, lines: lines,
                           agencyOperatingCost: wan("25.58"), codeNames: [
                               "2080505": "机关事业单位基本养老保险缴费",
                               "30112": "其他社会保险缴费",
                           ])
    }

    public static let tables: [PublishedTable] = [
        PublishedTable(name: "附表-1 收入", kind: .revenueExpenditureSummary, side: .revenue, columns: [.amount], rows: """
            generalPublicBudget\t1,205.56
            governmentFund\t0.00
            stateCapitalOperation\t0.00
            fiscalSpecialAccount\t0.00
            publicInstitutionRevenue\t0.00
            institutionBusinessRevenue\t0.00
            superiorSubsidy\t0.00
            subordinateRemittance\t0.00
            otherRevenue\t0.00
            currentYearTotal\t1,205.56
            carryover\t0.00
            total\t1,205.56
            """),
        PublishedTable(name: "附表-1 支出", kind: .revenueExpenditureSummary, side: .expenditure, columns: [.amount], rows: """
            201\t0.00
            204\t0.00
            205\t0.00
            206\t0.00
            207\t0.00
            208\t109.47
            210\t10.55
            211\t0.00
            212\t0.00
            213\t0.00
            214\t1,056.11
            215\t0.00
            216\t0.00
            217\t0.00
            219\t0.00
            220\t0.00
            221\t29.42
            222\t0.00
            223\t0.00
            224\t0.00
            229\t0.00
            231\t0.00
            232\t0.00
            233\t0.00
            currentYearTotal\t1,205.56
            yearEndBalance\t0.00
            total\t1,205.56
            """),
        // The department's 合计 cell is blank in the document (its 小计 says 1205.56); the
        // column is left out of that row here and checked on the other two.
        PublishedTable(name: "附表-2", kind: .revenueSummary, columns: [
            .currentYear(nil), .currentYear(.generalPublicBudget), .currentYear(.governmentFund),
            .currentYear(.stateCapitalOperation), .currentYear(.fiscalSpecialAccount),
            .currentYear(.publicInstitutionRevenue), .currentYear(.institutionBusinessRevenue),
            .currentYear(.superiorSubsidy), .currentYear(.subordinateRemittance), .currentYear(.otherRevenue),
            .carryover(nil), .carryover(.generalPublicBudget), .carryover(.governmentFund),
            .carryover(.stateCapitalOperation), .carryover(.fiscalSpecialAccount), .carryoverUnitFunds,
        ], rows: """
            total\t1205.56\t1205.56\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
            agency:222\t1205.56\t1205.56\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
            agency:222006\t1205.56\t1205.56\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
            """),
        PublishedTable(name: "附表-2 合计列", kind: .revenueSummary, columns: [.total], rows: """
            total\t1205.56
            agency:222006\t1205.56
            """),
        PublishedTable(name: "附表-3", kind: .expenditureSummary, columns: [
            .total, .basic, .project, .institutionBusiness, .remittanceToSuperior, .subsidyToSubordinates,
        ], rows: """
            total\t1205.56\t380.56\t825.00\t\t\t
            208\t109.47\t109.47\t0.00\t\t\t
            20805\t107.84\t107.84\t0.00\t\t\t
            2080502\t69.46\t69.46\t0.00\t\t\t
            2080505\t29.00\t29.00\t0.00\t\t\t
            2080506\t9.38\t9.38\t0.00\t\t\t
            20899\t1.63\t1.63\t0.00\t\t\t
            2089999\t1.63\t1.63\t0.00\t\t\t
            210\t10.55\t10.55\t0.00\t\t\t
            21011\t10.55\t10.55\t0.00\t\t\t
            2101102\t10.55\t10.55\t0.00\t\t\t
            214\t1056.11\t231.11\t825.00\t\t\t
            21401\t1056.11\t231.11\t825.00\t\t\t
            2140112\t1056.11\t231.11\t825.00\t\t\t
            221\t29.42\t29.42\t0.00\t\t\t
            22102\t29.42\t29.42\t0.00\t\t\t
            2210201\t25.28\t25.28\t0.00\t\t\t
            2210202\t4.14\t4.14\t0.00\t\t\t
            """),
        PublishedTable(name: "附表-4 收入", kind: .fiscalAppropriationSummary, side: .revenue, columns: [.amount], rows: """
            currentYearTotal\t1205.56
            generalPublicBudget\t1205.56
            governmentFund\t
            stateCapitalOperation\t
            carryover\t
            carriedOver.generalPublicBudget\t
            carriedOver.governmentFund\t
            carriedOver.stateCapitalOperation\t
            total\t1205.56
            """),
        PublishedTable(name: "附表-4 支出", kind: .fiscalAppropriationSummary, side: .expenditure, columns: [.amount], rows: """
            currentYearTotal\t1205.56
            201\t
            204\t
            205\t
            206\t
            207\t
            208\t109.47
            210\t10.55
            211\t
            212\t
            213\t
            214\t1056.11
            215\t
            216\t
            217\t
            219\t
            220\t
            221\t29.42
            222\t
            223\t
            224\t
            229\t
            231\t
            232\t
            233\t
            yearEndBalance\t
            total\t1205.56
            """),
        PublishedTable(name: "附表-5-1", kind: .generalPublicExpenditure, columns: [
            .total, .basic, .personnel, .operating, .project,
        ], rows: """
            total\t1,205.56\t380.56\t354.99\t25.57\t825.00
            208\t109.47\t109.47\t109.47\t0.00\t0.00
            20805\t107.84\t107.84\t107.84\t0.00\t0.00
            2080502\t69.46\t69.46\t69.46\t0.00\t0.00
            2080505\t29.00\t29.00\t29.00\t0.00\t0.00
            2080506\t9.38\t9.38\t9.38\t0.00\t0.00
            20899\t1.63\t1.63\t1.63\t0.00\t0.00
            2089999\t1.63\t1.63\t1.63\t0.00\t0.00
            210\t10.55\t10.55\t10.55\t0.00\t0.00
            21011\t10.55\t10.55\t10.55\t0.00\t0.00
            2101102\t10.55\t10.55\t10.55\t0.00\t0.00
            214\t1,056.11\t231.11\t205.54\t25.57\t825.00
            21401\t1,056.11\t231.11\t205.54\t25.57\t825.00
            2140112\t1,056.11\t231.11\t205.54\t25.57\t825.00
            221\t29.42\t29.42\t29.42\t0.00\t0.00
            22102\t29.42\t29.42\t29.42\t0.00\t0.00
            2210201\t25.28\t25.28\t25.28\t0.00\t0.00
            2210202\t4.14\t4.14\t4.14\t0.00\t0.00
            """),
        PublishedTable(name: "附表-5-2", kind: .generalPublicExpenditure, columns: [
            .total, .basic, .personnel, .operating, .project,
        ], rows: """
            total\t1205.56\t380.56\t354.99\t25.57\t825.00
            agency:222\t1205.56\t380.56\t354.99\t25.57\t825.00
            agency:222006\t1205.56\t380.56\t354.99\t25.57\t825.00
            """),
        PublishedTable(name: "附表-6", kind: .generalPublicBasicExpenditure, columns: [.total, .personnel, .operating], rows: """
            total\t380.56\t354.99\t25.57
            301\t285.53\t285.53\t0.00
            30101\t67.21\t67.21\t0.00
            30102\t12.09\t12.09\t0.00
            30103\t93.39\t93.39\t0.00
            30107\t36.83\t36.83\t0.00
            30108\t29.00\t29.00\t0.00
            30109\t9.38\t9.38\t0.00
            30110\t10.55\t10.55\t0.00
            30112\t1.63\t1.63\t0.00
            30113\t25.28\t25.28\t0.00
            30199\t0.17\t0.17\t0.00
            302\t25.57\t0.00\t25.57
            30201\t3.09\t0.00\t3.09
            30205\t0.40\t0.00\t0.40
            30206\t1.20\t0.00\t1.20
            30209\t1.00\t0.00\t1.00
            30211\t0.30\t0.00\t0.30
            30218\t0.00\t0.00\t0.00
            30226\t0.00\t0.00\t0.00
            30227\t0.00\t0.00\t0.00
            30228\t3.63\t0.00\t3.63
            30229\t4.53\t0.00\t4.53
            30239\t1.13\t0.00\t1.13
            30299\t10.30\t0.00\t10.30
            303\t69.46\t69.46\t0.00
            30302\t69.46\t69.46\t0.00
            312\t0.00\t0.00\t0.00
            31299\t0.00\t0.00\t0.00
            """),
    ]
}
