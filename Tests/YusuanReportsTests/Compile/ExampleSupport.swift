import Foundation
import YusuanCore
import YusuanReports

/// The committed examples under `Examples/`.
enum Examples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    static let catalogues = try! CatalogueSet.bundled()

    static func input(_ folder: String, _ file: String = "budget.json") -> BudgetInput {
        let read = BudgetInputFile.read(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file))
        precondition(read.input != nil, "\(folder)/\(file): \(read.issues.map { $0.message.zh })")
        return read.input!
    }
}
