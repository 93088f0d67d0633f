import Foundation

extension DocumentReader {
    /// Reads a file: an XLSX workbook or text.
    public func read(contentsOf url: URL, as name: String? = nil) throws(DocumentReadError) -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        return try read(data: data, file: name ?? url.path)
    }

    /// Reads bytes: an XLSX workbook (a zip package) or text.
    public func read(data: Data, file: String) throws(DocumentReadError) -> Document {
        read(text: try TextDecoding.decode(data), file: file)
    }
}
