import YusuanCore

/// Which row of the tables a narrative subject names: `一般公共预算` is the 一般公共预算
/// source row of the revenue side; `城乡社区支出（类）城乡社区管理事务（款）行政运行（项）` is
/// the 功能分类 row 2120101. Only what can be named without guessing: an ambiguous name
/// (`行政运行` alone, printed under several 款) names nothing.
public enum StatementSubject {
    public static func rowSubject(of subject: String, in document: Document, catalogues: CatalogueSet) -> RowSubject? {
        var text = TextNormalization.removingSpaces(TextNormalization.halfWidth(subject))
        for lead in ["其中:", "其中", "包括:"] where text.hasPrefix(lead) { text.removeFirst(lead.count) }
        guard !text.isEmpty else { return nil }
        let segments = classSegments(text)
        if !segments.isEmpty {
            return function(segments, in: document, catalogues: catalogues).map(RowSubject.function)
        }
        if !text.includes("支出"), !text.includes("经费"), !text.includes("费"), let source = ColumnClassifier.source(in: text) {
            return .fundSource(source)
        }
        if text.hasSuffix("支出") {
            return function([(text, .category)], in: document, catalogues: catalogues).map(RowSubject.function)
        }
        return nil
    }

    /// `A(类)B(款)C(项)` as its named levels; empty when no level is marked.
    static func classSegments(_ text: String) -> [(name: String, level: CodeLevel)] {
        let markers: [(String, CodeLevel)] = [("(类)", .category), ("(款)", .section), ("(项)", .item)]
        var segments: [(String, CodeLevel)] = []
        var rest = Substring(text)
        while let (range, level) = markers.compactMap({ marker in rest.range(of: marker.0).map { ($0, marker.1) } })
            .min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            segments.append((qualifierRemoved(String(rest[..<range.lowerBound])), level))
            rest = rest[range.upperBound...]
        }
        return segments.filter { !$0.0.isEmpty }
    }

    /// `行政运行(城乡社区管理事务)` → `行政运行`: the qualifier repeats the parent's name.
    static func qualifierRemoved(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        return String(name[..<open])
    }

    /// The code the chain of names resolves to, each level within the one before: by the
    /// rows the document's own tables print, else by the catalogue. Nil when a level is
    /// unknown or ambiguous.
    static func function(_ segments: [(name: String, level: CodeLevel)], in document: Document,
                         catalogues: CatalogueSet) -> FunctionCode? {
        let printed = printedFunctionRows(document)
        var parent = ""
        for (name, level) in segments {
            let key = ClassificationName.normalize(name)
            let width = level.digitCount
            var codes = Set(printed.filter { $0.code.count == width && $0.code.hasPrefix(parent) && $0.name == key }.map(\.code))
            if codes.isEmpty {
                codes = Set(catalogues.function.entries.filter { entry in
                    entry.code.count == width && entry.code.hasPrefix(parent)
                        && (entry.name == key || entry.otherNames.contains(key))
                }.map(\.code))
            }
            guard codes.count == 1, let code = codes.first else { return nil }
            parent = code
        }
        return FunctionCode(parent)
    }

    private static func printedFunctionRows(_ document: Document) -> [(code: String, name: String)] {
        document.tables.flatMap { table in
            table.rows.compactMap { row -> (String, String)? in
                guard case .function(let code) = row.subject else { return nil }
                let label = TextNormalization.halfWidth(TextNormalization.removingSpaces(row.label))
                return (code.digits, ClassificationName.normalize(qualifierRemoved(label)))
            }
        }
    }
}
