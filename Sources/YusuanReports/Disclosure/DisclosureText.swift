import YusuanCore

/// A table view written as tab-separated text with a `###` title, in the shape the
/// published documents take and the reader reads: the disclosure package's plain-text
/// source. Amounts print at the given precision; every figure is the view's, so the text
/// cannot disagree with the facts.
public struct DisclosureText {
    public var agency: String
    public var precision: DisplayPrecision

    public init(agency: String, precision: DisplayPrecision = .tenThousandYuan) {
        self.agency = agency
        self.precision = precision
    }

    public func table(_ view: TableView, number: String) -> String {
        let grid = TableGrid(view, precision: precision, grouping: false)
        // A short title goes under its number on a line of its own, as seed 003 prints them:
        // the reader takes a line as short as `表九 项目支出表` for a bare table number.
        let title = (number + view.title).count > 10 ? ["### \(number) \(view.title)"] : ["\(number)：", "", "### \(view.title)"]
        let lines = title + ["", "编制部门：\(agency)", "", "单位：\(precision.scale.label)", ""]
            + grid.header.map { $0.joined(separator: "\t") }
            + grid.body.map { $0.map(\.text).joined(separator: "\t") }
        return lines.joined(separator: "\n")
    }
}
