import YusuanCore

/// What a row's naming cells print: the code (whole or in parts), name, agency, 序号.
struct RowNaming {
    var label: String = ""
    var codeParts: [CodeLevel: String] = [:]
    var code: String?
    var agencyCode: String?
    var agencyName: String?
    var sequence: Int?
}

/// Decides what each row of a table stands for and what part it plays in the sums,
/// keeping what earlier rows established (the code of the row above for split code
/// columns, a 上年结转 group whose sources follow).
struct RowInterpreter {
    let table: TableKind
    let side: TableSide?
    let catalogues: CatalogueSet
    /// Names the document gives its agency; a row printing one is the agency's row.
    let agencyNames: [String]
    let fiscalYear: Int?

    private var codeContext: String?
    private var inCarryoverGroup = false

    init(table: TableKind, side: TableSide?, catalogues: CatalogueSet, agencyNames: [String], fiscalYear: Int?) {
        self.table = table
        self.side = side
        self.catalogues = catalogues
        self.agencyNames = agencyNames.map(TextNormalization.removingSpaces)
        self.fiscalYear = fiscalYear
    }

    mutating func interpret(_ naming: RowNaming) -> (label: String, code: String?, subject: RowSubject?, role: RowRole) {
        var label = TextNormalization.trimmed(naming.label.isEmpty ? naming.agencyName ?? "" : naming.label)
        var code = naming.code.flatMap(CodeText.code(in:))
        if code == nil, !naming.codeParts.isEmpty {
            code = CodeText.join(category: naming.codeParts[.category] ?? "", section: naming.codeParts[.section] ?? "",
                                 item: naming.codeParts[.item] ?? "", context: codeContext)
        }
        // `2080505机关…`, or `[302]商品和服务支出` with the code in brackets.
        let opensWithCode = label.first?.isNumber == true || label.first == "[" && label.dropFirst().first?.isNumber == true
        if code == nil, ClassificationKind(code: label) != nil || opensWithCode {
            let glued = CodeText.label(label)
            if let digits = glued.code, !glued.name.isEmpty {
                code = digits
                label = glued.name
            }
        }
        if let code { codeContext = code }
        let plain = Self.plainLabel(label)

        if let total = total(plain) { return (label, code ?? naming.agencyCode, total.0, total.1) }
        if plain.hasSuffix("小计") { return (label, code, .label(label), .subtotal) }
        // `222 咸宁市交通运输局`: an agency's code and name, though 222 is also a 功能分类 类;
        // `222006 …管理处`: a unit's code, which is no classification code at all.
        if let code, naming.agencyCode == nil, Self.looksLikeAgency(plain), let kind = ClassificationKind(code: code),
           !catalogues[kind].check(code: code, name: plain).isAccepted {
            return (label, code, .agency(code: code, name: label), .subtotal)
        }
        if code == nil, naming.agencyCode == nil, let (digits, name) = Self.leadingCode(label), Self.looksLikeAgency(name) {
            return (name, digits, .agency(code: digits, name: name), .subtotal)
        }
        if let code, let kind = ClassificationKind(code: code) {
            switch kind {
            case .function: if let function = FunctionCode(code) { return (label, code, .function(function), .detail) }
            case .economicDepartment, .economicGovernment:
                if let economic = EconomicCode(code) { return (label, code, .economic(economic), .detail) }
            }
        }
        if table != .selfEvaluation, naming.agencyCode != nil || naming.agencyName != nil {
            let name = naming.agencyName ?? label
            return (name, naming.agencyCode, .agency(code: naming.agencyCode ?? "", name: name), .subtotal)
        }
        let compact = TextNormalization.removingSpaces(label)
        if !compact.isEmpty, agencyNames.contains(where: { $0 == compact }) {
            return (label, code, .agency(code: "", name: label), .subtotal)
        }
        if side == .revenue {
            // 非财政拨款 is the other money, and a 财政拨款结余/结转 line is last year's, not
            // this year's 财政拨款 (使用非财政拨款结余, 1.财政拨款结余、结转).
            // Guangdong's templates call it 预算拨款 (一、预算拨款), without naming a fund.
            let appropriation = plain.includes("财政拨款") || plain.hasSuffix("预算拨款") && ColumnClassifier.source(in: plain) == nil
            if appropriation, !plain.includes("非财政拨款"), !plain.includes("结余"), !plain.includes("结转") {
                return (label, code, .fiscalAppropriation, .subtotal)
            }
            if let source = ColumnClassifier.source(in: plain) {
                return (label, code, inCarryoverGroup ? .carriedOver(source) : .fundSource(source), .detail)
            }
        }
        if side != .revenue, let category = functionCategory(named: plain) {
            return (label, category.digits, .function(category), .detail)
        }
        switch table {
        case .projectExpenditure, .generalPublicProjectExpenditure, .selfEvaluation: return (label, code, plain.isEmpty ? nil : .project(label), .detail)
        case .threePublicExpenses: return (label, code, year(in: plain).map(RowSubject.year), .detail)
        default: return (label, code, plain.isEmpty ? nil : .label(label), .detail)
        }
    }

