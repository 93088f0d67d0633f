import YusuanCore

/// What the unit printed after a narrative number makes of it.
enum NarrativeUnit: Sendable, Hashable {
    /// `万元`, `元`, `亿元`.
    case money(MoneyScale)
    /// `%`.
    case percent
    /// People, vehicles, offices, items: `人`, `辆`, `个`, `台（套）`.
    case count
    /// Measures that are neither money nor counts: `平方米`, `公顷`, `分`, `天`.
    case quantity
    /// `月`, `日`, `号`: the number is part of a date and says nothing by itself.
    case date

    /// Units in folded form, longest first so that `个百分点` wins over `个` and `万元` over `万`.
    static let table: [(text: String, unit: NarrativeUnit)] = {
        let entries: [(String, NarrativeUnit)] = [
            ("亿元", .money(.hundredMillionYuan)), ("万元", .money(.tenThousandYuan)), ("元", .money(.yuan)),
            ("%", .percent),
            ("个百分点", .quantity), ("百分点", .quantity), ("个月", .quantity), ("个工作日", .quantity),
            ("万平方米", .quantity), ("平方米", .quantity), ("平方公里", .quantity), ("平米", .quantity),
            ("立方米", .quantity), ("m2", .quantity), ("m²", .quantity), ("㎡", .quantity), ("m3", .quantity),
            ("公顷", .quantity), ("亩", .quantity), ("公里", .quantity), ("千米", .quantity), ("米", .quantity),
            ("万吨", .quantity), ("吨", .quantity), ("千克", .quantity), ("公斤", .quantity),
            ("千瓦时", .quantity), ("千瓦", .quantity), ("小时", .quantity), ("分钟", .quantity),
            ("天", .quantity), ("周", .quantity), ("岁", .quantity), ("分", .quantity), ("年", .quantity),
            ("台(套)", .count), ("台/套", .count), ("人次", .count), ("万人", .count), ("户次", .count),
            ("人", .count), ("名", .count), ("位", .count), ("辆", .count), ("台", .count), ("套", .count),
            ("个", .count), ("家", .count), ("项", .count), ("次", .count), ("户", .count), ("所", .count),
            ("处", .count), ("间", .count), ("座", .count), ("件", .count), ("批", .count), ("场", .count),
            ("篇", .count), ("张", .count), ("份", .count), ("条", .count), ("架", .count), ("艘", .count),
            ("栋", .count), ("幢", .count), ("宗", .count), ("笔", .count), ("册", .count), ("部", .count),
            ("月", .date), ("日", .date), ("号", .date),
        ]
        return entries.sorted { $0.0.count > $1.0.count }
    }()

    /// What may not follow a unit for it to be one: `分别`, `分配`, `元旦`, `个人` are words,
    /// and `元/人` is a rate, not an amount.
    static let notFollowing: [String: Set<Character>] = [
        "分": ["别", "配", "析", "类", "之", "解", "期", "管", "局", "中", "成", "为", "钟"],
        "元": ["旦", "/", "素", "月"],
        "万元": ["/"],
        "亿元": ["/"],
        "部": ["门", "分", "署"],
        "处": ["理", "置"],
        "所": ["属", "有", "需", "在", "得"],
        "位": ["于", "置"],
        "周": ["年", "边", "期"],
        "年": ["代", "级"],
        "名": ["称", "单"],
        "条": ["件", "例"],
    ]

    /// The unit printed at `index` of the folded text, if any, and its folded form.
    static func unit(in plain: [Character], at index: Int) -> (text: String, unit: NarrativeUnit)? {
        for entry in table where Glyph.matches(plain, entry.text, at: index) {
            let next = index + entry.text.count
            if next < plain.count, let banned = notFollowing[entry.text], banned.contains(plain[next]) {
                return nil
            }
            return entry
        }
        return nil
    }

    /// Words in a subject that mark it as money (`政府性基金预算支出为 0` is an amount).
    static let moneyWords = ["预算", "支出", "收入", "经费", "资金", "费", "金额", "拨款", "资产", "价值", "结余", "结转"]
}
