import Foundation
import ZIPFoundation

/// A ZIP archive's table of contents, read with every offset and size checked against the
/// bytes at hand. ZIPFoundation's in-memory reader trusts those numbers and traps on a
/// damaged file, so reading goes through here; ZIPFoundation still inflates and writes.
struct ZipDirectory {
    struct Entry {
        var path: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let data: Data
    let entries: [Entry]

    init(_ data: Data) throws(XLSXError) {
        self.data = data
        let bytes = ByteReader(data)
        // The end record sits in the last 22 bytes plus up to 65,535 bytes of comment.
        var end: Int?
        var position = data.count - 22
        while position >= max(0, data.count - 22 - 65_535) {
            if bytes.u32(position) == 0x0605_4B50, let length = bytes.u16(position + 20), position + 22 + Int(length) == data.count {
                end = position
                break
            }
            position -= 1
        }
        guard let end, var count = bytes.u16(end + 10).map(Int.init),
              var directorySize = bytes.u32(end + 12).map(Int.init),
              var directoryOffset = bytes.u32(end + 16).map(Int.init) else {
            throw XLSXError.notZip("no end-of-central-directory record / 找不到 ZIP 目录结尾记录")
        }
        // ZIP64: the real numbers are in a record the locator (just before the end record) points to.
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF,
           bytes.u32(end - 20) == 0x0706_4B50, let recordOffset = bytes.u64(end - 12),
           bytes.u32(recordOffset) == 0x0606_4B50,
           let count64 = bytes.u64(recordOffset + 32), let size64 = bytes.u64(recordOffset + 40),
           let offset64 = bytes.u64(recordOffset + 48) {
            (count, directorySize, directoryOffset) = (count64, size64, offset64)
        }
        guard directoryOffset + directorySize <= data.count, count <= directorySize / 46 + 1 else {
            throw XLSXError.notZip("central directory outside the file / ZIP 目录超出文件范围")
        }
        var entries: [Entry] = []
        var offset = directoryOffset
        for _ in 0..<count {
            guard bytes.u32(offset) == 0x0201_4B50, let flags = bytes.u16(offset + 8), let method = bytes.u16(offset + 10),
                  let crc = bytes.u32(offset + 16), var compressed = bytes.u32(offset + 20).map(Int.init),
                  var uncompressed = bytes.u32(offset + 24).map(Int.init),
                  let nameLength = bytes.u16(offset + 28).map(Int.init), let extraLength = bytes.u16(offset + 30).map(Int.init),
                  let commentLength = bytes.u16(offset + 32).map(Int.init), var local = bytes.u32(offset + 42).map(Int.init),
                  let name = bytes.slice(offset + 46, nameLength) else {
                throw XLSXError.notZip("damaged central directory entry / ZIP 目录项损坏")
            }
            // ZIP64 extra field: 64-bit values, in this order, for the fields that are all ones.
            var extra = offset + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd, let id = bytes.u16(extra), let size = bytes.u16(extra + 2).map(Int.init) {
                if id == 0x0001 {
                    var field = extra + 4
                    func wide() -> Int? {
                        guard field + 8 <= extra + 4 + size, let value = bytes.u64(field) else { return nil }
                        field += 8
                        return value
                    }
                    if uncompressed == 0xFFFF_FFFF, let value = wide() { uncompressed = value }
                    if compressed == 0xFFFF_FFFF, let value = wide() { compressed = value }
                    if local == 0xFFFF_FFFF, let value = wide() { local = value }
                }
                extra += 4 + size
            }
            // UTF-8 names are the norm in .xlsx; others are read as Latin-1 rather than refused.
            let path = String(data: name, encoding: .utf8) ?? String(decoding: name.map { UInt16($0) }, as: UTF16.self)
            entries.append(Entry(path: path, method: method, flags: flags, crc: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: local))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The uncompressed bytes of `entry`, refusing more than `limit`.
    func contents(of entry: Entry, limit: Int) throws(XLSXError) -> Data {
        let bytes = ByteReader(data)
        let fail = { (zh: String, en: String) in XLSXError.badContent(entry.path, zh: zh, en: en) }
        guard entry.flags & 1 == 0 else { throw fail("已加密，无法读取", "is encrypted") }
        guard bytes.u32(entry.localHeaderOffset) == 0x0403_4B50,
              let nameLength = bytes.u16(entry.localHeaderOffset + 26), let extraLength = bytes.u16(entry.localHeaderOffset + 28),
              let compressed = bytes.slice(entry.localHeaderOffset + 30 + Int(nameLength) + Int(extraLength), entry.compressedSize)
        else { throw fail("ZIP 数据损坏或被截断", "damaged or truncated ZIP data") }
        guard entry.uncompressedSize <= limit else {
            throw fail("部件过大（\(entry.uncompressedSize) 字节）", "part too large (\(entry.uncompressedSize) bytes)")
        }
        var output = Data()
        let checksum: UInt32
        switch entry.method {
        case 0:
            output = compressed
            checksum = output.crc32(checksum: 0)
        case 8:
            guard !compressed.isEmpty else { throw fail("ZIP 数据为空", "empty deflate data") }
            var delivered = false
            do {
                // One chunk holding everything: asked again means the stream never ended.
                checksum = try Data.decompress(size: Int64(entry.uncompressedSize), bufferSize: compressed.count, skipCRC32: false,
                                               provider: { _, _ in
                                                   guard !delivered else { throw ZipDirectoryError.truncated }
                                                   delivered = true
                                                   return compressed
                                               }, consumer: { chunk in
                                                   output.append(chunk)
                                                   if output.count > limit { throw ZipDirectoryError.tooLarge }
                                               })
            } catch {
                throw fail("无法解压（数据损坏）", "cannot be inflated (damaged data)")
            }
        default:
            throw fail("使用了不支持的压缩方式 \(entry.method)", "uses unsupported compression method \(entry.method)")
        }
        guard checksum == entry.crc, output.count == entry.uncompressedSize else {
            throw fail("校验失败，文件可能损坏", "fails its checksum; the file may be damaged")
        }
        return output
    }

    private enum ZipDirectoryError: Error { case truncated, tooLarge }
}

/// Little-endian reads that return `nil` instead of reading past the end.
private struct ByteReader {
    let data: Data
    init(_ data: Data) { self.data = data }

    func slice(_ offset: Int, _ count: Int) -> Data? {
        guard offset >= 0, count >= 0, offset <= data.count - count else { return nil }
        let start = data.startIndex + offset
        return data.subdata(in: start..<start + count)
    }

    private func unsigned(_ offset: Int, _ width: Int) -> UInt64? {
        guard offset >= 0, offset <= data.count - width else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(data[data.startIndex + offset + index]) }
        return value
    }

    func u16(_ offset: Int) -> UInt16? { unsigned(offset, 2).map { UInt16($0) } }
    func u32(_ offset: Int) -> UInt32? { unsigned(offset, 4).map { UInt32($0) } }
    /// 64-bit values beyond `Int.max / 2` are no offset or size in a file held in memory.
    func u64(_ offset: Int) -> Int? { unsigned(offset, 8).flatMap { $0 < UInt64(Int.max / 2) ? Int($0) : nil } }
}
