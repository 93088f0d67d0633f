import Foundation
import ZIPFoundation

/// Packs parts into a ZIP archive, deflated, in the order given.
enum PackageWriter {
    /// A fixed timestamp for every entry (1980-01-01, the earliest ZIP can hold), so the
    /// same parts always give the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func zip(_ parts: [(path: String, xml: String)]) throws(XLSXError) -> Data {
        try zip(parts.map { ($0.path, Data($0.xml.utf8)) })
    }

    static func zip(_ parts: [(path: String, data: Data)]) throws(XLSXError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        } catch {
            throw XLSXError(zh: "无法生成 ZIP 压缩包：\(error)", en: "Cannot build the ZIP package: \(error)")
        }
    }
}
