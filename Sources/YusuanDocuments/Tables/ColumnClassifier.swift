import YusuanCore

/// Gives a column its meaning from its header cells (top first), whatever words a
/// province prints: `支出预算 / 基本支出` → `basic`, `本年收入 / 一般公共预算` →
/// `currentYear.generalPublicBudget`, `项目年度预算金额 / 其中：财政拨款 / 一般公共预算` →
/// `budget.generalPublic`.
struct ColumnClassifier {
    let table: TableKind
    let catalogues: CatalogueSet

    func meaning(of header: [String]) -> ColumnMeaning? {
        let path = header.map(Self.normalize).filter { !$0.isEmpty }
        if let meaning = meaning(ofPath: path) { return meaning }
        // A header cell that wraps onto several lines reaches us as several parts
        // (`一般公共` / `预算拨款` / `收入`): read the last parts as one.
        for count in stride(from: 2, through: min(4, path.count), by: 1) {
            let joined = Array(path.dropLast(count)) + [path.suffix(count).joined()]
            if let meaning = meaning(ofPath: joined) { return meaning }
        }
        return nil
    }

    private func meaning(ofPath path: [String]) -> ColumnMeaning? {
        guard let leaf = path.last else { return nil }
        let all = path.joined(separator: "/")
        if ["序号", "行次", "栏次", "编号"].contains(leaf) { return .sequence }
        if let meaning = codeOrName(leaf: leaf, all: all) { return meaning }
        if table == .selfEvaluation, let meaning = selfEvaluation(path: path, leaf: leaf, all: all) { return meaning }
        if table == .performanceTargets || table == .agencyPerformanceTargets || table == .selfEvaluation,
           let meaning = indicatorGrid(leaf) {
            return meaning
        }
        if table == .threePublicExpenses || all.includes("三公"), let meaning = threePublic(path: path, leaf: leaf, all: all) {
            return meaning
        }
        return amount(path: path, leaf: leaf)
    }

