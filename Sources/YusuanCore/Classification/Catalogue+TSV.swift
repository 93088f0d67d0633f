/// Reads catalogue files: UTF-8, tab-separated, one header row. `code` and `name` are
/// required; `level`, `parent`, `documents` and `other_names` (`|`-separated) are
/// optional, so a region's own file can be as small as two columns.
extension Catalogue {
    public static func entries(tsv text: String, source: String) throws(CatalogueFileError) -> [CatalogueEntry] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map({ TextNormalization.trimmed($0) }) else {
            throw CatalogueFileError(source: source, line: 1, reason: .init(zh: "文件为空", en: "the file is empty"))
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let codeColumn = column("code"), let nameColumn = column("name") else {
            throw CatalogueFileError(source: source, line: 1, reason: .init(
                zh: "表头须包含 code 和 name 列", en: "the header must have code and name columns"))
        }
        var entries: [CatalogueEntry] = []
        var seen: Set<String> = []
        for (offset, line) in lines.enumerated().dropFirst() where !TextNormalization.trimmed(line).isEmpty {
            let lineNumber = offset + 1
            func fail(_ zh: String, _ en: String) -> CatalogueFileError {
                CatalogueFileError(source: source, line: lineNumber, reason: .init(zh: zh, en: en))
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { TextNormalization.trimmed($0) }
            func field(_ index: Int?) -> String { index.flatMap { $0 < fields.count ? fields[$0] : nil } ?? "" }
            let code = field(codeColumn)
            let name = ClassificationName.normalize(field(nameColumn))
            guard let level = CodeLevel(digitCount: code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw fail("编码“\(code)”不是 3、5 或 7 位数字", "code \"\(code)\" is not 3, 5 or 7 digits")
            }
            guard !name.isEmpty else { throw fail("编码 \(code) 缺少名称", "code \(code) has no name") }
            if let levelColumn = column("level"), !field(levelColumn).isEmpty,
               CodeLevel(chineseName: field(levelColumn)) != level {
                throw fail("编码 \(code) 的级次“\(field(levelColumn))”与位数不符", "level \"\(field(levelColumn))\" does not match code \(code)")
            }
            let parent = level == .category ? nil : String(code.prefix(level == .section ? 3 : 5))
            if let parentColumn = column("parent"), !field(parentColumn).isEmpty, field(parentColumn) != parent {
                throw fail("编码 \(code) 的上级应为 \(parent ?? "空")", "the parent of \(code) must be \(parent ?? "empty")")
            }
            guard seen.insert(code).inserted else { throw fail("编码 \(code) 重复", "code \(code) appears twice") }
            let documents = Int(field(column("documents"))) ?? 0
            let otherNames = field(column("other_names")).split(separator: "|").map { ClassificationName.normalize(String($0)) }
                .filter { !$0.isEmpty }
            entries.append(CatalogueEntry(code: code, name: name, level: level, parent: parent,
                                          documents: documents, otherNames: otherNames))
        }
        return entries
    }

    public init(kind: ClassificationKind, tsv: String, source: String) throws(CatalogueFileError) {
        let entries = try Self.entries(tsv: tsv, source: source)
        if let stray = entries.first(where: { ClassificationKind(code: $0.code) != kind }) {
            throw CatalogueFileError(source: source, line: nil, reason: .init(
                zh: "编码 \(stray.code) 不属于\(kind.chineseName)", en: "code \(stray.code) is not in the \(kind.englishName)"))
        }
        self.init(kind: kind, entries: entries)
    }
}

/// A catalogue file that cannot be used, with the place that is wrong.
public struct CatalogueFileError: YusuanError, Hashable {
    public var source: String
    public var line: Int?
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        let place = line.map { "\(source):\($0)" } ?? source
        return BilingualMessage(zh: "分类目录 \(place)：\(reason.zh)", en: "catalogue \(place): \(reason.en)")
    }
}
