import YusuanCore

/// The form read back into an application. What cannot be read (a year that is not one, an
/// amount not in 元 to the 分, a row without its name) is an error and nothing is saved; what
/// reads but fails the library's checks (funding across tables, years, indicator quality) is
/// a warning, saved and shown.
extension ProjectForm {
    /// `reviewSheet` is the 编审表 the region reviews applications on.
    static func read(_ form: FormFields, onto base: ProjectApplication, catalogues: CatalogueSet, library: IndicatorLibrary?,
                     reviewSheet: ReviewSheet = .standardProjectTemplate) -> (ProjectApplication, [FormIssue]) {
        var reading = Reading()
        var application = base
        application.project = reading.project(form, onto: base.project, catalogues: catalogues)
        application.target = PerformanceTarget(
            yearGoals: goals.rows(in: form).enumerated().compactMap { reading.goal($1, row: $0 + 1) },
            indicators: indicators.rows(in: form).enumerated().compactMap { reading.indicator($1, row: $0 + 1, library: library) })
        application.transfers = reading.transfers(transfers.rows(in: form))
        application.procurement = reading.procurement(procurement.rows(in: form))
        application.services = reading.services(services.rows(in: form))
        application.reviewSheets = sheets(base.reviewSheets, region: reviewSheet, capital: form["capitalSheet"] == "on")
        guard !reading.issues.contains(where: \.isError) else { return (application, reading.issues) }
        let warnings = application.libraryProblems.map(\.message) + application.target.qualityProblems.map(\.message)
        return (application, reading.issues + warnings.map {
            FormIssue(table: nil, row: nil, field: "", place: "检查", message: $0, isError: false)
        })
    }

    /// The sheets the bureau scores: a project 编审表 always (the region's own, or the
    /// standard one), the 基本建设 one when asked for. Sheets already scored keep their scores.
    private static func sheets(_ sheets: [ReviewSheet], region: ReviewSheet, capital: Bool) -> [ReviewSheet] {
        var sheets = sheets.filter { capital || $0.kind != .capitalConstruction }
        if !sheets.contains(where: { $0.kind != .capitalConstruction }) { sheets.append(region) }
        if capital && !sheets.contains(where: { $0.kind == .capitalConstruction }) { sheets.append(.capitalConstructionTemplate) }
        return sheets
    }

    /// Reads values one at a time, collecting an issue for each that fails.
    private struct Reading {
        var issues: [FormIssue] = []

        mutating func fail(_ table: String?, _ row: Int?, _ field: String, _ label: String, zh: String, en: String) {
            let place = table.map { "\(ProjectForm.title(of: $0))第 \(row ?? 0) 行\(label)" } ?? label
            issues.append(FormIssue(table: table, row: row, field: field, place: place, message: .init(zh: zh, en: en), isError: true))
        }

        mutating func warn(_ field: String, _ label: String, zh: String, en: String) {
            issues.append(FormIssue(table: nil, row: nil, field: field, place: label, message: .init(zh: zh, en: en), isError: false))
        }

        /// A year from 1900 to 2100; blank is nil, and an error when `required`.
        mutating func year(_ text: String, required: Bool, _ table: String?, _ row: Int?, _ field: String, _ label: String) -> Int? {
            if text.isEmpty {
                if required { fail(table, row, field, label, zh: "请填写年度", en: "the year is required") }
                return nil
            }
            guard let year = Int(text), (1900...2100).contains(year) else {
                fail(table, row, field, label, zh: "“\(text)”不是年度（如 2026）", en: "“\(text)” is not a year (such as 2026)")
                return nil
            }
            return year
        }

        /// An amount in 元 to the 分 (thousands separators allowed); blank is nil.
        mutating func money(_ text: String, _ table: String, _ row: Int, _ field: String, _ label: String) -> Money? {
            guard !text.isEmpty else { return nil }
            guard let money = DecimalNumber(text.replacingOccurrences(of: ",", with: "")).flatMap({ Money(exactly: $0) }) else {
                fail(table, row, field, label, zh: "金额“\(text)”不是精确到分的元数", en: "the amount “\(text)” is not 元 to the 分")
                return nil
            }
            return money
        }

