/// Why a workbook could not be read or written.
///
/// Every message names what is wrong — the package part (`xl/worksheets/sheet2.xml`), the
/// sheet and the cell where known — once in Chinese for the people who publish budgets and
/// once in English for the developers.
public struct XLSXError: Error, CustomStringConvertible, Sendable, Hashable {
    /// 中文说明。
    public var zh: String
    /// English explanation.
    public var en: String
    /// The package part concerned (`xl/sharedStrings.xml`), if any.
    public var part: String?

    public init(zh: String, en: String, part: String? = nil) {
        self.zh = zh
        self.en = en
        self.part = part
    }

    public var description: String { "\(zh) / \(en)" }
}

extension XLSXError {
    static func notZip(_ detail: String) -> XLSXError {
        XLSXError(zh: "文件不是有效的 XLSX（ZIP）压缩包：\(detail)",
                  en: "The file is not a valid XLSX (ZIP) package: \(detail)")
    }

    static func missingPart(_ part: String, neededFor what: (zh: String, en: String)) -> XLSXError {
        XLSXError(zh: "压缩包中缺少部件 \(part)（\(what.zh)）",
                  en: "The package has no part \(part) (\(what.en))", part: part)
    }

    static func malformedXML(_ part: String, line: Int, detail: String) -> XLSXError {
        XLSXError(zh: "部件 \(part) 的 XML 格式错误（第 \(line) 行）：\(detail)",
                  en: "Malformed XML in part \(part) (line \(line)): \(detail)", part: part)
    }

    static func badContent(_ part: String, zh: String, en: String) -> XLSXError {
        XLSXError(zh: "部件 \(part)：\(zh)", en: "Part \(part): \(en)", part: part)
    }
}
