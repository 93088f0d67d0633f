import Foundation
import YusuanCore

/// The formats a package is written in.
public enum PackageFormat: String, Sendable, CaseIterable {
    /// `disclosure.md` (pipe tables, to read) and `disclosure.txt` (tab-separated, what was audited).
    case md
    case html
    /// The HTML printed by headless Chromium.
    case pdf
    case xlsx
    /// `open-data/`: a Frictionless Fiscal Data Package.
    case fdp
}

/// The files of a compiled package, by relative path, in a stable order.
public struct PackageFiles {
    public var package: DisclosurePackage
    public var text: String
    public var facts: BudgetFacts
    public var catalogues: CatalogueSet
    public var templates: ReportTemplates?
    public var printer: PDFPrinter?

    public init(package: DisclosurePackage, text: String, facts: BudgetFacts, catalogues: CatalogueSet,
                templates: ReportTemplates? = nil, printer: PDFPrinter? = nil) {
        self.package = package
        self.text = text
        self.facts = facts
        self.catalogues = catalogues
        self.templates = templates
        self.printer = printer
    }

    public func files(_ formats: [PackageFormat]) throws -> [(path: String, data: Data)] {
        var files: [(String, Data)] = []
        var html: String?
        func page() throws -> String {
            if let html { return html }
            let made = try PackageHTML(package, templates: templates).html()
            html = made
            return made
        }
        for format in PackageFormat.allCases where formats.contains(format) {
            switch format {
            case .md:
                files.append(("disclosure.md", Data(PackageText(package, style: .markdown).text.utf8)))
                files.append(("disclosure.txt", Data(text.utf8)))
            case .html: files.append(("disclosure.html", Data(try page().utf8)))
            case .pdf:
                guard let printer else { throw PDFPrinter.Failure(message: PDFPrinter.missing) }
                files.append(("disclosure.pdf", try printer.pdf(html: try page())))
            case .xlsx: files.append(("disclosure.xlsx", try PackageWorkbook.data(package)))
            case .fdp:
                files += try FiscalDataPackage(facts: facts, catalogues: catalogues).files().map { ("open-data/\($0.0)", $0.1) }
            }
        }
        return files
    }
}
