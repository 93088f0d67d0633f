/// Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not starting
/// or ending with an apostrophe, not `History`, and unique regardless of case.
enum SheetNames {
    static let maximumLength = 31

    /// One valid, distinct name per input name, in order.
    static func sanitized(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { index, name in
            var base = clean(name)
            if base.isEmpty || base.lowercased() == "history" { base = base.isEmpty ? "Sheet\(index + 1)" : base + "_" }
            var candidate = base
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "_\(number)"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    private static func clean(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if "[]:*?/\\".unicodeScalars.contains(scalar) {
                scalars.append("_")
            } else if XMLEscaping.isAllowed(scalar), scalar.value >= 0x20 {
                scalars.append(scalar)
            }
        }
        var text = Substring(String(scalars)).drop { $0 == "'" || $0 == " " }
        while text.last == "'" || text.last == " " { text = text.dropLast() }
        return truncated(String(text), to: maximumLength)
    }

    /// Excel counts UTF-16 units; cut on whole characters.
    private static func truncated(_ text: String, to length: Int) -> String {
        var result = ""
        for character in text {
            guard result.utf16.count + character.utf16.count <= length else { break }
            result.append(character)
        }
        return result
    }
}
