import YusuanCore

/// Seed 003: 喀什市建设工程质量安全监督站 2021 年部门预算公开 — the facts behind it, and its
/// tables as printed.
public enum Seed003 {
    public static let agency = Agency(code: "001", name: "新疆维吾尔自治区喀什地区喀什市建设工程质量安全监督站")

    /// Amounts in 元. The document prints each cell rounded to 0.01 万元 and rounds its 类 rows
    /// and totals from the unrounded amounts, so its rows do not always add up to its
    /// totals (工资福利支出 231.45 over rows that add to 231.46). These amounts reproduce
    /// every printed figure: they were solved for as the integers nearest the printed
    /// values that make every cell round to what the document prints (64.69 万元 is
    /// 646,851 元, which makes 301 round to 231.45).
    public static var facts: BudgetFacts {
        func gp(_ function: String, _ economic: String, _ kind: ExpenditureKind, _ amount: Money) -> BudgetLine {
            BudgetLine(function: FunctionCode(function)!, economic: EconomicCode(economic)!, kind: kind,
                       source: .generalPublicBudget, amount: amount)
        }
        func other(_ function: String, _ kind: ExpenditureKind, _ amount: Money, project: String? = nil) -> BudgetLine {
            BudgetLine(function: FunctionCode(function)!, kind: kind, source: .otherRevenue, amount: amount, project: project)
        }
        let lines = [
            gp("2080505", "30108", .basicPersonnel, yuan(201_798)),
            gp("2210201", "30113", .basicPersonnel, yuan(179_200)),
            gp("2120601", "30102", .basicPersonnel, yuan(209_900)),
            gp("2120101", "30101", .basicPersonnel, yuan(646_851)),
            gp("2120101", "30102", .basicPersonnel, yuan(609_200)),
            gp("2120101", "30103", .basicPersonnel, yuan(165_800)),
            gp("2120101", "30107", .basicPersonnel, yuan(42_600)),
            gp("2120101", "30110", .basicPersonnel, yuan(122_000)),
            gp("2120101", "30111", .basicPersonnel, yuan(33_151)),
            gp("2120101", "30112", .basicPersonnel, yuan(31_951)),
            gp("2120101", "30199", .basicPersonnel, yuan(72_000)),
            gp("2120101", "30228", .basicOperating, yuan(29_900)),
            gp("2120101", "30302", .basicPersonnel, yuan(45_651)),
            gp("2120101", "30309", .basicPersonnel, yuan(8_651)),
            gp("2120101", "30399", .basicPersonnel, yuan(116_600)),
            other("2120101", .basicPersonnel, yuan(154_496)),
            other("2120601", .basicPersonnel, yuan(1_713_600)),
            other("2120601", .project, yuan(235_000), project: "检测中心运转经费"),
        ]
        return BudgetFacts(agency: agency, fiscalYear: 2021, lines: lines, codeNames: [
            "2120101": "行政运行（城乡社区管理事务）",
        ])
    }

