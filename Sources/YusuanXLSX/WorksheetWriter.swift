/// Writes one worksheet part (`xl/worksheets/sheetN.xml`).
enum WorksheetWriter {
    /// Excel's limit on the text of one cell.
    static let maximumTextLength = 32_767

    static func xml(_ sheet: Worksheet, part: String, isSelected: Bool,
                    styles: inout StyleTable, strings: inout SharedStringTable) throws(XLSXError) -> String {
        func failure(_ zh: String, _ en: String) -> XLSXError {
            XLSXError.badContent(part, zh: "工作表“\(sheet.name)”\(zh)", en: "sheet \"\(sheet.name)\": \(en)")
        }
        let addresses = sheet.cells.keys.sorted()
        for address in addresses where !(0..<CellAddress.maxRows).contains(address.row)
            || !(0..<CellAddress.maxColumns).contains(address.column) {
            throw failure("单元格（行 \(address.row)，列 \(address.column)）超出 Excel 范围",
                          "cell at row \(address.row), column \(address.column) lies outside an Excel sheet")
        }
        let merges = sheet.merges.filter { $0.start != $0.end }  // a one-cell merge is no merge
        for range in merges where range.start.row < 0 || range.start.column < 0
            || range.end.row >= CellAddress.maxRows || range.end.column >= CellAddress.maxColumns {
            throw failure("合并区域超出 Excel 范围", "a merged range lies outside an Excel sheet")
        }
        for (index, range) in merges.enumerated() {
            if let other = merges[(index + 1)...].first(where: { $0.intersects(range) }) {
                throw failure("合并区域 \(range.reference) 与 \(other.reference) 重叠",
                              "merged ranges \(range.reference) and \(other.reference) overlap")
            }
        }

        var xml = XMLParts.declaration
        xml += "<worksheet xmlns=\"\(XMLParts.mainNamespace)\" xmlns:r=\"\(XMLParts.relationshipsNamespace)\">"
        if let first = addresses.first, let lastRow = addresses.last?.row,
           let lastColumn = addresses.map(\.column).max(), let firstColumn = addresses.map(\.column).min() {
            let range = CellRange(start: CellAddress(row: first.row, column: firstColumn),
                                  end: CellAddress(row: lastRow, column: lastColumn))
            xml += "<dimension ref=\"\(range.reference)\"/>"
        } else {
            xml += "<dimension ref=\"A1\"/>"
        }
        xml += "<sheetViews><sheetView\(isSelected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\"/></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        xml += columns(sheet.columnWidths)

        xml += "<sheetData>"
        let heights = sheet.rowHeights.filter { (0..<CellAddress.maxRows).contains($0.key) && $0.value.isFinite }
        let rowNumbers = Set(addresses.map(\.row)).union(heights.keys).sorted()
        var nextCell = 0
        for row in rowNumbers {
            xml += "<row r=\"\(row + 1)\""
            if let height = heights[row] { xml += " ht=\"\(XMLParts.number(min(max(height, 0), 409)))\" customHeight=\"1\"" }
            xml += ">"
            while nextCell < addresses.count, addresses[nextCell].row == row {
                let address = addresses[nextCell]
                nextCell += 1
                guard let cell = sheet.cells[address] else { continue }
                xml += try self.cell(cell, at: address, styles: &styles, strings: &strings, failure: failure)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"

        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">"
            for range in merges { xml += "<mergeCell ref=\"\(range.reference)\"/>" }
            xml += "</mergeCells>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return xml + "</worksheet>"
    }

    private static func cell(_ cell: WorksheetCell, at address: CellAddress, styles: inout StyleTable,
                             strings: inout SharedStringTable,
                             failure: (String, String) -> XLSXError) throws(XLSXError) -> String {
        let style = styles.index(for: cell.style)
        let attributes = "r=\"\(address.reference)\"" + (style == 0 ? "" : " s=\"\(style)\"")
        switch cell.value {
        case .empty:
            return "<c \(attributes)/>"
        case .boolean(let flag):
            return "<c \(attributes) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .text(let text):
            guard text.utf16.count <= maximumTextLength else {
                throw failure("单元格 \(address.reference) 的文字超过 Excel 上限 32767 字",
                              "cell \(address.reference) holds more than Excel's 32,767 characters")
            }
            return "<c \(attributes) t=\"s\"><v>\(strings.index(for: text))</v></c>"
        case .number(let number):
            // Written as given, so 1205.56 stays 1205.56; only checked to be a finite double.
            guard DecimalText.shortestRoundTrip(number) != nil else {
                throw failure("单元格 \(address.reference) 的数值 \"\(number)\" 不是有效数字",
                              "cell \(address.reference) holds \"\(number)\", which is not a valid number")
            }
            let text = number.hasPrefix("+") ? String(number.dropFirst()) : number
            return "<c \(attributes)><v>\(text)</v></c>"
        }
    }

    /// `<cols>`, with runs of equal widths written as one `<col>`.
    private static func columns(_ widths: [Int: Double]) -> String {
        let columns = widths.filter { (0..<CellAddress.maxColumns).contains($0.key) && $0.value.isFinite }
            .mapValues { min(max($0, 0), 255) }
        guard !columns.isEmpty else { return "" }
        var xml = "<cols>"
        var runs: [(first: Int, last: Int, width: Double)] = []
        for column in columns.keys.sorted() {
            let width = columns[column] ?? 0
            if let last = runs.last, last.last == column - 1, last.width == width {
                runs[runs.count - 1].last = column
            } else {
                runs.append((column, column, width))
            }
        }
        for run in runs {
            xml += "<col min=\"\(run.first + 1)\" max=\"\(run.last + 1)\" width=\"\(XMLParts.number(run.width))\" customWidth=\"1\"/>"
        }
        return xml + "</cols>"
    }
}
