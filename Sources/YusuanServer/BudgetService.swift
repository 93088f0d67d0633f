import Foundation
import YusuanCore
import YusuanReports
import YusuanStore

/// Budget facts between the store and the compiler: validate an input as `yusuan compile`
/// does, keep its figures beside it for the overview, compile its disclosure package.
struct BudgetService: Sendable {
    let store: any Store
    let catalogues: CatalogueSet
    let cache = PackageCache()

    var compiler: Compiler { Compiler(catalogues: catalogues) }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }()

    func input(of budget: BudgetRecord) throws -> BudgetInput {
        try JSONDecoder().decode(BudgetInput.self, from: Data(budget.inputJSON.utf8))
    }

    /// The input's validation; its issues name their places as JSON paths (`lines[3].amount`).
    func validate(_ input: BudgetInput) -> InputValidator.Result {
        InputValidator(catalogues: catalogues).validate(input)
    }

    /// Stores `input` as the budget `id` of `agencyID` when it has no error, and returns the
    /// issues either way. Nothing is stored when there is an error, or when the stored budget is
    /// no longer the version `basedOn` (its `updatedAt`; 0 for a new budget): `StoreError.conflict`.
    func save(_ input: BudgetInput, id: String, agencyID: String, basedOn: Int64, by actorID: String?) async throws -> [InputIssue] {
        let validation = validate(input)
        guard validation.errors.isEmpty, let facts = validation.facts else { return validation.issues }
        let figures = BudgetFigures(facts)
        let classes = String(decoding: try JSONEncoder().encode(figures.byClass.mapValues(\.fen)), as: UTF8.self)
        try await store.saveBudget(BudgetRecord(
            id: id, agencyID: agencyID, fiscalYear: input.fiscalYear,
            inputJSON: String(decoding: try Self.encoder.encode(input), as: UTF8.self),
            totalFen: figures.total.fen, generalPublicFen: figures.generalPublic.fen, threePublicFen: facts.threePublic.total.fen,
            classesJSON: classes, updatedAt: basedOn), by: actorID)
        return validation.issues
    }

    /// The stored budget's package in `formats`, compiled once per saved version.
    func package(of budget: BudgetRecord, formats: [PackageFormat]) async throws -> PackageCache.Entry {
        let key = PackageCache.Key(budgetID: budget.id, updatedAt: budget.updatedAt, formats: formats)
        if let cached = await cache.value(key) { return cached }
        // Compiled outside the cache's actor, so that compiles of different budgets run at once.
        let entry = try package(try input(of: budget), formats: formats)
        await cache.store(entry, for: key)
        return entry
    }

    /// The package's files in `formats`, or the reason it cannot be compiled.
    func package(_ input: BudgetInput, formats: [PackageFormat]) throws -> (result: Compiler.Result, files: [(path: String, data: Data)]) {
        let result = compiler.compile(input)
        guard let package = result.package, let text = result.text, let facts = result.facts else {
            let errors = result.issues.filter { $0.severity == .error }
            throw Problem(.unprocessableContent, zh: "预算数据有错误，不能生成公开文件", en: "the budget input has errors; nothing compiled",
                          place: errors.map { $0.text(.zh, places: .json) }.joined(separator: "\n"))
        }
        let files = try PackageFiles(package: package, text: text, facts: facts, catalogues: catalogues).files(formats)
        return (result, files)
    }
}

/// What the overview adds up from one budget: spending, 一般公共预算 spending, by 功能分类 类.
struct BudgetFigures {
    var total = Money.zero
    var generalPublic = Money.zero
    var byClass: [String: Money] = [:]

    init(_ facts: BudgetFacts) {
        for line in facts.lines where line.use == .expenditure {
            total = total + line.amount
            if line.source == .generalPublicBudget { generalPublic = generalPublic + line.amount }
            byClass[String(line.function.digits.prefix(3)), default: .zero] = byClass[String(line.function.digits.prefix(3)), default: .zero] + line.amount
        }
    }
}
