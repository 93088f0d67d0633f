import Foundation
import YusuanCore
import YusuanXLSX

/// A budget input read from a file: JSON or a filled workbook. Problems reading it are
/// issues with their place, like the validator's.
public struct BudgetInputFile: Sendable {
    public var input: BudgetInput?
    public var issues: [InputIssue]
    public var places: InputPlaces

    public static func read(contentsOf url: URL) -> BudgetInputFile {
        guard let data = try? Data(contentsOf: url) else {
            return BudgetInputFile(input: nil, issues: [InputIssue(.error, nil, zh: "无法读取 \(url.path)", en: "cannot read \(url.path)")], places: .json)
        }
        return url.pathExtension.lowercased() == "xlsx" ? workbook(data) : json(data)
    }

    public static func workbook(_ data: Data) -> BudgetInputFile {
        do {
            let (input, issues, places) = BudgetWorkbookReader.read(try XLSXReader.read(data))
            return BudgetInputFile(input: input, issues: issues, places: places)
        } catch {
            return BudgetInputFile(input: nil, issues: [InputIssue(.error, nil, zh: "不是可读的 XLSX 工作簿：\(error.zh)",
                                                                  en: "not a readable XLSX workbook: \(error.en)")], places: .json)
        }
    }

    public static func json(_ data: Data) -> BudgetInputFile {
        do {
            return BudgetInputFile(input: try JSONDecoder().decode(BudgetInput.self, from: data), issues: [], places: .json)
        } catch let DecodingError.dataCorrupted(context) {
            return failed(context, zh: "数据有误", en: "invalid value")
        } catch let DecodingError.keyNotFound(key, context) {
            return failed(context, extra: key.stringValue, zh: "缺少必填项", en: "a required key is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            return failed(context, zh: "类型不符", en: "wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            return failed(context, zh: "不得为空", en: "must not be null")
        } catch {
            return BudgetInputFile(input: nil, issues: [InputIssue(.error, nil, zh: "不是有效的 JSON：\(error.localizedDescription)",
                                                                  en: "not valid JSON: \(error.localizedDescription)")], places: .json)
        }
    }

    /// A decoding error at its JSON path (`lines[3].amount`).
    private static func failed(_ context: DecodingError.Context, extra: String? = nil, zh: String, en: String) -> BudgetInputFile {
        var path = ""
        for key in context.codingPath.map({ $0 }) + (extra.map { [JSONKey($0)] } ?? []) {
            if let index = key.intValue { path += "[\(index)]" } else { path += path.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        let detail = context.debugDescription
        let issue = InputIssue(.error, nil, zh: "\(path.isEmpty ? "" : "\(path)：")\(zh)（\(detail)）", en: "\(path.isEmpty ? "" : "\(path): ")\(en) (\(detail))")
        return BudgetInputFile(input: nil, issues: [issue], places: .json)
    }

    private struct JSONKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ value: String) { stringValue = value }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