        mutating func project(_ form: FormFields, onto base: Project, catalogues: CatalogueSet) -> Project {
            var project = base
            for (name, path) in ProjectForm.textFields {
                let text = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                project[keyPath: path] = text.isEmpty ? nil : text
            }
            if project.name == nil { fail(nil, nil, "name", "项目名称", zh: "请填写项目名称", en: "the project name is required") }
            let trimmed = { (name: String) in (form[name] ?? "").trimmingCharacters(in: .whitespaces) }
            project.implementationYear = year(trimmed("implementationYear"), required: true, nil, nil, "implementationYear", "项目实施年度")
            let period = trimmed("periodYears")
            project.periodYears = Int(period).flatMap { (1...50).contains($0) ? $0 : nil }
            if !period.isEmpty && project.periodYears == nil {
                fail(nil, nil, "periodYears", "项目实施周期", zh: "“\(period)”不是 1–50 的年数", en: "“\(period)” is not a number of years from 1 to 50")
            }
            project.functionCode = functionCode(trimmed("functionCode"), name: &project.functionName, catalogues: catalogues)
            project.flags = ProjectForm.flags.rows(in: form).enumerated().compactMap { index, row in
                guard let label = row["flagLabel"], !label.isEmpty else {
                    fail("flags", index + 1, "flagLabel", "问题", zh: "请填写问题", en: "the question is required")
                    return nil
                }
                return ProjectFlag(label: label, value: ProjectFlag.answer(row["flagValue"] ?? ""))
            }
            project.funding = funding(ProjectForm.funding.rows(in: form))
            project.narratives = ProjectForm.narratives.rows(in: form).map { row in
                let title = FormRows.given(row, "narrTitle") ?? "简述"
                // Supporting documents named by an uploaded form stay with their question.
                let evidence = base.narratives.first { $0.title == title }?.evidence ?? []
                return ProjectNarrative(group: FormRows.given(row, "narrGroup"), title: title,
                                        text: row["narrText"] ?? "", evidence: evidence)
            }
            return project
        }

        /// A 功能科目 code: malformed is an error; one the catalogue has not seen, or a name that
        /// disagrees with it, a warning (the catalogue is what documents were seen to use). A
        /// blank name takes the catalogue's.
        mutating func functionCode(_ digits: String, name: inout String?, catalogues: CatalogueSet) -> FunctionCode? {
            guard !digits.isEmpty else { return nil }
            guard let code = FunctionCode(digits) else {
                fail(nil, nil, "functionCode", "功能科目编码", zh: "“\(digits)”不是功能分类编码（2 开头，3、5 或 7 位）",
                     en: "“\(digits)” is not a function classification code (3, 5 or 7 digits starting with 2)")
                return nil
            }
            guard let entry = catalogues.function.entry(code) else {
                warn("functionCode", "功能科目编码", zh: "编码 \(digits) 不在功能分类目录中，请核对",
                     en: "the code \(digits) is not in the function classification catalogue; check it")
                return code
            }
            guard let printed = name else {
                name = entry.name
                return code
            }
            if !catalogues.function.check(code: digits, name: printed).isAccepted {
                warn("functionName", "功能科目名称", zh: "编码 \(digits) 在目录中名为“\(entry.name)”，填写的是“\(printed)”",
                     en: "the catalogue names \(digits) “\(entry.name)”, not “\(printed)”")
            }
            return code
        }

