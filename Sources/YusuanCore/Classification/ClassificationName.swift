/// Normalises classification names the way the catalogue files are normalised
/// (see `Resources/Catalogues/README.md`), so that differences that carry no meaning
/// never count as a mismatch.
public enum ClassificationName {
    /// ASCII brackets become full-width, every space goes, a trailing `（项）`, `（款）` or
    /// `（类）` is stripped: `因公出国 (境)费用（款）` → `因公出国（境）费用`.
    public static func normalize(_ name: String) -> String {
        var text = TextNormalization.removingSpaces(name)
        text = String(text.map { character -> Character in
            switch character {
            case "(": "（"
            case ")": "）"
            default: character
            }
        })
        for suffix in ["（项）", "（款）", "（类）"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            break
        }
        return text
    }
}
