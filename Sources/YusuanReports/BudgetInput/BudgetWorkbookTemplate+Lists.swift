import YusuanCore
import YusuanXLSX

extension BudgetWorkbookTemplate {
    /// The rows of a list sheet: the input's entries, or the fixed rows of an empty template.
    static func listRows(_ layout: BudgetWorkbookLayout.Sheet, _ input: BudgetInput?, _ catalogues: CatalogueSet?) -> [[WorksheetCell]] {
        switch layout.part {
        case .lines:
            return (input?.lines ?? []).map { line in
                let functionName = line.functionName ?? catalogues?.entry(line.function)?.name
                let economicName = line.economicName ?? line.economic.flatMap { catalogues?.entry($0)?.name }
                return [textCell(line.agency), textCell(line.function), textCell(functionName), textCell(line.economic),
                        textCell(economicName), textCell(line.kind?.chineseName), textCell(line.source.chineseName),
                        textCell(line.origin == .currentYear ? "本年" : "上年结转"),
                        textCell(line.use == .expenditure ? "支出" : "年终结转结余"), textCell(line.project), amountCell(line.amount)]
            }
        case .revenue:
            return (input?.revenue ?? []).map { entry in
                [textCell(entry.source.chineseName), textCell(entry.origin == .currentYear ? "本年" : "上年结转"), amountCell(entry.amount)]
            }
        case .priorYear:
            let entries = input?.priorYear ?? (PriorKey.fixed + ThreePublicItem.parts.map(PriorKey.threePublic)).map { PriorEntry($0, .zero) }
            return entries.map { entry in
                [textCell(entry.key.rawValue), textCell(entry.key.label), amountCell(input == nil ? nil : entry.amount), textCell(entry.reason)]
            }
        case .assets:
            return (input?.assets?.items ?? []).map { item in
                [textCell(item.name), WorksheetCell(value: item.quantity.map { .number($0.description) } ?? .empty, style: CellStyle(border: .thin)),
                 textCell(item.unit), amountCell(item.value)]
            }
        case .projects:
            return (input?.projects ?? []).flatMap { project -> [[WorksheetCell]] in
                let indicators = project.indicators.isEmpty ? [nil] : project.indicators.map(Optional.some)
                return indicators.enumerated().map { index, indicator in
                    [textCell(project.name), textCell(index == 0 ? project.goal : nil), textCell(indicator?.tier.chineseName),
                     textCell(indicator?.category?.chineseName), textCell(indicator?.name), textCell(indicator?.comparator?.symbol),
                     textCell(indicator?.value), textCell(indicator?.unit)]
                }
            }
        case .uses:
            return (input?.uses ?? [:]).sorted { $0.key < $1.key }.map { [textCell($0.key), textCell($0.value)] }
        case .glossary:
            return (input?.glossary ?? []).map { [textCell($0.term), textCell($0.definition)] }
        case .agency, .threePublic, .otherFigures:
            return []
        }
    }
}

extension ThreePublicItem {
    /// The four items entered; the others are their sums.
    public static let parts: [ThreePublicItem] = [.overseasTravel, .vehiclePurchase, .vehicleOperation, .reception]
}
