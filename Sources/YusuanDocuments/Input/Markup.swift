/// Removes the markup that text extracted from Word and HTML documents carries in table
/// cells and headings: `<p>`, `<b>`, `<sup>2</sup>`, `<br>`, entities, markdown emphasis
/// (`**…**`) and heading marks (`## …`).
public enum Markup {
    public static func clean(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == "*" || $0 == "#" || $0 == "&" }) else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">"),
               isTag(text[text.index(after: index)..<close]) {
                let tag = text[text.index(after: index)..<close].lowercased()
                // A line break or paragraph end inside a cell reads as a space.
                if tag.hasPrefix("br") || tag.hasPrefix("/p") { result.append(" ") }
                index = text.index(after: close)
                continue
            }
            if character == "&", let semicolon = text[index...].prefix(8).firstIndex(of: ";"),
               let entity = entities[String(text[index...semicolon])] {
                result.append(entity)
                index = text.index(after: semicolon)
                continue
            }
            result.append(character)
            index = text.index(after: index)
        }
        result = result.replacingAll("**", with: "").replacingAll("__", with: "")
        // Markdown headings: leading #s followed by a space.
        let trimmed = result.drop { $0 == " " }
        if trimmed.hasPrefix("#") {
            let afterHashes = trimmed.drop { $0 == "#" }
            if afterHashes.first == " " { result = String(afterHashes.dropFirst()) }
        }
        return result
    }

    private static func isTag(_ inside: Substring) -> Bool {
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
        return tags.contains(name)
    }

    private static let tags: Set<String> = ["p", "b", "i", "u", "sup", "sub", "br", "span", "strong", "em", "div", "font", "td", "tr", "th"]
    private static let entities = ["&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]
}
