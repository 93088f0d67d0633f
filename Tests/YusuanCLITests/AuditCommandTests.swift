import Foundation
import Testing
import YusuanTestSupport

@Suite struct AuditCommandTests {
    @Test func aDocumentWithErrorsExitsWithOne() throws {
        let result = try Yusuan.run("audit", Fixtures.url(try Fixtures.seedPath(3)).path)
        #expect(result.status == 1)
        #expect(result.output.contains("[错误] narrative.share 第 318 行"))
        #expect(result.output.contains("汇总：1 个文件，错误 "))
    }

    @Test func aFolderIsAuditedAndTheLanguageFollowsLang() throws {
        let result = try Yusuan.run("audit", "--lang", "en", Fixtures.url("seeds").path)
        #expect(result.status == 1)
        #expect(result.output.components(separatedBy: "\n== ").count == 4)
        #expect(result.output.contains("Summary: 4 documents"))
        #expect(result.output.contains("names \"济宁市交通运输局城市客运管理处\""))
    }

    @Test func anUnreadableFileExitsWithTwoAndTheOthersAreAudited() throws {
        let result = try Yusuan.run("audit", "--format", "json", Fixtures.url(try Fixtures.seedPath(4)).path, "/no/such/file.txt")
        #expect(result.status == 2)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((root["documents"] as? [Any])?.count == 1)
        #expect(((root["unreadable"] as? [[String: Any]])?.first?["file"] as? String) == "/no/such/file.txt")
    }

    @Test func htmlGoesToTheFileGiven() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-audit-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Yusuan.run("audit", "--format", "html", "-o", output.path, Fixtures.url(try Fixtures.seedPath(4)).path)
        #expect(result.status == 1)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("<table class=\"doc\">"))
    }

    @Test func theRulesAreListed() throws {
        let result = try Yusuan.run("audit", "--rules")
        #expect(result.status == 0)
        for id in ["table.total", "cross.agency-name", "narrative.share", "narrative.change-rate", "narrative.amount"] {
            #expect(result.output.contains(id), "\(id)")
        }
        #expect(result.output.contains("依据："))
    }

    @Test func nothingToAuditIsAUsageError() throws {
        let result = try Yusuan.run("audit")
        #expect(result.status == 2)
    }
}

@Suite struct AuditPackCommandTests {
    @Test func packsAreListedAndAnUnknownPackIsRefused() throws {
        let listing = try Yusuan.run("audit", "--packs")
        #expect(listing.status == 0)
        #expect(listing.output.hasPrefix("全国"))
        let unknown = try Yusuan.run("audit", "--pack", "广东-2026", Fixtures.url(try Fixtures.seedPath(3)).path)
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("可用的规则包：全国"))
    }
}
