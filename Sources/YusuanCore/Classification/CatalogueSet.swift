import Foundation

/// The three expenditure catalogues a document's codes are checked against.
public struct CatalogueSet: Sendable {
    public var function: Catalogue
    public var economicDepartment: Catalogue
    public var economicGovernment: Catalogue

    public init(function: Catalogue, economicDepartment: Catalogue, economicGovernment: Catalogue) {
        self.function = function
        self.economicDepartment = economicDepartment
        self.economicGovernment = economicGovernment
    }

    public subscript(kind: ClassificationKind) -> Catalogue {
        get {
            switch kind {
            case .function: function
            case .economicDepartment: economicDepartment
            case .economicGovernment: economicGovernment
            }
        }
        set {
            switch kind {
            case .function: function = newValue
            case .economicDepartment: economicDepartment = newValue
            case .economicGovernment: economicGovernment = newValue
            }
        }
    }

    /// The catalogue a code belongs to, by its first digit.
    public func catalogue(forCode digits: String) -> Catalogue? {
        ClassificationKind(code: digits).map { self[$0] }
    }

    /// The entry for any code, looked up in the catalogue its first digit names.
    public func entry(_ digits: String) -> CatalogueEntry? {
        catalogue(forCode: digits)?.entry(digits)
    }

    /// These catalogues with the codes of another file added (a region's own codes, a
    /// newer edition). Each row goes to the catalogue its code's first digit names.
    public func adding(tsv text: String, source: String) throws(CatalogueFileError) -> CatalogueSet {
        let entries = try Catalogue.entries(tsv: text, source: source)
        var result = self
        for kind in ClassificationKind.allCases {
            let own = entries.filter { ClassificationKind(code: $0.code) == kind }
            if !own.isEmpty { result[kind] = result[kind].adding(Catalogue(kind: kind, entries: own)) }
        }
        if let stray = entries.first(where: { ClassificationKind(code: $0.code) == nil }) {
            throw CatalogueFileError(source: source, line: nil, reason: .init(
                zh: "编码 \(stray.code) 不属于任何支出分类（应以 2、3 或 5 开头）",
                en: "code \(stray.code) belongs to no expenditure classification (must start with 2, 3 or 5)"))
        }
        return result
    }
}

extension CatalogueSet {
    /// The catalogues shipped with Yusuan, as observed in documents of 2020–2026. Names a
    /// later edition replaced are accepted as variants; for a `year` in which the old name
    /// was still current, it is the current name.
    public static func bundled(year: Int? = nil) throws(CatalogueFileError) -> CatalogueSet {
        var set = try bundledObserved
        let renames = try historicalNames().compactMap { rename -> CatalogueEntry? in
            guard var entry = set.function.entry(rename.code) else { return nil }
            if let year, year <= rename.until {
                entry.name = rename.name
            } else {
                entry.otherNames = [rename.name]
            }
            entry.documents = 0
            return entry
        }
        set.function = set.function.adding(Catalogue(kind: .function, entries: renames))
        return set
    }

    /// The shipped files, read once per process.
    private static let bundledObservedResult: Result<CatalogueSet, CatalogueFileError> = Result { () throws(CatalogueFileError) in
        func load(_ kind: ClassificationKind, _ file: String) throws(CatalogueFileError) -> Catalogue {
            try Catalogue(kind: kind, tsv: try resource(file), source: file)
        }
        return CatalogueSet(
            function: try load(.function, "function-classification.tsv"),
            economicDepartment: try load(.economicDepartment, "economic-classification-department.tsv"),
            economicGovernment: try load(.economicGovernment, "economic-classification-government.tsv"))
    }

    private static var bundledObserved: CatalogueSet {
        get throws(CatalogueFileError) { try bundledObservedResult.get() }
    }

    /// Names of codes renamed by a later edition (`historical-names.tsv`: code, name,
    /// until — the last year the name was current).
    private static func historicalNames() throws(CatalogueFileError) -> [(code: String, name: String, until: Int)] {
        let file = "historical-names.tsv"
        let text = try resource(file)
        var result: [(code: String, name: String, until: Int)] = []
        for (offset, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let until = Int(fields[2]) else {
                throw CatalogueFileError(source: file, line: offset + 1, reason: .init(zh: "格式不对", en: "malformed row"))
            }
            result.append((fields[0], ClassificationName.normalize(fields[1]), until))
        }
        return result
    }

    static func resource(_ file: String) throws(CatalogueFileError) -> String {
        guard let url = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Catalogues"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else {
            throw CatalogueFileError(source: file, line: nil, reason: .init(
                zh: "安装包中缺少此文件", en: "the file is missing from the installation"))
        }
        return text
    }
}
