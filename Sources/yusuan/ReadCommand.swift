import ArgumentParser
import Foundation
import YusuanCore
import YusuanDocuments

/// `yusuan read FILE…`: print the typed model of published documents.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "读取公开文档 · Read published budget documents into the typed model.",
        discussion: """
            Reads text (UTF-8 or GB18030, tab-separated or laid out by pdftotext -layout) and
            XLSX workbooks. Text output summarises each document; JSON follows the schema in
            docs/document-json.md. A file that cannot be read is reported and the others are
            still read; the exit status is then 2.
            """
    )

    @Argument(help: "Files to read.")
    var files: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let reader = DocumentReader(catalogues: try bundledCatalogues())
        var documents: [Document] = []
        var failures: [(String, DocumentReadError)] = []
        for file in files {
            do {
                documents.append(try reader.read(contentsOf: URL(fileURLWithPath: file), as: file))
            } catch {
                failures.append((file, error))
            }
        }
        switch format {
        case .json: try printJSON(documents)
        case .text: for document in documents { print(DocumentSummary(document).text) }
        }
        for (file, error) in failures {
            FileHandle.standardError.write(Data("\(file)：\(error.zh)\n\(file): \(error.en)\n".utf8))
        }
        if !failures.isEmpty { throw ExitCode(CommandFailure.badInput) }
    }
}

/// The bundled catalogues, or a clear failure.
func bundledCatalogues(year: Int? = nil) throws -> CatalogueSet {
    do {
        return try CatalogueSet.bundled(year: year)
    } catch {
        throw CommandFailure(error)
    }
}
