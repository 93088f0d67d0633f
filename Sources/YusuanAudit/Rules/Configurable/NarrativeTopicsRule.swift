import YusuanCore
import YusuanDocuments

/// A pack's list of matters the 情况说明 must explain (机关运行经费, 政府采购, 国有资产占用,
/// 预算绩效 …): each one no heading or paragraph of the narrative mentions is a finding.
public struct NarrativeTopicsRule: AuditRule {
    public static let template = "narrative.required-topics"
    public static let descriptor = RuleDescriptor(
        id: template, severity: .warning,
        title: .init(zh: "情况说明涵盖规定的事项", en: "the narrative explains every required matter"),
        reason: .init(zh: "规程要求情况说明解释若干事项；缺少的事项使公开不完整。",
                      en: "The rules require the narrative to explain certain matters; a missing one leaves the disclosure incomplete."),
        source: RuleSource.disclosureRules)

    public var descriptor: RuleDescriptor { rule.descriptor }
    /// Each topic with the words that name it: `政府采购`, `机关运行经费|公用经费`.
    let topics: [[String]]
    let rule: PackRule

    public init(_ rule: PackRule) {
        topics = (rule.parameters["topics"] ?? []).map { $0.split(separator: "|").map(String.init) }
        self.rule = rule
    }

    public func check(_ context: AuditContext) -> [Finding] {
        let document = context.document
        // A document without narrative (tables only) is not judged on it.
        guard rule.applies(to: document.kind),
              document.statements.contains(where: { $0.kind == .amount }) else { return [] }
        let texts = Set(document.narrative.flatMap { [$0.section ?? "", TextNormalization.removingSpaces($0.text)] })
        return topics.filter { words in !texts.contains { text in words.contains { text.includes($0) } } }.map { words in
            context.finding(self, at: FindingLocation(), expected: words[0], message: .init(
                zh: "情况说明中没有关于“\(words[0])”的说明（\(descriptor.source ?? "本规则包")要求说明此事项；没有时应说明“无”）",
                en: "The narrative says nothing about \(words[0]); \(descriptor.source ?? "the pack") requires it (saying \"none\" when there is none)"))
        }
    }
}
