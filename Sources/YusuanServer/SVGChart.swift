import Foundation
import YusuanCore

/// Horizontal bar charts drawn on the server as inline SVG: no script, readable when printed,
/// and the figures written beside the bars so the chart never is the only place a number is.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Money
    }

    /// One bar per item, longest first as given, labelled in 万元 with two decimals.
    static func bars(_ bars: [Bar], title: String, width: Int = 640) -> String {
        let rowHeight = 26, labelWidth = 200, valueWidth = 110
        let height = max(1, bars.count) * rowHeight + 8
        let largest = max(bars.map(\.value.fen).max() ?? 0, 1)
        let room = Double(width - labelWidth - valueWidth - 10)
        var svg = #"<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)">"#
        svg += "<title>\(escape(title))</title>"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            // The length is only drawn; exactness lives in the printed value beside it.
            let length = max(bar.value.fen > 0 ? 1 : 0, Int((Double(max(bar.value.fen, 0)) / Double(largest) * room).rounded()))
            svg += #"<text x="\#(labelWidth - 8)" y="\#(y + 17)" text-anchor="end" class="label">\#(escape(bar.label))</text>"#
            svg += #"<rect x="\#(labelWidth)" y="\#(y + 4)" width="\#(length)" height="\#(rowHeight - 10)" rx="2" class="bar"/>"#
            svg += #"<text x="\#(labelWidth + length + 6)" y="\#(y + 17)" class="value">\#(bar.value.formatted(.tenThousandYuan))</text>"#
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
