import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body split into its fields and files, by MultipartKit's parser.
struct MultipartForm {
    struct Part {
        var name: String
        /// The file's name as the browser sent it; nil for a plain field.
        var fileName: String?
        var data: Data
    }

    var parts: [Part] = []

    init(body: ByteBuffer, contentType: String) throws {
        guard let boundary = Self.parameter("boundary", of: contentType) else {
            throw Problem(.badRequest, zh: "上传格式不对：缺少 multipart 分隔符", en: "multipart body without a boundary")
        }
        let parser = MultipartParser(boundary: boundary)
        var current = Part(name: "", fileName: nil, data: Data())
        var parts: [Part] = []
        parser.onHeader = { field, value in
            guard field.lowercased() == "content-disposition" else { return }
            current.name = Self.parameter("name", of: value) ?? ""
            current.fileName = Self.parameter("filename", of: value)
        }
        parser.onBody = { buffer in current.data.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            parts.append(current)
            current = Part(name: "", fileName: nil, data: Data())
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem(.badRequest, zh: "上传内容不完整或已损坏，请重新上传", en: "the multipart body is malformed or cut short")
        }
        self.parts = parts
    }

    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The files sent under `name`; a file input left empty sends a part without a name or bytes.
    func files(_ name: String) -> [Part] {
        parts.filter { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// `value` of `key=value` or `key="value"` in a header such as `form-data; name="files"; filename="a.pdf"`.
    static func parameter(_ key: String, of header: String) -> String? {
        for item in header.split(separator: ";") {
            let pair = item.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = String(pair[1])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
