import Foundation

/// 指标库: common indicators by category, with their units, to pick from when writing a
/// 绩效目标表. Ships as `Resources/Catalogues/indicator-library.json`; a region may load its
/// own file of the same shape.
public struct IndicatorLibrary: Sendable, Hashable, Codable {
    public var title: String
    public var source: String?
    public var indicators: [Entry]

    /// One indicator to pick.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var category: IndicatorCategory
        /// 度量单位 as printed; nil for a qualitative indicator.
        public var unit: String?
        /// 指标性质 as printed (`≥`, `≤`, `定性`).
        public var comparator: String
        /// A typical 指标值, when practice is settled (`100` for 验收合格率).
        public var value: String?
        public var note: String?

        /// The indicator as a 绩效目标表 row, with a chosen value or the typical one.
        public func indicator(value chosen: String? = nil) -> Indicator {
            let comparator = IndicatorComparator(text: comparator)
            return Indicator(name: name, tier: category.tier, category: category, comparator: comparator,
                             targetValue: TargetValue(chosen ?? value ?? ""), unit: unit.flatMap { MeasureUnit(printed: $0) },
                             isQuantitative: comparator?.isQuantitative, note: note)
        }
    }

    /// The library Yusuan ships.
    public static func bundled() throws(IndicatorLibraryError) -> IndicatorLibrary {
        guard let url = Bundle.module.url(forResource: "indicator-library.json", withExtension: nil, subdirectory: "Catalogues"),
              let data = try? Data(contentsOf: url) else {
            throw IndicatorLibraryError(reason: .init(zh: "安装包中缺少指标库", en: "the indicator library is missing from the installation"))
        }
        return try IndicatorLibrary(json: data)
    }

    public init(json data: Data) throws(IndicatorLibraryError) {
        do {
            self = try JSONDecoder().decode(IndicatorLibrary.self, from: data)
        } catch {
            throw IndicatorLibraryError(reason: .init(zh: "不是有效的指标库：\(error)", en: "not a valid indicator library: \(error)"))
        }
    }

    /// The entries of a category, in file order.
    public func entries(in category: IndicatorCategory) -> [Entry] { indicators.filter { $0.category == category } }

    /// The entry with exactly this name.
    public func entry(named name: String) -> Entry? {
        let key = TextNormalization.removingSpaces(name)
        return indicators.first { TextNormalization.removingSpaces($0.name) == key }
    }

    /// Entries whose name contains the text, optionally within a category.
    public func search(_ text: String, in category: IndicatorCategory? = nil) -> [Entry] {
        let key = TextNormalization.removingSpaces(text)
        return indicators.filter { (category == nil || $0.category == category) && $0.name.contains(key) }
    }
}

/// An indicator library file that cannot be used.
public struct IndicatorLibraryError: YusuanError, Hashable {
    public var reason: BilingualMessage
    public var message: BilingualMessage { .init(zh: "指标库有误：\(reason.zh)", en: "bad indicator library: \(reason.en)") }
}