        /// 申请金额 by year and source, each year's 合计 first, as seed 000 prints them.
        mutating func funding(_ rows: [FormRows.Row]) -> [ProjectFunding] {
            var sources: [ProjectFunding] = []
            for (index, row) in rows.enumerated() {
                let number = index + 1
                let year = self.year(row["fundYear"] ?? "", required: true, "funding", number, "fundYear", "年度")
                let text = row["fundSource"] ?? ""
                let kind = ProjectFundingSource(text: text)
                if kind == nil || kind == .total {
                    fail("funding", number, "fundSource", "资金来源", zh: "请选择资金来源", en: "choose where the money comes from")
                }
                let amount = money(row["fundAmount"] ?? "", "funding", number, "fundAmount", "金额")
                if (row["fundAmount"] ?? "").isEmpty {
                    fail("funding", number, "fundAmount", "金额", zh: "请填写金额", en: "the amount is required")
                }
                guard let year, let kind, kind != .total, let amount else { continue }
                if sources.contains(where: { $0.fiscalYear == year && $0.kind == kind }) {
                    fail("funding", number, "fundSource", "资金来源", zh: "\(year)年的\(kind.chineseName)已在前面填过",
                         en: "\(year)'s \(kind.rawValue) is entered twice")
                    continue
                }
                sources.append(ProjectFunding(fiscalYear: year, source: text, amount: amount))
            }
            return Set(sources.map(\.fiscalYear)).sorted().flatMap { year in
                let ofYear = sources.filter { $0.fiscalYear == year }
                return [ProjectFunding(fiscalYear: year, source: ProjectFundingSource.total.chineseName, amount: ofYear.map(\.amount).sum())]
                    + ofYear
            }
        }

        mutating func goal(_ row: FormRows.Row, row number: Int) -> YearGoal? {
            let year = self.year(row["goalYear"] ?? "", required: true, "goals", number, "goalYear", "年度")
            let text = row["goalText"] ?? ""
            if text.isEmpty { fail("goals", number, "goalText", "目标", zh: "请填写目标", en: "the goal is required") }
            guard let year, !text.isEmpty else { return nil }
            return YearGoal(fiscalYear: year, goal: text, note: FormRows.given(row, "goalNote"))
        }

        /// An indicator; one named as in the library takes the library's category, comparator
        /// and unit where the row leaves them blank (picking from the library without script).
        mutating func indicator(_ row: FormRows.Row, row number: Int, library: IndicatorLibrary?) -> Indicator? {
            let name = row["indName"] ?? ""
            let entry = library?.entry(named: name)
            if name.isEmpty { fail("indicators", number, "indName", "三级指标", zh: "请填写三级指标", en: "the indicator's name is required") }
            let categoryText = row["indCategory"] ?? ""
            let category = categoryText.isEmpty ? entry?.category : IndicatorCategory(rawValue: categoryText)
            if category == nil {
                fail("indicators", number, "indCategory", "二级指标", zh: "请选择二级指标", en: "choose the indicator's category")
            }
            let comparatorText = (row["indComparator"] ?? "").isEmpty ? entry?.comparator ?? "" : row["indComparator"] ?? ""
            let comparator = IndicatorComparator(text: comparatorText)
            if !comparatorText.isEmpty && comparator == nil {
                fail("indicators", number, "indComparator", "指标性质", zh: "“\(comparatorText)”不是指标性质",
                     en: "“\(comparatorText)” is not a comparator")
            }
            guard !name.isEmpty, let category else { return nil }
            // A printed tier stays when it fits the category (成本指标 may stand as a tier of its own).
            let tier = IndicatorTier(rawValue: row["indTier"] ?? "").flatMap { $0 == category.tier || category == .cost ? $0 : nil }
                ?? category.tier
            let unitText = (row["indUnit"] ?? "").isEmpty ? entry?.unit ?? "" : row["indUnit"] ?? ""
            return Indicator(name: name, tier: tier, category: category, comparator: comparator,
                             targetValue: TargetValue(row["indValue"] ?? ""), unit: MeasureUnit(printed: unitText),
                             isQuantitative: Indicator.quantitative(fromType: row["indType"] ?? ""), basis: FormRows.given(row, "indBasis"),
                             note: FormRows.given(row, "indNote"), isCore: ProjectFlag.answer(row["indCore"] ?? ""))
        }