    /// Every table of the document, transcribed.
    public static let tables: [PublishedTable] = [
        PublishedTable(name: "表一 收入", kind: .revenueExpenditureSummary, side: .revenue, columns: [.amount], rows: """
            fiscalAppropriation\t251.53
            generalPublicBudget\t251.53
            governmentFund\t
            stateCapitalOperation\t
            fiscalSpecialAccount\t
            publicInstitutionRevenue\t
            institutionBusinessRevenue\t
            otherRevenue\t210.31
            total\t461.83
            """),
        PublishedTable(name: "表一 支出", kind: .revenueExpenditureSummary, side: .expenditure, columns: [.amount], rows: """
            201\t
            202\t
            203\t
            204\t
            205\t
            206\t
            207\t
            208\t20.18
            209\t
            210\t
            211\t
            212\t423.74
            213\t
            214\t
            215\t
            216\t
            217\t
            219\t
            220\t
            221\t17.92
            222\t
            223\t
            224\t
            227\t
            229\t
            230\t
            231\t
            232\t
            233\t
            234\t
            total\t461.83
            """),
        PublishedTable(name: "表二", kind: .revenueSummary, columns: [
            .total, .source(.generalPublicBudget), .source(.governmentFund), .source(.stateCapitalOperation),
            .source(.fiscalSpecialAccount), .source(.publicInstitutionRevenue), .source(.institutionBusinessRevenue),
            .source(.otherRevenue),
        ], rows: """
            agency\t461.83\t251.53\t\t\t\t\t\t210.31
            208\t20.18\t20.18\t\t\t\t\t\t
            20805\t20.18\t20.18\t\t\t\t\t\t
            2080505\t20.18\t20.18\t\t\t\t\t\t
            212\t423.74\t213.43\t\t\t\t\t\t210.31
            21201\t207.89\t192.44\t\t\t\t\t\t15.45
            2120101\t207.89\t192.44\t\t\t\t\t\t15.45
            21206\t215.85\t20.99\t\t\t\t\t\t194.86
            2120601\t215.85\t20.99\t\t\t\t\t\t194.86
            221\t17.92\t17.92\t\t\t\t\t\t
            22102\t17.92\t17.92\t\t\t\t\t\t
            2210201\t17.92\t17.92\t\t\t\t\t\t
            total\t461.83\t251.53\t\t\t\t\t\t210.31
            """),
        PublishedTable(name: "表三", kind: .expenditureSummary, columns: [.total, .basic, .project], rows: """
            agency\t461.83\t438.33\t23.50
            208\t20.18\t20.18\t
            20805\t20.18\t20.18\t
            2080505\t20.18\t20.18\t
            212\t423.74\t400.24\t23.50
            21201\t207.89\t207.89\t
            2120101\t207.89\t207.89\t
            21206\t215.85\t192.35\t23.50
            2120601\t215.85\t192.35\t23.50
            221\t17.92\t17.92\t
            22102\t17.92\t17.92\t
            2210201\t17.92\t17.92\t
            total\t461.83\t438.33\t23.50
            """),
        PublishedTable(name: "表四 收入", kind: .fiscalAppropriationSummary, side: .revenue, columns: [.amount], rows: """
            currentYearTotal\t251.53
            generalPublicBudget\t251.53
            governmentFund\t
            stateCapitalOperation\t
            total\t251.53
            """),
        PublishedTable(name: "表四 支出", kind: .fiscalAppropriationSummary, side: .expenditure, columns: [
            .total, .source(.generalPublicBudget), .source(.governmentFund), .source(.stateCapitalOperation),
        ], rows: """
            201\t\t\t\t
            202\t\t\t\t
            203\t\t\t\t
            204\t\t\t\t
            205\t\t\t\t
            206\t\t\t\t
            207\t\t\t\t
            208\t20.18\t20.18\t\t
            209\t\t\t\t
            210\t\t\t\t
            211\t\t\t\t
            212\t213.43\t213.43\t\t
            213\t\t\t\t
            214\t\t\t\t
            215\t\t\t\t
            216\t\t\t\t
            217\t\t\t\t
            219\t\t\t\t
            220\t\t\t\t
            221\t17.92\t17.92\t\t
            222\t\t\t\t
            223\t\t\t\t
            224\t\t\t\t
            227\t\t\t\t
            229\t\t\t\t
            230\t\t\t\t
            231\t\t\t\t
            232\t\t\t\t
            233\t\t\t\t
            234\t\t\t\t
            total\t251.53\t251.53\t\t
            """),
        PublishedTable(name: "表五", kind: .generalPublicExpenditure, columns: [.total, .basic, .project], rows: """
            agency\t251.53\t251.53\t
            208\t20.18\t20.18\t
            20805\t20.18\t20.18\t
            2080505\t20.18\t20.18\t
            212\t213.43\t213.43\t
            21201\t192.44\t192.44\t
            2120101\t192.44\t192.44\t
            21206\t20.99\t20.99\t
            2120601\t20.99\t20.99\t
            221\t17.92\t17.92\t
            22102\t17.92\t17.92\t
            2210201\t17.92\t17.92\t
            total\t251.53\t251.53\t
            """),
        PublishedTable(name: "表六", kind: .generalPublicBasicExpenditure, columns: [.total, .personnel, .operating], rows: """
            301\t231.45\t231.45\t
            30101\t64.69\t64.69\t
            30102\t81.91\t81.91\t
            30103\t16.58\t16.58\t
            30107\t4.26\t4.26\t
            30108\t20.18\t20.18\t
            30110\t12.20\t12.20\t
            30111\t3.32\t3.32\t
            30112\t3.20\t3.20\t
            30113\t17.92\t17.92\t
            30199\t7.20\t7.20\t
            302\t2.99\t\t2.99
            30228\t2.99\t\t2.99
            303\t17.09\t17.09\t
            30302\t4.57\t4.57\t
            30309\t0.87\t0.87\t
            30399\t11.66\t11.66\t
            total\t251.53\t248.54\t2.99
            """),
        // 表七 一般公共预算项目支出情况表 prints only an empty 合计 row: no project is funded
        // from the general public budget.
        PublishedTable(name: "表七", kind: .generalPublicProjectExpenditure, columns: [.total], rows: "total\t"),
        PublishedTable(name: "表八", kind: .threePublicExpenses, columns: [
            .threePublic(.total), .threePublic(.overseasTravel), .threePublic(.vehicles),
            .threePublic(.vehiclePurchase), .threePublic(.vehicleOperation), .threePublic(.reception),
        ], rows: "year:2021\t\t\t\t\t\t"),
    ]
}

/// An amount printed in 万元, taken at face value.
public func wan(_ text: String) -> Money {
    Money(exactly: DecimalNumber(text)!, in: .tenThousandYuan)!
}

/// A whole number of 元.
public func yuan(_ amount: Int64) -> Money { Money(yuan: amount) }
