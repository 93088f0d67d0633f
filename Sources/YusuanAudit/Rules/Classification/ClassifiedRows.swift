import YusuanCore
import YusuanDocuments

/// The rows of a document that print a 功能分类 or 经济分类 code, for the code.* rules.
///
/// A table's rows carry codes when the table is a sum of budget lines (its kind has a
/// `TableScope`: the 收支总表, 支出表, 基本支出表 …) or when it has a code column. A row counts
/// only when the reader took it for a function or economic line and the code is printed on
/// it — in a code column, or in the row's own text (`201 一般公共服务支出`). A code the reader
/// inferred from a bare name (`一、一般公共服务支出` in a 收支总表) is the catalogue's own pairing
/// and proves nothing.
struct ClassifiedRow {
    let table: Int
    let row: Int
    let code: String
    let kind: ClassificationKind
    /// The printed name, without an outline number (`(一)`, `一、`).
    let name: String
}

enum ClassifiedRows {
    /// Every row that prints a code, table by table, in printed order (repeats included).
    static func all(in document: Document) -> [ClassifiedRow] {
        document.tables.enumerated().flatMap { index, table in rows(of: table, at: index) }
    }

    /// The first row of each distinct code in each table: each code is checked once per table.
    static func distinct(in document: Document) -> [ClassifiedRow] {
        var seen: Set<String> = []
        return all(in: document).filter { seen.insert("\($0.table)|\($0.code)").inserted }
    }

    static func carriesCodes(_ table: Table) -> Bool {
        TableScope.of(table.kind) != nil || table.columns.contains { isCodeColumn($0.meaning) }
    }

    private static func rows(of table: Table, at index: Int) -> [ClassifiedRow] {
        guard carriesCodes(table) else { return [] }
        return table.rows.enumerated().compactMap { rowIndex, row in
            guard let code = row.code, let kind = ClassificationKind(code: code), isPrinted(code, on: row, in: table) else {
                return nil
            }
            switch row.subject {
            case .function?, .economic?: break
            default: return nil
            }
            return ClassifiedRow(table: index, row: rowIndex, code: code, kind: kind, name: strippingOutlineNumber(row.label))
        }
    }

    private static func isCodeColumn(_ meaning: ColumnMeaning?) -> Bool {
        guard let raw = meaning?.rawValue else { return false }
        return raw == "functionCode" || raw == "economicCode" || raw.hasPrefix("functionCode.") || raw.hasPrefix("economicCode.")
    }

    /// Whether the code is on the page: a code column of the row is filled, or the digits
    /// stand in the row's text (not in one of its amounts).
    private static func isPrinted(_ code: String, on row: Row, in table: Table) -> Bool {
        row.cells.contains { cell in
            let text = TextNormalization.removingSpaces(TextNormalization.halfWidth(cell.text))
            guard !text.isEmpty else { return false }
            if cell.column < table.columns.count, isCodeColumn(table.columns[cell.column].meaning) { return true }
            return cell.amount == nil && cell.percentage == nil && text.includes(code)
        }
    }

    /// `(一) 一般公共服务支出`, `一、一般公共服务支出` → `一般公共服务支出`. The name keeps its printed
    /// width; only the number is matched half-width.
    static func strippingOutlineNumber(_ label: String) -> String {
        let original = TextNormalization.trimmed(label)
        let text = Array(TextNormalization.halfWidth(original))
        guard text.count == original.count else { return original }
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "廿"]
        var end = 0
        if text.first == "(" {
            var index = 1
            while index < text.count, numerals.contains(text[index]) { index += 1 }
            guard index > 1, index < text.count, text[index] == ")" else { return original }
            end = index + 1
        } else {
            var index = 0
            while index < text.count, numerals.contains(text[index]) { index += 1 }
            guard index > 0, index < text.count, text[index] == "、" else { return original }
            end = index + 1
        }
        return TextNormalization.trimmed(String(Array(original)[end...]))
    }
}
