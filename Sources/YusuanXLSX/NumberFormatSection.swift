extension NumberFormat {
    /// One `;`-separated part of a format code, reduced to what it does to a number.
    struct Section {
        var prefix = ""
        var suffix = ""
        var minimumIntegerDigits = 0
        var minimumFractionDigits = 0
        var maximumFractionDigits = 0
        var hasDecimalPoint = false
        var grouping = false
        /// Powers of ten to apply: +2 per `%`, −3 per trailing comma.
        var shift = 0
        var hasCondition = false
        /// The `General` keyword, which may sit among literals (`"¥"General`).
        var isGeneral = false
        /// A date, time, fraction or scientific format, or text only (`@`): the number is
        /// shown as `General` would, without the literals.
        var showsRawNumber = false
        private var hasTextPlaceholder = false
        var hasPlaceholders = false

        init(code: String) {
            var tokens = Substring(code)
            var inFraction = false
            var pendingCommas = 0
            func literal(_ text: String) {
                if hasPlaceholders { suffix += text } else { prefix += text }
            }
            func placeholder() {
                // A comma between integer digits groups; between fraction digits it means nothing.
                if !inFraction && pendingCommas > 0 { grouping = true }
                pendingCommas = 0
                hasPlaceholders = true
            }
            while let character = tokens.popFirst() {
                switch character {
                case "0", "#", "?":
                    placeholder()
                    if inFraction {
                        maximumFractionDigits += 1
                        if character == "0" { minimumFractionDigits += 1 }
                    } else if character == "0" {
                        minimumIntegerDigits += 1
                    }
                case "." where !inFraction:
                    inFraction = true
                    hasDecimalPoint = true
                    shift -= 3 * pendingCommas
                    pendingCommas = 0
                case "," where hasPlaceholders:
                    pendingCommas += 1
                case "%":
                    shift += 2
                    literal("%")
                case "\"":
                    let end = tokens.firstIndex(of: "\"") ?? tokens.endIndex
                    literal(String(tokens[..<end]))
                    tokens = end < tokens.endIndex ? tokens[tokens.index(after: end)...] : tokens[end...]
                case "\\":
                    if let next = tokens.popFirst() { literal(String(next)) }
                case "_":
                    // Padding as wide as the next character: a space.
                    _ = tokens.popFirst()
                    literal(" ")
                case "*":
                    _ = tokens.popFirst()  // repeat-to-fill has no width in text
                case "[":
                    let end = tokens.firstIndex(of: "]") ?? tokens.endIndex
                    switch Self.bracket(tokens[..<end]) {
                    case .literal(let text): literal(text)
                    case .condition: hasCondition = true
                    case .elapsedTime: showsRawNumber = true
                    case .ignored: break
                    }
                    tokens = end < tokens.endIndex ? tokens[tokens.index(after: end)...] : tokens[end...]
                case "E" where tokens.first == "+" || tokens.first == "-",
                     "e" where tokens.first == "+" || tokens.first == "-":
                    showsRawNumber = true
                case "/" where hasPlaceholders:
                    showsRawNumber = true
                case "G" where tokens.lowercased().hasPrefix("eneral"), "g" where tokens.lowercased().hasPrefix("eneral"):
                    tokens = tokens.dropFirst(6)
                    placeholder()
                    isGeneral = true
                case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                    showsRawNumber = true  // a date or time: show the serial number
                case "@":
                    hasTextPlaceholder = true
                default:
                    literal(String(character))
                }
            }
            // Commas after the last digit (`#,##0,` or `0.00,`) scale by a thousand each.
            shift -= 3 * pendingCommas
            if hasTextPlaceholder && !hasPlaceholders { showsRawNumber = true }
        }

        private enum Bracket { case literal(String), condition, elapsedTime, ignored }

        private static func bracket(_ content: Substring) -> Bracket {
            switch content.first {
            case "$":
                // A currency or locale tag, [$¥-804]: the part before '-' is printed.
                .literal(String(content.dropFirst().prefix(while: { $0 != "-" })))
            case "<", ">", "=":
                .condition
            case "h", "H", "m", "M", "s", "S":
                .elapsedTime
            default:
                .ignored  // colours: [Red], [Color10]; [DBNum1]
            }
        }

        /// The non-negative `value` under this section, before trimming spaces.
        func render(_ value: DecimalDigits) -> String {
            if showsRawNumber { return NumberFormat.general(value) }
            let value = value.shifted(by: shift)
            if isGeneral { return prefix + NumberFormat.general(value) + suffix }
            guard hasPlaceholders else { return prefix + suffix }
            let rounded = value.rounded(fractionDigits: maximumFractionDigits)
            var (integer, fraction) = rounded.parts(minimumFraction: maximumFractionDigits)
            while fraction.count > minimumFractionDigits, fraction.last == 0 { fraction.removeLast() }
            if integer.count < minimumIntegerDigits {
                integer = Array(repeating: 0, count: minimumIntegerDigits - integer.count) + integer
            }
            var text = prefix
            for (index, digit) in integer.enumerated() {
                if grouping, index > 0, (integer.count - index) % 3 == 0 { text += "," }
                text.unicodeScalars.append(Unicode.Scalar(digit + 48))
            }
            if hasDecimalPoint { text += "." }
            for digit in fraction { text.unicodeScalars.append(Unicode.Scalar(digit + 48)) }
            return text + suffix
        }
    }
}