        /// Regions by year; each row's 资金规模 and the 合计 row are the sums of what is typed.
        mutating func transfers(_ rows: [FormRows.Row]) -> [TransferPayment] {
            var regions: [TransferPayment] = []
            for (index, row) in rows.enumerated() {
                let number = index + 1, region = row["trRegion"] ?? ""
                if region.isEmpty { fail("transfers", number, "trRegion", "地区", zh: "请填写地区", en: "the region is required") }
                let fiscalYear = year(row["trYear"] ?? "", required: false, "transfers", number, "trYear", "年度")
                var year = TransferPayment.Year(fiscalYear: fiscalYear)
                for (key, label, source) in [("trSuperior", "上级补助", ProjectFundingSource.superiorTransfer),
                                             ("trLocal", "本级财政安排", .localFiscal), ("trSelf", "单位自筹", .selfRaised)] {
                    year[source] = money(row[key] ?? "", "transfers", number, key, label)
                }
                guard !region.isEmpty else { continue }
                year.total = Self.sum([year.superiorTransfer, year.localFiscal, year.selfRaised])
                if let at = regions.firstIndex(where: { $0.region == region }) {
                    if regions[at].year(fiscalYear ?? 0) != nil || (fiscalYear == nil && regions[at].years.contains { $0.fiscalYear == nil }) {
                        fail("transfers", number, "trYear", "年度", zh: "“\(region)”的这一年度已在前面填过",
                             en: "this year of “\(region)” is entered twice")
                    }
                    regions[at].years.append(year)
                } else {
                    regions.append(TransferPayment(region: region, years: [year]))
                }
            }
            guard !regions.isEmpty else { return [] }
            var years: [Int?] = []
            for year in regions.flatMap(\.years) where !years.contains(year.fiscalYear) { years.append(year.fiscalYear) }
            let total = TransferPayment(region: "合计", years: years.map { fiscalYear in
                var sum = TransferPayment.Year(fiscalYear: fiscalYear)
                for source in ProjectFundingSource.allCases {
                    sum[source] = Self.sum(regions.flatMap(\.years).filter { $0.fiscalYear == fiscalYear }.map { $0[source] })
                }
                return sum
            })
            return [total] + regions
        }

        mutating func procurement(_ rows: [FormRows.Row]) -> [ProcurementItem] {
            let items = rows.enumerated().compactMap { index, row -> ProcurementItem? in
                let number = index + 1, name = row["procName"] ?? ""
                if name.isEmpty { fail("procurement", number, "procName", "采购项目", zh: "请填写采购项目", en: "the item is required") }
                let amount = money(row["procAmount"] ?? "", "procurement", number, "procAmount", "金额")
                let quantityText = row["procQuantity"] ?? ""
                let quantity = DecimalNumber(quantityText.replacingOccurrences(of: ",", with: ""))
                if !quantityText.isEmpty && quantity == nil {
                    fail("procurement", number, "procQuantity", "数量", zh: "“\(quantityText)”不是数量", en: "“\(quantityText)” is not a quantity")
                }
                guard !name.isEmpty else { return nil }
                return ProcurementItem(name: name, catalogue: FormRows.given(row, "procCatalogue"), method: FormRows.given(row, "procMethod"),
                                       unit: MeasureUnit(printed: row["procUnit"] ?? ""), quantity: quantity,
                                       requiredBy: FormRows.given(row, "procRequiredBy"), amount: amount)
            }
            return items.isEmpty ? [] : [ProcurementItem(name: "合计", amount: Self.sum(items.map(\.amount)))] + items
        }

        mutating func services(_ rows: [FormRows.Row]) -> [PurchasedService] {
            let items = rows.enumerated().compactMap { index, row -> PurchasedService? in
                let number = index + 1, catalogue = row["svcCatalogue"] ?? ""
                if catalogue.isEmpty {
                    fail("services", number, "svcCatalogue", "购买服务目录", zh: "请填写购买服务目录", en: "the service catalogue item is required")
                }
                let amount = money(row["svcAmount"] ?? "", "services", number, "svcAmount", "金额")
                guard !catalogue.isEmpty else { return nil }
                return PurchasedService(catalogue: catalogue, purchaseMethod: FormRows.given(row, "svcPurchaseMethod"),
                                        procurementMethod: FormRows.given(row, "svcProcurementMethod"), amount: amount, summary: FormRows.given(row, "svcSummary"))
            }
            return items.isEmpty ? [] : [PurchasedService(catalogue: "合计", amount: Self.sum(items.map(\.amount)))] + items
        }

        /// The sum of the amounts given; nil when none is.
        static func sum(_ amounts: [Money?]) -> Money? {
            let given = amounts.compactMap { $0 }
            return given.isEmpty ? nil : given.sum()
        }
    }
}