    /// Totals and the rows of a 上年结转 group.
    private mutating func total(_ plain: String) -> (RowSubject, RowRole)? {
        if ["合计", "总计", "收入总计", "支出总计", "收支总计", "总合计", "合计数", "部门合计"].contains(plain) {
            inCarryoverGroup = false
            return (.grandTotal, .total)
        }
        if ["本年收入合计", "本年支出合计", "本年收入", "本年支出", "本年收入小计", "本年支出小计"].contains(plain) {
            inCarryoverGroup = false
            return (.currentYearTotal, plain.hasSuffix("计") ? .total : .subtotal)
        }
        // 上年结转, 上年结余, 上年结余、结转: last year's money, whichever word comes first.
        if plain.hasPrefix("上年结转") || plain.hasPrefix("年初结转") || plain.hasPrefix("上年结余") {
            if side == .revenue || side == nil {
                inCarryoverGroup = true
                return (.carryover, .subtotal)
            }
        }
        if plain.hasPrefix("年终结转") || plain.hasPrefix("年末结转") || plain.hasPrefix("结转下年") {
            return (.yearEndBalance, .detail)
        }
        return nil
    }

    /// The 功能分类 类 a name without a code stands for (`社会保障和就业支出`).
    private func functionCategory(named name: String) -> FunctionCode? {
        guard name.hasSuffix("支出") || name.hasSuffix("费") else { return nil }
        let normalized = ClassificationName.normalize(name)
        return catalogues.function.categories.first { $0.name == normalized || $0.otherNames.contains(normalized) }
            .flatMap { FunctionCode($0.code) }
    }

    private func year(in text: String) -> Int? {
        let digits = text.prefix { $0.isNumber }
        if digits.count == 4, let year = Int(digits), text.dropFirst(4).hasPrefix("年") { return year }
        return fiscalYear
    }

    /// `222006 咸宁市…管理处` → (`222006`, `咸宁市…管理处`): three to nine digits, then a name.
    static func leadingCode(_ label: String) -> (String, String)? {
        let text = TextNormalization.trimmed(label)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (3...9).contains(digits.count) else { return nil }
        let name = TextNormalization.removingSpaces(String(text.dropFirst(digits.count)))
        // `2026年春节慰问金-…总站`: a date opens the name, no code.
        if let next = name.first, ["年", "月", "日"].contains(next) { return nil }
        return name.isEmpty ? nil : (String(digits), name)
    }

    /// A name that ends as agencies' names do (`…局`, `…管理处`, `…中心`), and as no 科目 does.
    static func looksLikeAgency(_ name: String) -> Bool {
        guard name.count >= 4, !name.hasSuffix("支出"), !name.hasSuffix("费") else { return false }
        return ["局", "处", "中心", "委员会", "办公室", "站", "院", "所", "队", "馆", "厅", "委", "会", "社", "学校", "(本级)", "本级"]
            .contains { name.hasSuffix($0) }
    }

    /// The label without spaces, width variants and outline numbering (`一、`, `(一)`, `1.`).
    static func plainLabel(_ label: String) -> String {
        var text = TextNormalization.removingSpaces(TextNormalization.halfWidth(label))
        if let (number, rest) = TableTitle.splitNumber(text), !number.hasPrefix("表") {
            text = rest
        }
        return text
    }
}
