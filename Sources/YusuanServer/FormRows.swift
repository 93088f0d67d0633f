import YusuanCore

/// A table of a form whose rows repeat: every column is a field name sent once per row, so
/// row i is the i-th value of each column. A row left blank is dropped, which is how a row
/// is deleted; the blank rows at the end add new ones. Works without JavaScript.
struct FormRows {
    struct Column {
        var name: String
        var label: String
        var size = 10
        var numeric = false
        /// The options of a select, value and label; a select always starts with a blank one.
        var choices: [(value: String, label: String)]?
        /// Carries what a row keeps between saves (a printed tier), not what a user types.
        var hidden = false
        /// The id of a `<datalist>` to suggest values from.
        var list: String?
    }

    var key: String
    var title: String
    var note = ""
    var columns: [Column]

    /// One row's values by column name, trimmed.
    typealias Row = [String: String]

    /// The rows the form sent that have something typed or chosen in them, in order.
    func rows(in form: FormFields) -> [Row] {
        let lists = columns.map { form.all($0.name) }
        let count = lists.map(\.count).max() ?? 0
        return (0..<count).compactMap { index in
            var row = Row()
            for (column, list) in zip(columns, lists) {
                row[column.name] = index < list.count ? list[index].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            }
            return columns.contains { !$0.hidden && !(row[$0.name] ?? "").isEmpty } ? row : nil
        }
    }

    /// A column's value in a row, nil when left blank.
    static func given(_ row: Row, _ column: String) -> String? {
        guard let value = row[column], !value.isEmpty else { return nil }
        return value
    }

    /// Puts rows into a form, column by column (the inverse of `rows(in:)`).
    func put(_ rows: [Row], into form: inout FormFields) {
        for row in rows {
            for column in columns { form.append(row[column.name] ?? "", to: column.name) }
        }
    }

    /// The template's model: the rows with their issues (numbered from 1, as the issues are),
    /// then `blank` empty rows.
    func model(_ rows: [Row], issues: [FormIssue], blank: Int) -> [String: Any] {
        let byRow = Dictionary(grouping: issues.filter { $0.table == key }, by: { $0.row ?? 0 })
        let visible = columns.filter { !$0.hidden }
        let shown = rows + Array(repeating: Row(), count: blank)
        return [
            "title": title, "note": note, "hasNote": !note.isEmpty,
            "headers": visible.map(\.label), "span": visible.count,
            "rows": shown.enumerated().map { index, row -> [String: Any] in
                let found = byRow[index + 1] ?? []
                return [
                    "number": index + 1,
                    "hidden": columns.filter(\.hidden).map { ["name": $0.name, "value": row[$0.name] ?? ""] },
                    "cells": visible.map { cell($0, value: row[$0.name] ?? "", row: index + 1) },
                    "issues": found.map(\.model), "hasIssues": !found.isEmpty, "hasError": found.contains(where: \.isError),
                ]
            },
        ]
    }

    private func cell(_ column: Column, value: String, row: Int) -> [String: Any] {
        var model: [String: Any] = [
            "name": column.name, "value": value, "size": column.size, "numeric": column.numeric,
            "label": "\(title)第\(row)行\(column.label)", "list": column.list as Any, "isSelect": column.choices != nil,
        ]
        if let choices = column.choices {
            model["options"] = Self.options(choices, selected: value)
        }
        return model
    }

    /// A select's options with one selected; a value that is not among the choices (as printed
    /// by another region's form) is kept as an option of its own rather than lost.
    static func options(_ choices: [(value: String, label: String)], selected: String) -> [[String: Any]] {
        var all = [(value: "", label: "—")] + choices
        if !all.contains(where: { $0.value == selected }) { all.append((selected, selected)) }
        return all.map { ["value": $0.value, "label": $0.label, "selected": $0.value == selected] }
    }
}

/// What a form could not read (an error: nothing is saved) or a check it fails (a warning),
/// with the place: a table and row, or a single field.
struct FormIssue {
    var table: String?
    var row: Int?
    var field: String
    /// Where, as a reader says it (`申请金额第 2 行`).
    var place: String
    var message: BilingualMessage
    var isError: Bool

    var model: [String: Any] {
        ["place": place, "zh": message.zh, "en": message.en, "error": isError]
    }
}
