import YusuanCore

/// Reads the quantified statements of a budget document's narrative (情况说明): the amounts,
/// shares, changes and counts its prose states, each with the subject it is about, so that
/// they can be checked against the document's tables.
///
/// The reader recognises by pattern, not by any one document's wording: a number and the
/// unit printed after it say what it is (`万元` an amount, `%` a share or rate, `人` a
/// count); the words before it since the last clause break say what it is about and whether
/// it is a share (`占…`) or a change (`比上年…增加`); numbers that name no subject continue the
/// subject before them, or take it from a clause head (`…（项）：`), a numbered title
/// sentence, or a numbered section heading. See `SubjectExtraction` and `SubjectContext`.
///
/// Money is never a float: amounts carry a `PublishedFigure` (printed value and the scale of
/// the unit printed after it), shares and rates a `PublishedPercentage`.
public enum NarrativeReader {
    /// The quantified statements of narrative paragraphs, in order.
    ///
    /// - Parameters:
    ///   - paragraphs: The narrative, one paragraph each (lines already joined).
    ///   - agencyNames: Names the document's tables give for the issuing agency (may be
    ///     empty). Mentions of them are reported as `.agencyName` statements, and they are
    ///     taken for context, not subject, before a number (`…监督站收入预算 461.83 万元`
    ///     is about `收入预算`).
    /// - Returns: For each paragraph in turn, its statements in the order their numbers are
    ///   printed. Each one's `location` is the line its number sits on.
    public static func statements(in paragraphs: [NarrativeParagraph], agencyNames: [String] = []) -> [Statement] {
        let subjects = SubjectExtraction(agencyNames: agencyNames)
        let agencies = AgencyMentions(agencyNames: agencyNames)
        return paragraphs.flatMap { paragraph in
            var reader = ParagraphReader(paragraph, subjects: subjects, agencies: agencies)
            return reader.read()
        }
    }
}
