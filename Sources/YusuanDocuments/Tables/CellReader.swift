import YusuanCore

/// Reads what a cell says, given what its column holds.
enum CellReader {
    /// A cell of an amount column: blank, an amount in the table's unit, or a percentage;
    /// text that is none of these is kept as text and reported.
    static func value(_ text: String, meaning: ColumnMeaning?, scale: MoneyScale) -> (CellValue, BilingualMessage?) {
        let trimmed = TextNormalization.trimmed(text)
        if meaning == .executionRate || trimmed.hasSuffix("%") || trimmed.hasSuffix("％") {
            if let percentage = PublishedPercentage.parse(trimmed) { return (.percentage(percentage), nil) }
        }
        if let meaning, meaning.holdsAmounts {
            do {
                guard let figure = try PublishedFigure.parse(trimmed, tableScale: scale) else { return (.blank, nil) }
                return (.amount(figure), nil)
            } catch {
                return (.text, error.message)
            }
        }
        guard let reading = try? AmountText.parse(trimmed) else { return (.text, nil) }
        guard let number = reading.value else { return (.blank, nil) }
        return (.number(number), nil)
    }
}
