import Foundation
import YusuanCore
import YusuanDocuments

/// A set of rules a bureau audits with: the national defaults, or a province's pack that
/// changes severities, turns rules off and adds rules of its own, for a region and a year.
/// Packs are data files (JSON), shipped in `Resources/Packs/` or written by a bureau: no
/// code changes. Every finding names the pack it was found under.
public struct RulePack: Sendable, Hashable, Codable {
    /// How the pack is chosen: `全国`, `广东-2026`.
    public var id: String
    public var title: BilingualMessage
    /// The region it is for (`全国`, `广东省`) and the year, if it is for one.
    public var region: String
    public var year: Int?
    /// The pack it changes; nil for a pack that starts from all of Yusuan's rules.
    public var extends: String?
    /// The documents the pack rests on, cited in listings.
    public var source: String?
    /// The catalogue year to check codes against, when not the document's own.
    public var catalogueYear: Int?
    /// Severities that differ from the rules' own, by rule id.
    public var severities: [String: Severity]
    /// Rules the pack turns off.
    public var disabled: [String]
    /// Rules the pack adds, made from Yusuan's configurable rules.
    public var added: [PackRule]

    public init(id: String, title: BilingualMessage, region: String, year: Int? = nil, extends: String? = nil,
                source: String? = nil, catalogueYear: Int? = nil, severities: [String: Severity] = [:],
                disabled: [String] = [], added: [PackRule] = []) {
        self.id = id
        self.title = title
        self.region = region
        self.year = year
        self.extends = extends
        self.source = source
        self.catalogueYear = catalogueYear
        self.severities = severities
        self.disabled = disabled
        self.added = added
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, region, year, extends, source, catalogueYear, severities, disabled, added
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(BilingualMessage.self, forKey: .title)
        region = try container.decode(String.self, forKey: .region)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        extends = try container.decodeIfPresent(String.self, forKey: .extends)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        catalogueYear = try container.decodeIfPresent(Int.self, forKey: .catalogueYear)
        severities = try container.decodeIfPresent([String: Severity].self, forKey: .severities) ?? [:]
        disabled = try container.decodeIfPresent([String].self, forKey: .disabled) ?? []
        added = try container.decodeIfPresent([PackRule].self, forKey: .added) ?? []
    }
}

/// A rule a pack adds: one of the configurable rules (`template`), with its own id,
/// severity, description, source and parameters.
public struct PackRule: Sendable, Hashable, Codable {
    public var id: String
    /// Which configurable rule: `disclosure.required-tables`, `narrative.required-topics`.
    public var template: String
    public var severity: Severity
    public var title: BilingualMessage
    public var reason: BilingualMessage
    public var source: String?
    /// The document kinds it applies to (`budgetDisclosure` …); all when empty.
    public var documentKinds: [String]
    /// The template's parameters: table kinds, topics.
    public var parameters: [String: [String]]

    public init(id: String, template: String, severity: Severity, title: BilingualMessage, reason: BilingualMessage,
                source: String? = nil, documentKinds: [String] = [], parameters: [String: [String]] = [:]) {
        self.id = id
        self.template = template
        self.severity = severity
        self.title = title
        self.reason = reason
        self.source = source
        self.documentKinds = documentKinds
        self.parameters = parameters
    }

    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, severity: severity, title: title, reason: reason, source: source)
    }

    /// Whether the rule applies to a document of this kind.
    public func applies(to kind: DocumentKind) -> Bool {
        documentKinds.isEmpty || documentKinds.contains(kind.rawValue)
    }

    private enum CodingKeys: String, CodingKey {
        case id, template, severity, title, reason, source, documentKinds, parameters
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        template = try container.decode(String.self, forKey: .template)
        severity = try container.decode(Severity.self, forKey: .severity)
        title = try container.decode(BilingualMessage.self, forKey: .title)
        reason = try container.decode(BilingualMessage.self, forKey: .reason)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        documentKinds = try container.decodeIfPresent([String].self, forKey: .documentKinds) ?? []
        parameters = try container.decodeIfPresent([String: [String]].self, forKey: .parameters) ?? [:]
    }
}
