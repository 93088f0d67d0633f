import YusuanCore

/// Something wrong with a budget input, with the place it is at. Errors stop the compile;
/// warnings are shown and the compile goes on (an unverified code, an abbreviated name).
public struct InputIssue: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var field: InputField?
    public var message: BilingualMessage

    public init(_ severity: Severity, _ field: InputField?, zh: String, en: String) {
        self.severity = severity
        self.field = field
        self.message = BilingualMessage(zh: zh, en: en)
    }

    /// `工作表“收支明细”第 5 行“功能分类编码”列：…` or `lines[3].function: …`.
    public func text(_ language: Language, places: InputPlaces) -> String {
        let place = field.map { places.describe($0, language) }
        let mark = severity == .error ? (language == .zh ? "错误" : "error") : (language == .zh ? "警告" : "warning")
        let separator = language == .zh ? "：" : ": "
        return "[\(mark)] " + [place, message.text(in: language)].compactMap { $0 }.joined(separator: separator)
    }
}

/// A field of the input: which part, which entry of it, which column.
public struct InputField: Sendable, Hashable {
    public var part: InputPart
    /// The entry's index in its list (0-based); nil for a part that is one record.
    public var index: Int?
    /// The JSON key of the field (`function`, `amount`).
    public var column: String?

    public init(_ part: InputPart, _ index: Int? = nil, _ column: String? = nil) {
        self.part = part
        self.index = index
        self.column = column
    }
}

/// The parts of a budget input: one sheet each in the workbook, one key each in the JSON.
public enum InputPart: String, Sendable, Hashable, CaseIterable {
    case agency, lines, revenue, priorYear, threePublic, otherFigures, assets, projects, uses, glossary

    /// The JSON key (the agency and other figures are top-level keys of their own).
    public var key: String { rawValue }
}

/// How a source names places: JSON paths, or worksheet rows and columns.
public struct InputPlaces: Sendable {
    /// The sheet row (1-based) each entry was read from, by part: empty for JSON.
    var rows: [InputPart: [Int]]
    var isWorkbook: Bool

    public static let json = InputPlaces(rows: [:], isWorkbook: false)

    public static func workbook(rows: [InputPart: [Int]]) -> InputPlaces {
        InputPlaces(rows: rows, isWorkbook: true)
    }

    public func describe(_ field: InputField, _ language: Language) -> String {
        guard isWorkbook else {
            if [.agency, .otherFigures].contains(field.part), let column = field.column { return column }
            var path = field.part.key
            if let index = field.index { path += "[\(index)]" }
            if let column = field.column { path += ".\(column)" }
            return path
        }
        let sheet = BudgetWorkbookLayout.sheet(for: field.part)
        var zh = "工作表“\(sheet.name)”"
        var en = "sheet “\(sheet.name)”"
        if sheet.isKeyValue, let column = field.column, let row = sheet.columns.firstIndex(where: { $0.key == column }) {
            let label = sheet.columns[row].header
            return language == .zh ? "\(zh)第 \(row + 2) 行“\(label)”（B\(row + 2)）" : "\(en) row \(row + 2) (\(label), B\(row + 2))"
        }
        if let index = field.index {
            let row = rows[field.part].flatMap { index < $0.count ? $0[index] : nil } ?? (index + 2)
            zh += "第 \(row) 行"
            en += " row \(row)"
        }
        if let column = field.column, let (letter, header) = sheet.column(column) {
            zh += "“\(header)”列（\(letter)）"
            en += " column \(letter) (\(header))"
        }
        return language == .zh ? zh : en
    }
}
