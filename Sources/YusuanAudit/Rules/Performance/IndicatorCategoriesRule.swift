import YusuanCore
import YusuanDocuments

/// A project's indicators cover the 一级指标 every performance target needs: 产出指标,
/// 效益指标 and 满意度指标.
///
/// Output says what the money buys, outcome what it achieves, satisfaction whether those
/// served accept it; a target without one of them cannot be evaluated on that ground
/// (财预〔2020〕10号 scores all three). 成本指标, a 一级指标 of its own only since 财预〔2021〕101号
/// and a 二级指标 under 产出 before, is not required. When an indicator's tier cannot be told
/// (no 一级 or 二级 heading the reader knows), the rule keeps quiet: it may be the missing one.
public struct IndicatorCategoriesRule: AuditRule {
    public static let descriptor = RuleDescriptor(
        id: "indicator.categories", severity: .warning,
        title: .init(zh: "绩效指标包含产出、效益、满意度三类一级指标",
                     en: "the indicators cover the output, outcome and satisfaction tiers"),
        reason: .init(zh: "产出指标说明花钱买到什么，效益指标说明取得什么效果，满意度指标说明服务对象是否认可；缺少一类，绩效目标便不完整，评价时该方面无从考核。",
                      en: "Output says what the money buys, outcome what it achieves, satisfaction whether those served accept it; a target without one of them is incomplete and cannot be evaluated on that ground."),
        source: RuleSource.indicatorGuide)

    public init() {}

    public func check(_ context: AuditContext) -> [Finding] {
        guard let target = context.document.project?.target, let missing = target.missingTiers else { return [] }
        let indicators = target.indicators
        let present = Set(indicators.compactMap(\.effectiveTier))
        let places = IndicatorPlaces(context.document, indicators: indicators)
        let printed = IndicatorTier.allCases.filter(present.contains)
        return missing.map { tier in
            context.finding(
                self, at: places.tableLocation(), expected: tier.chineseName,
                found: printed.map(\.chineseName).joined(separator: "、"),
                message: .init(
                    zh: "绩效目标的 \(indicators.count) 个指标中没有\(tier.chineseName)（现有：\(printed.map(\.chineseName).joined(separator: "、"))）",
                    en: "None of the target's \(indicators.count) indicators is in the \(tier.englishName) tier (\(tier.chineseName)); they are in: \(printed.map(\.englishName).joined(separator: ", "))"))
        }
    }
}
