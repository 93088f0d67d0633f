import Foundation
import Hummingbird

/// A `multipart/form-data` body (RFC 7578) split into its fields and files. Read here, bounds
/// checked, because the body comes from anyone: a malformed one is a 400, never a crash.
struct MultipartForm {
    struct Part {
        var name: String
        /// The file's name as the browser sent it; nil for a plain field.
        var fileName: String?
        var data: Data
    }

    var parts: [Part] = []

    init(body: ByteBuffer, contentType: String) throws {
        guard let boundary = Self.parameter("boundary", of: contentType), !boundary.isEmpty else {
            throw Problem(.badRequest, zh: "上传格式不对：缺少 multipart 分隔符", en: "multipart body without a boundary")
        }
        let malformed = Problem(.badRequest, zh: "上传内容不完整或已损坏，请重新上传", en: "the multipart body is malformed or cut short")
        let data = Data(buffer: body)
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        guard var cursor = data.range(of: delimiter)?.upperBound else { throw malformed }
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            guard data.index(cursor, offsetBy: 2, limitedBy: data.endIndex) != nil else { throw malformed }
            let next = data[cursor..<cursor + 2]
            if next == Data("--".utf8) { break }
            guard next == Data("\r\n".utf8) else { throw malformed }
            let headerStart = cursor + 2
            guard let headerEnd = data.range(of: separator, in: headerStart..<data.endIndex) else { throw malformed }
            guard let close = data.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<data.endIndex) else { throw malformed }
            var part = Part(name: "", fileName: nil, data: Data(data[headerEnd.upperBound..<close.lowerBound]))
            let headers = String(decoding: data[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            for line in headers.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":"),
                      line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
                let value = String(line[line.index(after: colon)...])
                part.name = Self.parameter("name", of: value) ?? ""
                part.fileName = Self.parameter("filename", of: value)
            }
            parts.append(part)
            cursor = close.upperBound
        }
    }

    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The files sent under `name`; a file input left empty sends a part without a file name.
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

extension MultipartForm {
    /// The agency and the one file of an upload form (fields `agency` and `file`), as the budget
    /// input and project application uploads send them; `what` names the file in the message
    /// a form without them gets.
    static func agencyAndFile(of request: Request, what: (zh: String, en: String)) async throws -> (agencyID: String, file: Part) {
        guard let type = request.headers[.contentType], type.hasPrefix("multipart/form-data") else {
            throw Problem(.badRequest, zh: "请用表单上传\(what.zh)", en: "upload the \(what.en) as a form", place: "file")
        }
        let form = try MultipartForm(body: try await request.body.collect(upTo: Limits.uploadBytes), contentType: type)
        guard let agencyID = form.field("agency"), let file = form.files("file").first else {
            throw Problem(.badRequest, zh: "请选择单位和文件", en: "choose an agency and a file", place: "file")
        }
        return (agencyID, file)
    }
}
