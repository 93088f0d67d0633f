import Foundation
import YusuanCore

/// The rule packs shipped with Yusuan (`Resources/Packs/*.json`) and a bureau's own files,
/// resolved into the rules an audit runs.
public enum RulePacks {
    /// The pack an audit uses unless told otherwise.
    public static let defaultID = "全国"

    /// The shipped packs, by id.
    public static func bundled() throws(PackError) -> [RulePack] {
        guard let folder = Bundle.module.url(forResource: "Packs", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { throw .unreadable(file: "Packs", reason: "the package's packs are missing") }
        return try files.filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { url throws(PackError) in try load(url) }
    }

    /// A pack file.
    public static func load(_ url: URL) throws(PackError) -> RulePack {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: url.path, reason: error.localizedDescription) }
        do {
            return try JSONDecoder().decode(RulePack.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed(file: url.lastPathComponent, reason: "missing \(([key] + context.codingPath.reversed()).map(\.stringValue).reversed().joined(separator: "."))")
        } catch let DecodingError.dataCorrupted(context) {
            throw .malformed(file: url.lastPathComponent, reason: context.debugDescription)
        } catch let DecodingError.typeMismatch(_, context) {
            throw .malformed(file: url.lastPathComponent, reason: "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw .malformed(file: url.lastPathComponent, reason: "\(error)")
        }
    }

    /// The rules of the pack named `idOrFile`: a shipped pack's id, or a pack file's path.
    public static func resolve(_ idOrFile: String = defaultID, base: [any AuditRule] = RuleCatalogue.all) throws(PackError) -> ResolvedPack {
        let shipped = try bundled()
        let pack: RulePack
        if idOrFile.hasSuffix(".json") {
            pack = try load(URL(fileURLWithPath: idOrFile))
        } else if let found = shipped.first(where: { $0.id == idOrFile }) {
            pack = found
        } else {
            throw .unknown(idOrFile, known: shipped.map(\.id))
        }
        // The chain from the root pack to this one; a pack without `extends` starts from
        // Yusuan's own rules.
        var chain = [pack]
        while let parent = chain[0].extends {
            guard !chain.contains(where: { $0.id == parent }) else { throw .cycle(chain.map(\.id) + [parent]) }
            guard let found = shipped.first(where: { $0.id == parent }) else { throw .unknown(parent, known: shipped.map(\.id)) }
            chain.insert(found, at: 0)
        }
        var rules = base
        var severities: [String: Severity] = [:]
        var disabled: Set<String> = []
        let setRules = Set(RuleCatalogue.documentSetRules.map(\.descriptor.id))
        for link in chain {
            let ids = Set(rules.map(\.descriptor.id)).union(setRules)
            for id in link.disabled + Array(link.severities.keys) where !ids.contains(id) && !link.added.contains(where: { $0.id == id }) {
                throw .unknownRule(id, pack: link.id)
            }
            rules.removeAll { link.disabled.contains($0.descriptor.id) }
            disabled.formUnion(link.disabled)
            for added in link.added {
                guard !ids.contains(added.id) else { throw .duplicateRule(added.id, pack: link.id) }
                rules.append(try instantiate(added, pack: link.id))
            }
            severities.merge(link.severities) { _, new in new }
        }
        return ResolvedPack(pack: pack, rules: rules, severities: severities, disabled: disabled)
    }

    /// The configurable rules a pack can add, by template name.
    static func instantiate(_ rule: PackRule, pack: String) throws(PackError) -> any AuditRule {
        switch rule.template {
        case RequiredTablesRule.template: return RequiredTablesRule(rule)
        case NarrativeTopicsRule.template: return NarrativeTopicsRule(rule)
        default: throw .unknownTemplate(rule.template, pack: pack, known: [RequiredTablesRule.template, NarrativeTopicsRule.template])
        }
    }
}

/// A pack ready to audit with: its rules, and the severities it sets.
public struct ResolvedPack: Sendable {
    public let pack: RulePack
    public let rules: [any AuditRule]
    public let severities: [String: Severity]
    /// Every rule the pack (or a pack it extends) turns off.
    public let disabled: Set<String>

    /// A rule's descriptor as the pack has it.
    public func descriptor(of rule: any AuditRule) -> RuleDescriptor {
        descriptor(rule.descriptor)
    }

    /// A descriptor with the pack's severity.
    public func descriptor(_ original: RuleDescriptor) -> RuleDescriptor {
        var descriptor = original
        if let severity = severities[descriptor.id] { descriptor.severity = severity }
        return descriptor
    }
}

/// What can be wrong with a pack.
public enum PackError: Error, Sendable, Equatable {
    case unknown(String, known: [String])
    case unreadable(file: String, reason: String)
    case malformed(file: String, reason: String)
    case unknownRule(String, pack: String)
    case duplicateRule(String, pack: String)
    case unknownTemplate(String, pack: String, known: [String])
    case cycle([String])

    public var message: BilingualMessage {
        switch self {
        case .unknown(let id, let known):
            .init(zh: "没有名为“\(id)”的规则包；可用的规则包：\(known.joined(separator: "、"))（也可给出规则包文件 .json 的路径）",
                  en: "no rule pack named \"\(id)\"; the packs are: \(known.joined(separator: ", ")) (or give the path of a .json pack file)")
        case .unreadable(let file, let reason): .init(zh: "无法读取规则包 \(file)：\(reason)", en: "cannot read the rule pack \(file): \(reason)")
        case .malformed(let file, let reason): .init(zh: "规则包 \(file) 格式有误：\(reason)", en: "the rule pack \(file) is malformed: \(reason)")
        case .unknownRule(let id, let pack):
            .init(zh: "规则包 \(pack) 提到的规则 \(id) 不存在（yusuan audit --rules 列出全部规则）",
                  en: "the rule pack \(pack) names a rule \(id) that does not exist (yusuan audit --rules lists them)")
        case .duplicateRule(let id, let pack):
            .init(zh: "规则包 \(pack) 新增的规则 \(id) 与已有规则重名", en: "the rule pack \(pack) adds a rule \(id) that already exists")
        case .unknownTemplate(let template, let pack, let known):
            .init(zh: "规则包 \(pack) 使用了不存在的规则模板 \(template)；可用模板：\(known.joined(separator: "、"))",
                  en: "the rule pack \(pack) uses an unknown rule template \(template); the templates are: \(known.joined(separator: ", "))")
        case .cycle(let chain): .init(zh: "规则包相互继承成环：\(chain.joined(separator: " → "))", en: "rule packs extend each other in a cycle: \(chain.joined(separator: " → "))")
        }
    }
}
