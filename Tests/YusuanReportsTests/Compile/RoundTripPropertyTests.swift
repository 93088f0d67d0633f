import Testing
import YusuanCore
import YusuanReports

/// Over random valid inputs: compile → read → audit gives zero findings, and every table
/// read back equals the view of the facts. Random but repeatable: each case has its seed.
/// No 年终结转结余: a budget plans to spend, and the auditor's identities assume it (see
/// the note in docs/budget-input.md).
@Suite struct RoundTripPropertyTests {
    static let catalogues = Examples.catalogues
    static let functions = catalogues.function.entries.filter { $0.code.count == 7 }.map(\.code)
    static let economics = catalogues.economicDepartment.entries.filter { $0.code.count == 5 && $0.code.hasPrefix("3") }.map(\.code)

    @Test(arguments: 1...40) func randomFactsCompileCleanly(_ seed: UInt64) {
        let input = Self.randomInput(seed: seed)
        let result = Compiler(catalogues: Self.catalogues).compile(input)
        #expect(result.issues.filter { $0.severity == .error }.isEmpty, "seed \(seed): \(result.issues.map(\.message.zh))")
        #expect(result.findings.isEmpty, "seed \(seed): \(result.findings.map { "\($0.rule) \($0.location.line ?? 0) \($0.message.zh)" })")
        #expect(result.readBack.isEmpty, "seed \(seed): \(result.readBack)")
        #expect(result.isPublishable)
    }

    static func randomInput(seed: UInt64) -> BudgetInput {
        var random = SplitMix(seed: seed)
        let sources: [FundSource] = [.generalPublicBudget, .generalPublicBudget, .generalPublicBudget, .governmentFund,
                                     .stateCapitalOperation, .fiscalSpecialAccount, .publicInstitutionRevenue, .otherRevenue]
        let kinds: [ExpenditureKind] = [.basicPersonnel, .basicPersonnel, .basicOperating, .project, .project]
        let projects = ["信息化运维", "业务培训", "专项检查", "设备购置"]
        func money(_ maximum: Int64) -> Money { Money(fen: Int64(random.next() % UInt64(maximum))) }
        var lines: [InputLine] = []
        for _ in 0..<(3 + Int(random.next() % 25)) {
            let kind = kinds[Int(random.next() % UInt64(kinds.count))]
            lines.append(InputLine(
                function: functions[Int(random.next() % UInt64(functions.count))],
                economic: economics[Int(random.next() % UInt64(economics.count))],
                kind: kind, source: sources[Int(random.next() % UInt64(sources.count))],
                origin: random.next() % 5 == 0 ? .priorYearCarryover : .currentYear, use: .expenditure,
                project: kind == .project ? projects[Int(random.next() % UInt64(projects.count))] : nil,
                amount: money(500_000_000)))
        }
        var input = BudgetInput(agency: Agency(code: "901001", name: "某某市某某服务中心"), fiscalYear: 2020 + Int(random.next() % 6), lines: lines)
        let general = lines.filter { $0.source == .generalPublicBudget && $0.use == .expenditure }.map(\.amount).sum()
        if general.fen > 1_000 {
            input.threePublic = ThreePublicExpenses(overseasTravel: Money(fen: general.fen / 100), vehicleOperation: Money(fen: general.fen / 50),
                                                    reception: Money(fen: general.fen / 200))
        }
        input.agencyOperatingCost = money(10_000_000)
        input.procurement = Procurement(goods: money(5_000_000), services: money(5_000_000))
        // Last year's figures, with a reason wherever one is needed.
        var prior: [PriorEntry] = []
        for key in [PriorKey.revenueTotal, .revenue(.generalPublicBudget), .expenditureBasic, .expenditureProject, .generalPublicBasic,
                    .agencyOperatingCost, .threePublic(.reception)] where random.next() % 2 == 0 {
            prior.append(PriorEntry(key, money(500_000_000), reason: "业务调整"))
        }
        input.priorYear = prior
        return input
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be run again by its seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
