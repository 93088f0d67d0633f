import Foundation

/// Reads a worksheet part (`xl/worksheets/sheet1.xml`): cells from `<sheetData>`, merged
/// areas, column widths and row heights.
final class WorksheetPartParser: XMLPartHandler {
    private let part: String
    private let sharedStrings: [String]
    private let styles: [CellStyle]
    private(set) var sheet: Worksheet

    // Position, for rows and cells that leave out their `r` attribute.
    private var row = -1
    private var column = -1
    // The cell being read.
    private var cellAddress = CellAddress(row: 0, column: 0)
    private var cellType = "n"
    private var cellStyle = CellStyle.plain
    private var valueText = ""
    private var inlineText = ""
    private var sawValue = false
    // Where character data goes.
    private var inValue = false
    private var inInlineString = false
    private var inInlineText = false
    private var phoneticDepth = 0

    var wantsText: Bool { inValue || inInlineText }

    init(part: String, name: String, sharedStrings: [String], styles: [CellStyle]) {
        self.part = part
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.sheet = Worksheet(name: name)
    }

    func start(_ element: String, attributes: [String: String]) throws(XLSXError) {
        switch element {
        case "row":
            if let number = attributes["r"] {
                row = try rowIndex(number)
            } else {
                row += 1
            }
            column = -1
            if let height = attributes["ht"].flatMap({ Double($0) }), height.isFinite, attributes["customHeight"].map(Self.flag) ?? false {
                sheet.rowHeights[row] = height
            }
        case "c":
            try startCell(attributes)
        case "dimension":
            // Room for the cells up front: growing a dictionary of 60,000 cells step by step
            // costs more than reading them. Capped, as the claim may be false.
            if let reference = attributes["ref"], let range = CellRange(reference: reference) {
                sheet.cells.reserveCapacity(min(range.rowCount * range.columnCount, 250_000))
            }
        case "v":
            inValue = true
        case "is":
            inInlineString = true
        case "rPh":
            phoneticDepth += 1
        case "t":
            inInlineText = inInlineString && phoneticDepth == 0
        case "mergeCell":
            guard let reference = attributes["ref"] else { return }
            guard let range = CellRange(reference: reference) else {
                throw badContent(zh: "合并区域 \"\(reference)\" 无效", en: "invalid merged range \"\(reference)\"")
            }
            sheet.merges.append(range)
        case "col":
            try readColumn(attributes)
        default:
            break
        }
    }

    func end(_ element: String) throws(XLSXError) {
        switch element {
        case "c": try finishCell()
        case "v": inValue = false
        case "is": inInlineString = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        case "t": inInlineText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inValue { valueText += text; sawValue = true } else { inlineText += text }
    }

    private func startCell(_ attributes: [String: String]) throws(XLSXError) {
        if let reference = attributes["r"] {
            guard let address = CellAddress(reference: reference) else {
                throw badContent(zh: "单元格引用 \"\(reference)\" 无效", en: "invalid cell reference \"\(reference)\"")
            }
            cellAddress = address
        } else {
            cellAddress = CellAddress(row: max(row, 0), column: column + 1)
            guard cellAddress.column < CellAddress.maxColumns else {
                throw badContent(zh: "第 \(row + 1) 行的单元格超过 XFD 列", en: "row \(row + 1) has cells beyond column XFD")
            }
        }
        row = cellAddress.row
        column = cellAddress.column
        cellType = attributes["t"] ?? "n"
        let styleIndex = attributes["s"].map(Self.smallInteger) ?? 0
        // An out-of-range style index is a writer's slip, not a reason to lose the sheet.
        cellStyle = styles.indices.contains(styleIndex) ? styles[styleIndex] : .plain
        valueText = ""
        inlineText = ""
        sawValue = false
    }

    private func finishCell() throws(XLSXError) {
        let value = try cellValue()
        if value.isEmpty && cellStyle == .plain {
            sheet.cells[cellAddress] = nil
        } else {
            sheet.cells[cellAddress] = WorksheetCell(value: value, style: cellStyle)
        }
    }

    private func cellValue() throws(XLSXError) -> CellValue {
        let raw = Self.trimmed(valueText)
        switch cellType {
        case "inlineStr":
            return .text(XMLEscaping.decodeEscapes(inlineText))
        case "s":
            guard sawValue else { return .empty }
            guard let index = Int(raw), index >= 0 else {
                throw cellError(zh: "共享字符串索引 \"\(raw)\" 无效", en: "invalid shared string index \"\(raw)\"")
            }
            guard index < sharedStrings.count else {
                throw cellError(zh: "引用的共享字符串 #\(index) 不存在（共 \(sharedStrings.count) 条，见 xl/sharedStrings.xml）",
                                en: "refers to shared string #\(index), but xl/sharedStrings.xml has \(sharedStrings.count)")
            }
            return .text(sharedStrings[index])
        case "str", "e", "d":
            // Formula text results, errors such as #DIV/0!, ISO dates: all shown as text.
            return sawValue ? .text(cellType == "str" ? XMLEscaping.decodeEscapes(valueText) : raw) : .empty
        case "b":
            guard sawValue, !raw.isEmpty else { return .empty }
            return .boolean(raw == "1" || raw.lowercased() == "true")
        default:
            guard sawValue, !raw.isEmpty else { return .empty }
            guard let number = DecimalText.shortestRoundTrip(raw) else {
                throw cellError(zh: "数值 \"\(raw)\" 无法解析", en: "number \"\(raw)\" cannot be read")
            }
            return .number(number)
        }
    }

    private func readColumn(_ attributes: [String: String]) throws(XLSXError) {
        guard let width = attributes["width"].flatMap({ Double($0) }), width.isFinite, width >= 0,
              let first = attributes["min"].flatMap({ Int($0) }), let last = attributes["max"].flatMap({ Int($0) }),
              (1...CellAddress.maxColumns).contains(first), first <= last else { return }
        // `<col min="1" max="16384">` styles whole sheets; keep widths for columns that can matter.
        for index in first...min(last, first + 1024, CellAddress.maxColumns) {
            sheet.columnWidths[index - 1] = width
        }
    }

    private func rowIndex(_ text: String) throws(XLSXError) -> Int {
        guard let value = Int(text), (1...CellAddress.maxRows).contains(value) else {
            throw badContent(zh: "行号 \"\(text)\" 无效", en: "invalid row number \"\(text)\"")
        }
        return value - 1
    }

    /// A style index: plain digits, read without the generic `Int(_:)` (this runs per cell).
    /// Anything else gives -1, which no style has.
    private static func smallInteger(_ text: String) -> Int {
        var value = 0
        for byte in text.utf8 {
            guard byte &- UInt8(ascii: "0") < 10, value < 1_000_000 else { return -1 }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return text.isEmpty ? -1 : value
    }

    /// Values rarely carry blanks; look before paying for Foundation's trimming.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first <= 0x20 || last <= 0x20 else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func flag(_ text: String) -> Bool { text == "1" || text.lowercased() == "true" }

    private func badContent(zh: String, en: String) -> XLSXError {
        XLSXError.badContent(part, zh: "工作表“\(sheet.name)”\(zh)", en: "sheet \"\(sheet.name)\": \(en)")
    }

    private func cellError(zh: String, en: String) -> XLSXError {
        badContent(zh: "单元格 \(cellAddress.reference) \(zh)", en: "cell \(cellAddress.reference) \(en)")
    }
}
