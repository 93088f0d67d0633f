import Dispatch
import Foundation
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// Audits many files at once: the paths given, and every document file under a folder,
/// read and audited in parallel on all cores. One unreadable file is reported and the rest
/// go on. The CLI and the web application both run audits through this.
public struct AuditBatch: Sendable {
    public var auditor: Auditor
    public var reader: DocumentReader

    public init(catalogues: CatalogueSet, rules: [any AuditRule] = RuleCatalogue.all) {
        self.auditor = Auditor(rules: rules, catalogues: catalogues)
        self.reader = DocumentReader(catalogues: catalogues)
    }

    /// A batch audited with a pack's rules and severities.
    public init(catalogues: CatalogueSet, pack: ResolvedPack) {
        self.auditor = Auditor(pack: pack, catalogues: catalogues)
        self.reader = DocumentReader(catalogues: catalogues)
    }

    /// The extensions a folder is searched for.
    public static let documentExtensions: Set<String> = ["txt", "text", "md", "xlsx", "pdf"]

    /// The files the paths name: a file as given, a folder's document files recursively,
    /// in a stable order. A path that does not exist is an unreadable file.
    public static func files(in paths: [String]) -> (files: [String], missing: [UnreadableFile]) {
        var files: [String] = []
        var missing: [UnreadableFile] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(UnreadableFile(file: path, message: .init(zh: "文件或文件夹不存在", en: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { documentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .map { base.appendingPathComponent($0).relativePath }
            files += found.sorted()
        }
        return (files, missing)
    }

    /// Reads and audits every file; `progress` is called after each (done, total) from any
    /// thread.
    public func audit(files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> AuditReport {
        let results = ResultSlots<Result<(DocumentAudit, AuditContext), UnreadableFile>>(count: files.count)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results[index] = audited(file: files[index])
            progress?(done.increment(), files.count)
        }
        var report = AuditReport()
        var contexts: [AuditContext] = []
        for result in results.values {
            switch result {
            case .success(let (audit, _)) where Self.isNoDocument(audit.document):
                report.skipped.append(UnreadableFile(file: audit.document.file, message: .init(
                    zh: "没有可识别的表格或预算数字，不是预算公开、决算或绩效文件，已跳过",
                    en: "no tables or budget figures the reader recognises: not a budget, final-accounts or performance document; skipped")))
            case .success(let (audit, context)):
                report.documents.append(audit)
                contexts.append(context)
            case .failure(let unreadable): report.unreadable.append(unreadable)
            case nil: break
            }
        }
        return acrossDocuments(report, set: DocumentSet(contexts: contexts))
    }

    /// The checks across the documents of the batch (a department and its units, this year
    /// and last), each finding added to the document it points at.
    public func acrossDocuments(_ report: AuditReport) -> AuditReport {
        acrossDocuments(report, set: DocumentSet(documents: report.documents.map(\.document), catalogues: auditor.catalogues))
    }

    /// The same, with the documents' contexts already built (in the report's order).
    func acrossDocuments(_ report: AuditReport, set: DocumentSet) -> AuditReport {
        guard !report.documents.isEmpty else { return report }
        let byFile = Dictionary(grouping: DocumentSetAuditor(pack: auditor.pack).audit(set), by: \.file)
        var report = report
        for index in report.documents.indices {
            guard let more = byFile[report.documents[index].document.file] else { continue }
            let marked = OCRReadingRule.marking(more, of: report.documents[index].document)
            report.documents[index].findings = Auditor.ordered(report.documents[index].findings + marked)
        }
        return report
    }

    /// A file of no known kind, without tables or amounts: a README beside the documents.
    public static func isNoDocument(_ document: Document) -> Bool {
        document.kind == .unknown && document.tables.isEmpty && !document.statements.contains { $0.kind == .amount }
    }

    /// One file, read and audited.
    public func audit(file: String) -> Result<DocumentAudit, UnreadableFile> {
        audited(file: file).map(\.0)
    }

    /// One file, read and audited, with the context its audit built: the checks across
    /// documents use it again rather than building the identity graph a second time.
    private func audited(file: String) -> Result<(DocumentAudit, AuditContext), UnreadableFile> {
        do {
            let document = try reader.read(contentsOf: URL(fileURLWithPath: file), as: file)
            let context = AuditContext(document: document, catalogues: auditor.catalogues)
            return .success((DocumentAudit(document: document, findings: auditor.audit(context)), context))
        } catch {
            return .failure(UnreadableFile(file: file, message: .init(zh: error.zh, en: error.en)))
        }
    }
}

extension UnreadableFile: Error {}

/// Slots written once each from parallel work.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { slots } }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int { lock.withLock { value += 1; return value } }
}
