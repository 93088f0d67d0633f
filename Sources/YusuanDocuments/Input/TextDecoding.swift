import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text: UTF-8 first, then GB18030 (what Chinese Windows
/// software writes). Binary and empty input are refused with a message saying so.
public enum TextDecoding {
    public static func decode(_ data: Data) throws(DocumentReadError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(where: { !isSpaceOrFormFeed($0) }) else { throw .empty }
        if looksBinary(bytes) { throw .binary }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = gb18030(bytes) { return text }
        throw .encoding
    }

    private static func isSpaceOrFormFeed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// NUL bytes or many control characters: not text.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && !isSpaceOrFormFeed($0) }.count
        return controls * 20 > sample.count
    }

    private static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A file that cannot be read as a document.
public enum DocumentReadError: Error, Sendable, Hashable {
    case empty
    case binary
    case encoding
    case unreadable(String)
    case workbook(zh: String, en: String)
    /// A PDF with no text layer (a scan), and no OCR installed to read it.
    case scanned
    /// A scan in which OCR found no text.
    case scanNotRead
    /// A program the input needs is not installed: the program and the Debian package.
    case missingTool(program: String, package: String)
    /// A PDF that poppler could not open (encrypted or damaged), with what it said.
    case pdf(String)

    public var zh: String {
        switch self {
        case .empty: "文件为空，没有可读的文字（扫描件需先做文字识别）"
        case .binary: "文件不是文本，也不是可识别的 XLSX 工作簿"
        case .encoding: "文字编码无法识别（已尝试 UTF-8 和 GB18030）"
        case .unreadable(let reason): "无法读取文件：\(reason)"
        case .workbook(let zh, _): "工作簿无法读取：\(zh)"
        case .scanned: "PDF 没有文字层（扫描件），需做文字识别（OCR）：请安装 tesseract-ocr 和 tesseract-ocr-chi-sim（apt-get install tesseract-ocr tesseract-ocr-chi-sim）"
        case .scanNotRead: "PDF 没有文字层（扫描件），文字识别（OCR）也没有读出文字"
        case .missingTool(let program, let package): "读取 PDF 需要 \(program)，请安装 \(package)（apt-get install \(package)）"
        case .pdf(let reason): "PDF 无法打开（可能已加密或损坏）：\(reason)"
        }
    }

    public var en: String {
        switch self {
        case .empty: "the file is empty: no text to read (a scanned document needs OCR first)"
        case .binary: "the file is neither text nor a readable XLSX workbook"
        case .encoding: "unknown text encoding (tried UTF-8 and GB18030)"
        case .unreadable(let reason): "cannot read the file: \(reason)"
        case .workbook(_, let en): "cannot read the workbook: \(en)"
        case .scanned: "the PDF has no text layer (a scan): it needs OCR; install tesseract-ocr and tesseract-ocr-chi-sim (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
        case .scanNotRead: "the PDF has no text layer (a scan), and OCR read no text from it"
        case .missingTool(let program, let package): "reading a PDF needs \(program): install \(package) (apt-get install \(package))"
        case .pdf(let reason): "cannot open the PDF (encrypted or damaged?): \(reason)"
        }
    }
}
