/// 度量单位: the unit an indicator's value is measured in, as printed, with what kind of
/// quantity it names. The kind is what checks use: a rate must be in %, a count of
/// households in 户, and a date or deadline is not a percentage.
public struct MeasureUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit as printed (`平方米`, `%`, `户`, `万元`).
    public let text: String
    /// What kind of quantity the unit measures.
    public let kind: Kind

    /// A unit read from printed text; its kind is recognised from the text.
    public init(_ text: String) {
        self.text = TextNormalization.trimmed(text)
        self.kind = Kind(unit: self.text)
    }

    /// A unit whose kind is known independently of its text.
    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Nil for a blank cell or a dash.
    public init?(printed text: String) {
        let trimmed = TextNormalization.trimmed(text)
        guard !trimmed.isEmpty, !["-", "—", "/", "无", "－"].contains(trimmed) else { return nil }
        self.init(trimmed)
    }

    /// For money units, the scale they name (`万元` → `.tenThousandYuan`).
    public var moneyScale: MoneyScale? { kind == .money ? MoneyScale(label: text) : nil }

    public var description: String { text }

    /// What a unit measures.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 平方米, 亩, 公顷, m², ㎡
        case area
        /// %, 百分比
        case percent
        /// 户, 家 (households and enterprises counted as such)
        case households
        /// 个, 次, 人, 项, 台, 套, 辆, 批, 册 … (things counted one by one)
        case count
        /// 年, 月, 日, 天, 季度, 小时 (durations and dates)
        case time
        /// 元, 万元, 亿元
        case money
        /// 米, 公里, 千米
        case length
        /// 分 (a score)
        case score
        case other

        public var chineseName: String {
            switch self {
            case .area: "面积"
            case .percent: "百分比"
            case .households: "户数"
            case .count: "数量"
            case .time: "时间"
            case .money: "金额"
            case .length: "长度"
            case .score: "分值"
            case .other: "其他"
            }
        }

        /// Recognises the kind of a printed unit; a compound such as `万人次` or `万平方米`
        /// takes the kind of its last part.
        public init(unit text: String) {
            var key = PerformanceText.key(text).lowercased()
            key = key.replacingAll("²", with: "2")
            if let exact = Self.exact[key] {
                self = exact
                return
            }
            // A per-unit rate (`元/人`, `次/年`) is none of these kinds.
            if key.includes("/") || key.includes("每") {
                self = .other
                return
            }
            for (suffixes, kind) in Self.bySuffix where suffixes.contains(where: { key.hasSuffix($0) }) {
                self = kind
                return
            }
            self = .other
        }

        private static let exact: [String: Kind] = [
            "%": .percent, "％": .percent, "百分比": .percent, "百分率": .percent, "‰": .percent,
            "m2": .area, "㎡": .area, "平米": .area, "km2": .area, "平方公里": .area,
            "户": .households, "家": .households, "户次": .households, "家次": .households,
            "米": .length, "m": .length, "km": .length, "公里": .length, "千米": .length, "延米": .length,
            "分": .score, "分值": .score,
            "元": .money, "万元": .money, "亿元": .money,
            "年": .time, "月": .time, "日": .time, "天": .time, "季度": .time, "小时": .time, "周": .time,
            "工作日": .time, "个月": .time, "年度": .time, "分钟": .time,
        ]

        // Longer forms come first where one ends another (平方米 before 米, 万元 before 元).
        private static let bySuffix: [([String], Kind)] = [
            (["平方米", "平方", "亩", "公顷", "m2", "㎡"], .area),
            (["元"], .money),
            // Volumes (立方米) and weights are not tracked as kinds of their own.
            (["立方米", "立方", "m3"], .other),
            (["公里", "千米", "米", "km"], .length),
            (["户", "家"], .households),
            (["小时", "工作日", "季度", "个月", "天", "分钟"], .time),
            (["个", "次", "人", "项", "台", "套", "辆", "批", "册", "份", "件", "篇", "场", "所", "座", "处", "名",
              "本", "期", "张", "条", "只", "头", "株", "棵", "间", "栋", "块", "部", "课时", "班", "门", "类", "种",
              "艘", "架"], .count),
        ]
    }
}
