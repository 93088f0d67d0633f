import YusuanCore

/// Turns the 绩效自评表 a document holds (tables of kind `.selfEvaluation`, whose columns the
/// reader has given meanings) into self-evaluation facts to score.
///
/// Money comes from the money columns; each indicator category's pair of cells
/// (年度指标内容 / 完成情况) becomes one indicator per `;`-separated part, with the figure each
/// side states (`IndicatorText`). What cannot be taken from the text is kept as a note on
/// the indicator, so scoring says why it was not scored.
public enum SelfEvaluationReader {
    /// The document's self-evaluation, its tables' rows in one set of agency groups; nil when
    /// it has no 绩效自评表.
    public static func read(_ document: Document) -> SelfEvaluation? {
        let tables = document.tables(.selfEvaluation)
        guard !tables.isEmpty else { return nil }
        var evaluation = SelfEvaluation(department: document.agency, fiscalYear: document.fiscalYear ?? tables[0].fiscalYear,
                                        moneyScale: tables[0].moneyScale ?? document.moneyScale ?? .tenThousandYuan)
        for table in tables {
            for row in table.rows {
                switch row.role {
                case .detail:
                    let project = project(row, in: table)
                    let agency = row.agency ?? document.agency ?? ""
                    if let last = evaluation.groups.indices.last, evaluation.groups[last].agency == agency,
                       evaluation.groups[last].subtotalLabel == nil {
                        evaluation.groups[last].projects.append(project)
                    } else {
                        evaluation.groups.append(.init(agency: agency, projects: [project]))
                    }
                case .subtotal:
                    if let last = evaluation.groups.indices.last { evaluation.groups[last].subtotalLabel = row.label }
                default:
                    continue
                }
            }
        }
        return evaluation
    }

    static func project(_ row: Row, in table: Table) -> ProjectSelfEvaluation {
        func text(_ meaning: String) -> String? {
            guard let cell = table.cell(row, ColumnMeaning(meaning)), !cell.isBlank else { return nil }
            let trimmed = TextNormalization.trimmed(cell.text)
            return trimmed.isEmpty ? nil : trimmed
        }
        func amounts(_ prefix: String) -> SelfEvaluationAmounts {
            func money(_ part: String) -> Money? {
                guard let figure = table.cell(row, ColumnMeaning("\(prefix).\(part)"))?.amount else { return nil }
                return Money(exactly: figure.value, in: figure.scale)
            }
            return SelfEvaluationAmounts(total: money("total"), generalPublic: money("generalPublic"),
                                         governmentFund: money("governmentFund"), nonFiscal: money("nonFiscal"))
        }
        let (indicators, note) = IndicatorText.indicators(of: row, in: table)
        return ProjectSelfEvaluation(
            sequence: row.sequence.map(String.init) ?? text("sequence"), name: row.label, agency: row.agency,
            budget: amounts("budget"), actual: amounts("actual"), printedExecutionRate: text("executionRate"),
            goal: text("goal.target"), goalResult: text("goal.actual"), indicators: indicators,
            problems: text("problems"), rectification: text("rectification"), readingNote: note)
    }
}
