import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Rule packs: the shipped national pack, and a region's own file changing a severity and
/// adding a rule without a code change.
@Suite struct RulePackTests {
    static func audit(_ text: String, pack: ResolvedPack) -> [Finding] {
        Auditor(pack: pack, catalogues: Audit.catalogues).audit(Audit.read(text))
    }

    static func packFile(_ json: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString).json")
        try json.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static let regionPack = """
        {
          "id": "测试省-2026", "title": {"zh": "测试省规则", "en": "Test province"}, "region": "测试省", "year": 2026,
          "extends": "全国", "source": "测试省财政厅通知",
          "severities": {"code.name": "error"},
          "disabled": ["indicator.categories"],
          "added": [{
            "id": "test.procurement-table", "template": "disclosure.required-tables", "severity": "error",
            "title": {"zh": "公开政府采购预算表", "en": "the procurement table is published"},
            "reason": {"zh": "本省要求。", "en": "The province requires it."},
            "source": "测试省财政厅通知第三条", "documentKinds": ["budgetDisclosure"],
            "parameters": {"tableKinds": ["procurement"]}
          }]
        }
        """

    @Test func theNationalPackIsTheDefault() throws {
        let pack = try RulePacks.resolve()
        #expect(pack.pack.id == "全国")
        let ids = pack.rules.map(\.descriptor.id)
        #expect(ids.contains("narrative.share") && ids.contains("disclosure.required-tables") && ids.contains("narrative.required-topics"))
        #expect(try RulePacks.bundled().map(\.id).contains("全国"))
    }

    @Test func theNationalPackFindsTheTablesSeed004DoesNotPublish() throws {
        // Its 目录 lists 一般公共预算“三公”经费支出表 and 政府性基金预算支出表; neither is in the document.
        let findings = Self.audit(try Audit.seed(4), pack: try RulePacks.resolve()).filter { $0.rule == "disclosure.required-tables" }
        #expect(findings.compactMap(\.expected) == ["一般公共预算“三公”经费支出表", "政府性基金预算支出表"])
        #expect(findings.allSatisfy { $0.pack == "全国" && $0.source == RuleSource.disclosureRules })
    }

    @Test func aNarrativeMissingARequiredTopicFires() throws {
        let pack = try RulePacks.resolve()
        #expect(Self.audit(try Audit.seed(3), pack: pack).filter { $0.rule == "narrative.required-topics" } == [])
        let text = try Audit.seed(3).replacingOccurrences(of: "政府采购", with: "采购")
        let findings = Self.audit(text, pack: pack).filter { $0.rule == "narrative.required-topics" }
        #expect(findings.compactMap(\.expected) == ["政府采购"])
    }

    @Test func aRegionPackChangesASeverityAndAddsARule() throws {
        let pack = try RulePacks.resolve(try Self.packFile(Self.regionPack).path)
        #expect(pack.pack.id == "测试省-2026")
        #expect(!pack.rules.contains { $0.descriptor.id == "indicator.categories" })
        let findings = Self.audit(try Audit.seed(4), pack: pack)
        // 附表-6's 30112 其他社会保险缴费 is a warning nationally, an error here.
        let name = try #require(findings.first { $0.rule == "code.name" })
        #expect(name.severity == .error)
        #expect(name.pack == "测试省-2026")
        let added = try #require(findings.first { $0.rule == "test.procurement-table" })
        #expect(added.severity == .error)
        #expect(added.source == "测试省财政厅通知第三条")
        // The national rules it extends still run.
        #expect(findings.contains { $0.rule == "disclosure.required-tables" })
        #expect(try RulePacks.resolve().descriptor(of: CodeNameRule()).severity == .warning)
        #expect(pack.descriptor(of: CodeNameRule()).severity == .error)
    }

    @Test func aBadPackIsRefusedWithAReason() throws {
        #expect(throws: PackError.unknown("广东-2026", known: try RulePacks.bundled().map(\.id))) {
            try RulePacks.resolve("广东-2026")
        }
        let unknownRule = try Self.packFile(#"{"id": "x", "title": {"zh": "x", "en": "x"}, "region": "x", "disabled": ["no.such-rule"]}"#)
        #expect(throws: PackError.unknownRule("no.such-rule", pack: "x")) { try RulePacks.resolve(unknownRule.path) }
        let badTemplate = try Self.packFile("""
            {"id": "y", "title": {"zh": "y", "en": "y"}, "region": "y", "added": [{"id": "y.z", "template": "nope", "severity": "error",
             "title": {"zh": "z", "en": "z"}, "reason": {"zh": "z", "en": "z"}}]}
            """)
        #expect(throws: PackError.unknownTemplate("nope", pack: "y", known: ["disclosure.required-tables", "narrative.required-topics"])) {
            try RulePacks.resolve(badTemplate.path)
        }
        let malformed = try Self.packFile(#"{"id": "z"}"#)
        do {
            _ = try RulePacks.resolve(malformed.path)
            Issue.record("a malformed pack was accepted")
        } catch {
            #expect(error.message.zh.contains("格式有误"))
            #expect(error.message.en.contains("missing"))
        }
    }
}
