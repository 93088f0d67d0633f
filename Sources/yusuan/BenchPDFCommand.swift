import ArgumentParser
import Foundation
import YusuanAudit
import YusuanCore
import YusuanDocuments

/// `yusuan bench pdf DIR`: how well and how fast PDFs are read — tables recognised and set
/// aside, amount cells, identities that hold — once from the layout text alone and once
/// with the words' positions, and poppler's own time against Yusuan's on the same files.
struct BenchPDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Read and audit PDFs: reading figures (layout text vs word positions) and time against pdftotext alone (-tsv, as Yusuan runs it, and -layout)."
    )

    @Argument(help: "PDF files or folders of them.")
    var paths: [String]

    @Flag(name: .long, help: "Print each table's figures.")
    var tables = false

    @Option(help: "Times each file is timed; the median is printed.")
    var runs = 3

    func run() throws {
        let files = try paths.flatMap { path -> [URL] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CommandFailure(zh: "找不到 \(path)", en: "no such file: \(path)")
            }
            guard isFolder.boolValue else { return [URL(fileURLWithPath: path)] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.lowercased().hasSuffix(".pdf") }.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0) }
        }
        let catalogues = try bundledCatalogues()
        let reader = DocumentReader(catalogues: catalogues)
        let auditor = Auditor(catalogues: catalogues)
        var totals: [String: Figures] = [:]
        print("file | mode | tables | recognised | gated | amount cells | identities hold / fail | errors | warnings")
        var scans: [URL] = []
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let extracted: (text: String, words: [PDFWord])
            do {
                extracted = try PDFText.textAndWords(of: file)
            } catch {
                print("\(name) | — | \(error.zh) · \(error.en)")
                if error == .scanned { scans.append(file) }
                continue
            }
            for (mode, document) in [("layout", reader.read(text: extracted.text, file: file.path)),
                                     ("words", reader.read(text: extracted.text, words: extracted.words, file: file.path))] {
                let figures = Figures(document, findings: auditor.audit(document))
                totals[mode, default: Figures()].add(figures)
                print("\(name) | \(mode) | \(figures.line)")
                if tables && mode == "words" {
                    for (index, table) in document.tables.enumerated() {
                        let cells = table.rows.flatMap(\.cells).filter { $0.amount != nil && table.columns[$0.column].meaning != nil }
                        print("    \(index) \(table.kind) \(table.layout) p.\(table.location.page ?? 0) \(table.title): "
                              + "\(table.columns.count) columns, \(table.rows.count) rows, \(cells.count) amounts"
                              + (figures.gated.contains(index) ? " GATED" : ""))
                    }
                }
            }
        }
        for mode in ["layout", "words"] { print("all | \(mode) | \(totals[mode]?.line ?? "")") }

        // Scans are read by OCR when tesseract is installed: far slower than poppler, and
        // timed apart from the text layers.
        if PDFOCR.isAvailable {
            for file in scans {
                var document: Document?
                let time = BenchClock.measure { document = try? reader.read(contentsOf: file) }
                guard let document, let ocr = document.ocr else { continue }
                let statements = document.statements.filter { $0.kind != .year && $0.kind != .agencyName }.count
                print("\(file.deletingPathExtension().lastPathComponent) | ocr | \(ocr.pages) pages, \(ocr.words) words, "
                      + String(format: "mean confidence %.0f%%, ", ocr.meanConfidence) + "\(ocr.uncertainWords) below \(Int(OCRReading.uncertain))%, "
                      + "\(document.tables.count) tables, \(statements) narrative figures, kind \(document.kind.rawValue), "
                      + "agency \(document.agency ?? "—"), year \(document.fiscalYear.map(String.init) ?? "—") | time \(time.text)")
            }
        }

        try timing(files.filter { !scans.contains($0) }, reader: reader, auditor: auditor)
    }

    /// Time, file by file, each measured `runs` times in turn in the same run (the median
    /// kept): poppler as Yusuan runs it (`pdftotext -tsv`, once per file), `pdftotext
    /// -layout` (the usual baseline, which Yusuan no longer runs), and Yusuan's whole read
    /// and audit; then where Yusuan's time goes.
    private func timing(_ files: [URL], reader: DocumentReader, auditor: Auditor) throws {
        typealias Reading = BenchClock.Reading
        print("")
        print("time (median of \(runs), wall and CPU incl. pdftotext) | pdftotext -tsv (as Yusuan runs it) | pdftotext -layout (baseline, not run) | yusuan read + audit | over -tsv | over -layout")
        var totals = (tsv: Reading(), layout: Reading(), yusuan: Reading())
        for file in files {
            var tsv: [Reading] = [], layout: [Reading] = [], yusuan: [Reading] = []
            for _ in 0..<max(runs, 1) {
                tsv.append(BenchClock.measure { _ = try? PDFText.tsv(of: file) })
                layout.append(BenchClock.measure { _ = try? PDFText.layoutText(of: file) })
                yusuan.append(BenchClock.measure {
                    if let document = try? reader.read(contentsOf: file) { _ = auditor.audit(document) }
                })
            }
            let row = (tsv: BenchClock.median(tsv), layout: BenchClock.median(layout), yusuan: BenchClock.median(yusuan))
            totals = (totals.tsv + row.tsv, totals.layout + row.layout, totals.yusuan + row.yusuan)
            print("\(file.deletingPathExtension().lastPathComponent) | \(row.tsv.text) | \(row.layout.text) | \(row.yusuan.text) | "
                  + "\(Self.over(row.yusuan, row.tsv)) | \(Self.over(row.yusuan, row.layout))")
        }
        print("all \(files.count) files | \(totals.tsv.text) | \(totals.layout.text) | \(totals.yusuan.text) | "
              + "\(Self.over(totals.yusuan, totals.tsv)) | \(Self.over(totals.yusuan, totals.layout))")

        // Where Yusuan's time goes, each step over all files.
        var outputs: [(URL, Data)] = []
        let extraction = BenchClock.measure {
            for file in files { if let data = try? PDFText.tsv(of: file) { outputs.append((file, data)) } }
        }
        var extracted: [(URL, String, [PDFWord])] = []
        let parsing = BenchClock.measure {
            for (file, data) in outputs { if let (text, words) = try? PDFText.textAndWords(tsv: data) { extracted.append((file, text, words)) } }
        }
        var documents: [Document] = []
        let reading = BenchClock.measure {
            for (file, text, words) in extracted { documents.append(reader.read(text: text, words: words, file: file.path)) }
        }
        let auditing = BenchClock.measure {
            for document in documents { _ = auditor.audit(document) }
        }
        print("of which, measured apart: pdftotext -tsv \(extraction.text), TSV words and layout text \(parsing.text), "
              + "reading \(reading.text), audit \(auditing.text)")
    }

    /// `+12%`: how much longer `time` took than `base`, by wall time.
    static func over(_ time: BenchClock.Reading, _ base: BenchClock.Reading) -> String {
        base.wall > 0 ? String(format: "%+.0f%%", (time.wall / base.wall - 1) * 100) : "—"
    }

    /// What one reading of one document amounts to.
    struct Figures {
        var tables = 0, recognised = 0, gatedCount = 0, amounts = 0, holds = 0, fails = 0, errors = 0, warnings = 0
        var gated: Set<Int> = []

        init() {}

        init(_ document: Document, findings: [Finding]) {
            tables = document.tables.count
            recognised = document.tables.filter { $0.kind != .unknown }.count
            gated = Set(findings.filter { $0.rule == UncertainLayoutRule.descriptor.id }.compactMap(\.location.tableIndex))
            gatedCount = gated.count
            amounts = document.tables.reduce(0) { total, table in
                total + table.rows.flatMap(\.cells).filter { $0.amount != nil && table.columns[$0.column].meaning != nil }.count
            }
            let graph = CellGraph(document: document)
            let gated = gated
            func count(_ cells: [AuditCell], _ holds: Bool) {
                guard cells.contains(where: { $0.figure.map { !$0.value.isZero } ?? false }),
                      !cells.contains(where: { gated.contains($0.table) }) else { return }
                if holds { self.holds += 1 } else { fails += 1 }
            }
            for sum in graph.sums { count([sum.parent] + sum.children, sum.holds) }
            for pair in graph.equalities { count([pair.first, pair.second], pair.holds) }
            errors = findings.filter { $0.severity == .error }.count
            warnings = findings.filter { $0.severity == .warning }.count
        }

        mutating func add(_ other: Figures) {
            tables += other.tables; recognised += other.recognised; gatedCount += other.gatedCount; amounts += other.amounts
            holds += other.holds; fails += other.fails; errors += other.errors; warnings += other.warnings
        }

        var line: String {
            "\(tables) | \(recognised) | \(gatedCount) | \(amounts) | \(holds) / \(fails) | \(errors) | \(warnings)"
        }
    }
}