    /// Header text without spaces, quotes, asterisks, `其中：` or a trailing unit.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in TextNormalization.halfWidth(text).unicodeScalars
        where !TextNormalization.isSpace(scalar) && !"“”\"‘’*".unicodeScalars.contains(scalar) {
            scalars.append(scalar)
        }
        var result = String(scalars)
        if result.hasPrefix("其中") {
            result.removeFirst(2)
            if result.hasPrefix(":") { result.removeFirst() }
        }
        for unit in ["(万元)", "(元)"] where result.hasSuffix(unit) {
            result.removeLast(unit.count)
        }
        return result
    }

    private var economicTable: Bool {
        [.generalPublicBasicExpenditure, .generalPublicEconomicExpenditure, .basicExpenditure].contains(table)
    }

    private func codeOrName(leaf: String, all: String) -> ColumnMeaning? {
        let codeBase: ColumnMeaning = all.includes("经济分类") || economicTable ? .economicCode : .functionCode
        if let level = CodeLevel(chineseName: leaf) { return .codePart(codeBase, level) }
        if leaf.includes("编码") || leaf.includes("代码") || leaf == "科目编码" {
            if leaf.includes("单位") || leaf.includes("部门") { return .agencyCode }
            if leaf.includes("项目") { return ColumnMeaning("projectCode") }
            if leaf.includes("经济") { return .economicCode }
            return codeBase
        }
        if leaf.includes("名称") {
            // 部门预算支出经济分类科目名称 names a 科目, not a 部门.
            if leaf.includes("科目") { return .name }
            if leaf.includes("单位") || leaf.includes("部门") { return .agencyName }
            if leaf.includes("项目") { return .projectName }
            if leaf.includes("指标") { return .indicatorName }
            return .name
        }
        if leaf == "科目" { return .name }
        if leaf == "项目" || leaf == "功能分类" || leaf.hasPrefix("项目(") || leaf == "支出功能分类科目" { return .item }
        return nil
    }

    private func threePublic(path: [String], leaf: String, all: String) -> ColumnMeaning? {
        if all.includes("机关运行") { return .agencyOperatingCost }
        if all.includes("因公出国") { return .threePublic(.overseasTravel) }
        if all.includes("公务接待") { return .threePublic(.reception) }
        if leaf.includes("购置") { return .threePublic(.vehiclePurchase) }
        if leaf.includes("运行") { return .threePublic(.vehicleOperation) }
        if all.includes("公务用车") { return .threePublic(.vehicles) }
        if ["合计", "小计", "总计"].contains(leaf) || leaf.includes("三公") { return .threePublic(.total) }
        return nil
    }

    private func selfEvaluation(path: [String], leaf: String, all: String) -> ColumnMeaning? {
        if leaf.includes("执行率") { return .executionRate }
        if all.includes("问题") { return .problems }
        if all.includes("整改") { return .rectification }
        let sourcePart: String? = {
            if leaf.includes("合计") || leaf.includes("小计") { return "total" }
            if leaf.includes("一般公共预算") { return "generalPublic" }
            if leaf.includes("政府性基金") { return "governmentFund" }
            if leaf.includes("非财政") { return "nonFiscal" }
            if leaf.includes("财政拨款") { return "fiscal" }
            if leaf.includes("其他") { return "other" }
            return nil
        }()
        if let sourcePart {
            if all.includes("实际") || all.includes("执行数") || all.includes("支出金额") { return .actual(sourcePart) }
            if all.includes("预算") { return .budget(sourcePart) }
        }
        let categories = [("数量", "quantity"), ("质量", "quality"), ("时效", "timeliness"), ("成本", "cost"),
                          ("经济效益", "economicBenefit"), ("社会效益", "socialBenefit"), ("生态效益", "ecologicalBenefit"),
                          ("可持续", "sustainability"), ("满意度", "satisfaction")]
        if let category = categories.first(where: { all.includes($0.0) })?.1 {
            if leaf.includes("完成") || leaf.includes("实际") { return .indicator(category, "actual") }
            return .indicator(category, "target")
        }
        if leaf.includes("目标") && !leaf.includes("完成") { return .goalTarget }
        if leaf.includes("完成情况") { return .goalActual }
        return nil
    }

    private func indicatorGrid(_ leaf: String) -> ColumnMeaning? {
        if leaf.includes("一级指标") { return .indicatorTier }
        if leaf.includes("二级指标") { return .indicatorCategory }
        if leaf.includes("三级指标") { return .indicatorName }
        if leaf.includes("指标性质") || leaf == "符号" { return .indicatorComparator }
        // `绩效指标值设定依据及数据来源` names the value's basis, not the value.
        if leaf.includes("依据") || leaf.includes("数据来源") { return .indicatorBasis }
        if leaf.includes("指标值") || leaf.includes("目标值") { return .indicatorValue }
        if leaf.includes("度量单位") || leaf.includes("计量单位") { return .indicatorUnit }
        if leaf.includes("分值") || leaf.includes("权重") { return .weight }
        if leaf.includes("得分") { return .score }
        return nil
    }

    private func amount(path: [String], leaf: String) -> ColumnMeaning? {
        let groups = path.dropLast()
        // Money under 政府采购 (of which: 预留给中小企业) measures procurement, a share of the
        // spending beside it, not spending by kind or source: its 小计 is no total.
        if groups.contains(where: { $0.includes("政府采购") }) { return nil }
        let origin: FundOrigin? = path.contains { $0.includes("上年结转") || $0.includes("年初结转") } ? .priorYearCarryover
            : (groups.contains { $0.hasPrefix("本年") } ? .currentYear : nil)
        let kinds: [(String, ColumnMeaning)] = [
            ("人员经费", .personnel), ("人员支出", .personnel), ("公用经费", .operating), ("日常公用", .operating), ("事业单位经营支出", .institutionBusiness),
            ("上缴上级", .remittanceToSuperior), ("对附属单位补助", .subsidyToSubordinates),
            ("基本支出", .basic), ("项目支出", .project),
        ]
        if let kind = kinds.first(where: { leaf.includes($0.0) }) { return kind.1 }
        if ["合计", "总计", "小计", "金额合计", "合计数", "支出总计", "收入总计"].contains(leaf) || leaf.hasSuffix("合计") {
            if groups.contains(where: { $0.includes("基本支出") }) { return .basic }
            switch origin {
            case .currentYear: return .currentYear(nil)
            case .priorYearCarryover: return .carryover(nil)
            case nil: return .total
            }
        }
        if let source = Self.source(in: leaf) {
            switch origin {
            case .currentYear: return .currentYear(source)
            case .priorYearCarryover: return .carryover(source)
            case nil: return .source(source)
            }
        }
        if leaf.includes("单位资金") { return origin == .priorYearCarryover ? .carryoverUnitFunds : .unitFunds }
        // 非财政拨款 (使用非财政拨款结余) is the rest of the money, which no identity here adds up.
        if leaf.includes("财政拨款") { return leaf.includes("非财政拨款") ? nil : .fiscalAppropriation }
        if let category = economicCategory(named: ClassificationName.normalize(leaf)) {
            return .economicCategory(category)
        }
        if ["预算数", "金额", "决算数", "预算金额", "数额", "预算", "本年预算", "本年预算数"].contains(leaf)
            || leaf.hasSuffix("年预算数") || leaf.hasSuffix("预算数") {
            return .amount
        }
        return nil
    }

    /// The 经济分类 类 a column of a project table is headed by (`工资福利支出`,
    /// `社会保障基金补助` for 对社会保障基金补助); an exact name wins over a containing one.
    private func economicCategory(named name: String) -> String? {
        let categories = catalogues.economicDepartment.categories
        if let exact = categories.first(where: { $0.name == name || $0.otherNames.contains(name) }) { return exact.code }
        guard name.count >= 4 else { return nil }
        return categories.first { $0.name.includes(name) }?.code
    }

    /// The fund source a header names (`一般公共预算拨款`, `事业单位经营收入`, `教育收费`).
    static func source(in text: String) -> FundSource? {
        if text.includes("一般公共预算") || text.includes("公共财政") { return .generalPublicBudget }
        if text.includes("政府性基金") || text.includes("政府基金") { return .governmentFund }
        // `国有资本经营预算`, or what is left of it when extraction garbles it (`国有本营算`).
        if text.includes("国有资本") || text.includes("国有") && text.includes("营") { return .stateCapitalOperation }
        // 事业收入（不含教育收费）is 事业收入: the fees are counted under 财政专户 instead.
        if text.includes("财政专户") || text.includes("教育收费") && !text.includes("不含教育收费") { return .fiscalSpecialAccount }
        if text.includes("事业单位经营") || text.includes("经营收入") { return .institutionBusinessRevenue }
        if text.includes("事业收入") { return .publicInstitutionRevenue }
        if text.includes("上级补助") { return .superiorSubsidy }
        if text.includes("附属单位") { return .subordinateRemittance }
        if text.includes("其他收入") || text.includes("其他资金") { return .otherRevenue }
        return nil
    }
}
