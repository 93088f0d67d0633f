/// Substring search on UTF-8 bytes. With Foundation imported, `String.contains(_:)` and
/// `range(of:)` go through CFString, which folds every character cluster: far too slow for
/// a reader that asks a dozen such questions of every line. A byte match of valid UTF-8 in
/// valid UTF-8 always starts and ends on a scalar boundary, so the answers are the same.
extension StringProtocol {
    /// Whether `needle` occurs in the text.
    public func includes(_ needle: String) -> Bool {
        utf8Range(of: needle) != nil
    }

    /// The first occurrence of `needle`, at or after `from`.
    public func utf8Range(of needle: String, from: Index? = nil) -> Range<Index>? {
        let start = from ?? startIndex
        let offset = utf8.distance(from: utf8.startIndex, to: start)
        var text = String(self)
        var needleText = needle
        let found: Int? = text.withUTF8 { haystack in
            needleText.withUTF8 { pattern in TextSearch.firstOffset(of: pattern, in: haystack, from: offset) }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The text with every occurrence of `needle` replaced.
    public func replacingAll(_ needle: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.utf8Range(of: needle) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

enum TextSearch {
    /// The byte offset of the first occurrence of `pattern` at or after `from`.
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                            from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
        var index = from
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<pattern.count where haystack[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
