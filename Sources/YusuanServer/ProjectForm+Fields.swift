import YusuanCore

/// The form filled in from an application, and the template's model from a form.
extension ProjectForm {
    /// The form as a stored application fills it. Totals (合计, 资金规模) are left out: the form
    /// computes them from the rows.
    static func fields(of application: ProjectApplication) -> FormFields {
        var form = FormFields()
        let project = application.project
        for (name, path) in textFields { form[name] = project[keyPath: path] ?? "" }
        form["implementationYear"] = project.implementationYear.map(String.init) ?? ""
        form["periodYears"] = project.periodYears.map(String.init) ?? ""
        form["functionCode"] = project.functionCode?.digits ?? ""
        flags.put(project.flags.map { ["flagLabel": $0.label, "flagValue": $0.value.map { $0 ? "是" : "否" } ?? ""] }, into: &form)
        funding.put(project.funding.filter { !$0.isTotal }.map {
            ["fundYear": String($0.fiscalYear), "fundSource": $0.source, "fundAmount": $0.amount.yuan.description]
        }, into: &form)
        let target = application.target
        goals.put(target.yearGoals.map { ["goalYear": String($0.fiscalYear), "goalText": $0.goal, "goalNote": $0.note ?? ""] }, into: &form)
        indicators.put(target.indicators.map { indicator in
            [
                "indTier": indicator.tier?.rawValue ?? "", "indCategory": indicator.category?.rawValue ?? "", "indName": indicator.name,
                "indComparator": indicator.comparator?.symbol ?? "", "indValue": indicator.targetValue.text,
                "indUnit": indicator.unit?.text ?? "",
                "indType": indicator.isQuantitative.map { $0 ? "定量" : "定性" } ?? "",
                "indCore": indicator.isCore.map { $0 ? "是" : "否" } ?? "",
                "indBasis": indicator.basis ?? "", "indNote": indicator.note ?? "",
            ]
        }, into: &form)
        transfers.put(application.transferRegions.flatMap { region in
            region.years.filter { !$0.isBlank }.map { year in
                ["trRegion": region.region, "trYear": year.fiscalYear.map(String.init) ?? "",
                 "trSuperior": year.superiorTransfer?.yuan.description ?? "", "trLocal": year.localFiscal?.yuan.description ?? "",
                 "trSelf": year.selfRaised?.yuan.description ?? ""]
            }
        }, into: &form)
        procurement.put(application.procurement.filter { !$0.isTotal }.map {
            ["procName": $0.name, "procCatalogue": $0.catalogue ?? "", "procMethod": $0.method ?? "", "procUnit": $0.unit?.text ?? "",
             "procQuantity": $0.quantity?.description ?? "", "procRequiredBy": $0.requiredBy ?? "",
             "procAmount": $0.amount?.yuan.description ?? ""]
        }, into: &form)
        services.put(application.services.filter { !$0.isTotal }.map {
            ["svcCatalogue": $0.catalogue, "svcPurchaseMethod": $0.purchaseMethod ?? "",
             "svcProcurementMethod": $0.procurementMethod ?? "", "svcAmount": $0.amount?.yuan.description ?? "",
             "svcSummary": $0.summary ?? ""]
        }, into: &form)
        narratives.put(project.narratives.map { ["narrGroup": $0.group ?? "", "narrTitle": $0.title, "narrText": $0.text] }, into: &form)
        if application.reviewSheet(.capitalConstruction) != nil { form["capitalSheet"] = "on" }
        return form
    }

    /// The template's model: the form as typed, each field and row with its issues, blank rows
    /// to add, and the 简述 questions not yet answered.
    static func model(_ form: FormFields, issues: [FormIssue], library: IndicatorLibrary?) -> [String: Any] {
        let byField = Dictionary(grouping: issues.filter { $0.table == nil }, by: \.field)
        var model: [String: Any] = [
            "groups": groups.map { group -> [String: Any] in
                ["title": group.title, "fields": group.fields.map { field -> [String: Any] in
                    let value = form[field.name] ?? "", found = byField[field.name] ?? []
                    return [
                        "name": field.name, "label": field.label, "value": value, "size": field.size, "required": field.required,
                        "numeric": field.numeric, "isSelect": field.choices != nil,
                        "options": FormRows.options(field.choices ?? [], selected: value),
                        "issues": found.map(\.model), "hasError": found.contains(where: \.isError),
                    ]
                }]
            },
            "issues": issues.map(\.model),
            "errorCount": issues.filter(\.isError).count, "hasErrors": issues.contains(where: \.isError),
            "warningCount": issues.filter { !$0.isError }.count, "hasWarnings": issues.contains { !$0.isError },
            "capitalSheet": form["capitalSheet"] == "on",
            "library": (library?.indicators ?? []).map {
                ["name": $0.name, "hint": [$0.category.chineseName, $0.comparator, $0.unit ?? ""].joined(separator: " ")]
            },
            "fundingTotals": fundingTotals(form),
        ]
        for table in [flags, funding, goals, indicators, transfers, procurement, services] {
            model[table.key] = table.model(table.rows(in: form), issues: issues, blank: blankRows)
        }
        model["narratives"] = narrativeModel(form)
        return model
    }

    /// Each year's 合计 as the rows that read add up, so the form shows what it will store.
    private static func fundingTotals(_ form: FormFields) -> [String] {
        var totals: [Int: Money] = [:]
        for row in funding.rows(in: form) {
            guard let year = Int(row["fundYear"] ?? ""),
                  let amount = DecimalNumber((row["fundAmount"] ?? "").replacingOccurrences(of: ",", with: "")).flatMap({ Money(exactly: $0) })
            else { continue }
            totals[year, default: .zero] += amount
        }
        return totals.keys.sorted().map { "\($0)年合计 \(totals[$0]!.yuan) 元" }
    }

    /// The answers as typed, then the standard questions no answer is given to.
    private static func narrativeModel(_ form: FormFields) -> [[String: Any]] {
        var rows = narratives.rows(in: form)
        let answered = Set(rows.compactMap { ProjectNarrative.Topic(title: $0["narrTitle"] ?? "") })
        for topic in ProjectNarrative.Topic.allCases where !answered.contains(topic) {
            rows.append(["narrGroup": topic.standardGroup, "narrTitle": topic.standardTitle, "narrText": ""])
        }
        return rows.enumerated().map { index, row in
            ["number": index + 1, "group": row["narrGroup"] ?? "", "title": row["narrTitle"] ?? "", "text": row["narrText"] ?? ""]
        }
    }
}
