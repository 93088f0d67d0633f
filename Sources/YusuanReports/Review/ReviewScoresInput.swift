import Foundation
import YusuanCore

/// Scores entered on a blank 编审表 from JSON: each item by its place, `一/1.1/(1)` (section,
/// group, item) or `一/(1)` on a sheet without groups, with 部门自评, 财政评审 and a comment.
///
/// ```json
/// {"一/1.1/(1)": {"self": "8", "bureau": "7", "comment": "简述部分说明"}}
/// ```
///
/// All or nothing: an unknown place or a score beyond its weight rejects the whole file.
public enum ReviewScoresInput {
    struct Entry: Decodable {
        var selfScore: String?
        var bureau: String?
        var comment: String?

        enum CodingKeys: String, CodingKey {
            case selfScore = "self", bureau, comment
        }
    }

    public static func apply(_ data: Data, to sheet: ReviewSheet) throws(ReviewScoresInputError) -> ReviewSheet {
        let entries: [String: Entry]
        do {
            entries = try JSONDecoder().decode([String: Entry].self, from: data)
        } catch {
            throw ReviewScoresInputError(place: "", reason: .init(zh: "不是有效的评分 JSON：\(error)", en: "not valid scores JSON: \(error)"))
        }
        var scored = sheet
        for (place, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let parts = place.split(separator: "/").map { String($0) }
            guard let section = parts.first, parts.count >= 2,
                  let path = sheet.path(section: section, parts.dropFirst().map { $0 }) else {
                throw ReviewScoresInputError(place: place, reason: .init(
                    zh: "表中没有这一评分项（应写作 一/1.1/(1) 或 一/(1)）", en: "no such item on the sheet (write 一/1.1/(1) or 一/(1))"))
            }
            func number(_ text: String?) throws(ReviewScoresInputError) -> DecimalNumber? {
                guard let text else { return nil }
                guard let value = DecimalNumber(text) else {
                    throw ReviewScoresInputError(place: place, reason: .init(zh: "“\(text)”不是数字", en: "\"\(text)\" is not a number"))
                }
                return value
            }
            do {
                try scored.score(path, selfScore: try number(entry.selfScore), bureauScore: try number(entry.bureau), comment: entry.comment)
            } catch let error as ReviewScoreError {
                throw ReviewScoresInputError(place: place, reason: error.message)
            } catch let error as ReviewScoresInputError {
                throw error
            } catch {
                throw ReviewScoresInputError(place: place, reason: .init(zh: "\(error)", en: "\(error)"))
            }
        }
        return scored
    }
}

/// A scores file that cannot be applied, with the place of the bad entry.
public struct ReviewScoresInputError: YusuanError, Hashable {
    public var place: String
    public var reason: BilingualMessage

    public var message: BilingualMessage {
        .init(zh: "评分有误\(place.isEmpty ? "" : "（\(place)）")：\(reason.zh)",
              en: "bad scores\(place.isEmpty ? "" : " at \(place)"): \(reason.en)")
    }
}
