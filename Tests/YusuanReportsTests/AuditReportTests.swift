import Foundation
import Testing
import YusuanAudit
import YusuanCore
import YusuanReports
import YusuanTestSupport

/// The audit of many files and its three renderings.
@Suite struct AuditReportTests {
    static let batch = AuditBatch(catalogues: try! CatalogueSet.bundled())

    static func seedsReport() throws -> AuditReport {
        let (files, missing) = AuditBatch.files(in: [Fixtures.url("seeds").path])
        #expect(missing.isEmpty)
        return batch.audit(files: files)
    }

    @Test func aFolderIsAuditedRecursivelyInAStableOrder() throws {
        let (files, _) = AuditBatch.files(in: [Fixtures.url("seeds").path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent.prefix(3) } == ["000", "002", "003", "004"])
        let report = try Self.seedsReport()
        #expect(report.documents.map(\.document.file) == files)
        #expect(report.exitStatus == 1)
    }

    @Test func anUnreadableFileIsReportedAndTheOthersGoOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]).write(to: folder.appendingPathComponent("broken.xlsx"))
        try Fixtures.seed(3).write(to: folder.appendingPathComponent("003.txt"), atomically: true, encoding: .utf8)
        try "# 说明\n\n本文件夹存放 2021 年的公开文件。\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let (files, missing) = AuditBatch.files(in: [folder.path, folder.appendingPathComponent("absent.txt").path])
        let report = Self.batch.audit(files: files)
        #expect(report.documents.count == 1)
        #expect(report.unreadable.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["broken.xlsx"])
        #expect(report.skipped.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["README.md"])
        #expect(AuditTextReport(report).summary.hasSuffix("跳过 1"))
        #expect(missing.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["absent.txt"])
        #expect(AuditReport(documents: report.documents, unreadable: report.unreadable).exitStatus == 2)
    }

    @Test func textGroupsFindingsByDocumentAndTable() throws {
        let report = try Self.seedsReport()
        let text = AuditTextReport(report).text
        #expect(text.contains("== "))
        #expect(text.contains("  附表-4 财政拨款收支总表\n    [错误] cross.agency-name"))
        #expect(text.hasSuffix("\n" + AuditTextReport(report).summary))
        #expect(AuditTextReport(report).summary.hasPrefix("汇总：4 个文件，错误 "))
        let english = AuditTextReport(report, language: .en).text
        #expect(english.contains("[error] narrative.share"))
        #expect(english.contains("Summary: 4 documents"))
    }

    @Test func jsonHasTheStableFields() throws {
        let data = try AuditJSONReport(try Self.seedsReport(), language: .en).data()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["schema"] as? String == "yusuan.audit/1")
        let documents = try #require(root["documents"] as? [[String: Any]])
        let findings = documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(!findings.isEmpty)
        for finding in findings {
            for key in ["file", "rule", "severity", "location", "expected", "found", "message", "messages", "related"] {
                #expect(finding.keys.contains(key), "\(key)")
            }
            let location = try #require(finding["location"] as? [String: Any])
            for key in ["table", "row", "column", "line"] { #expect(location.keys.contains(key), "\(key)") }
            #expect(["error", "warning", "info"].contains(finding["severity"] as? String ?? ""))
        }
        let agency = findings.first { $0["rule"] as? String == "cross.agency-name" }
        #expect((agency?["message"] as? String)?.contains("names") == true)
        #expect((agency?["messages"] as? [String: String])?["zh"]?.contains("表头单位") == true)
    }

    @Test func htmlMarksTheCellsFindingsPointAt() throws {
        let html = try AuditHTMLReport(try Self.seedsReport()).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<link") && !html.contains("<script src"))  // self-contained
        // 附表-2's 合计 1205.56 rests on a blank department row: both cells are marked.
        #expect(html.contains("mark-error"))
        #expect(html.contains("附表-2 收入总表"))
        #expect(html.contains("54.00%"))
        #expect(html.contains("济宁市交通运输局城市客运管理处"))
        // Many documents: a summary by agency, the documents with most errors first, and
        // every finding linked to its row.
        #expect(html.contains("按单位汇总"))
        let toc = try #require(html.components(separatedBy: "<nav class=\"toc\">").last?.components(separatedBy: "</nav>").first)
        #expect(toc.components(separatedBy: "<li>").dropFirst().first?.contains("003_") == true, "seed 003 has most errors")
        #expect(html.contains("href=\"#doc4-t1-r1\""))
        #expect(html.contains("<tr id=\"doc4-t1-r1\""))
    }
}
