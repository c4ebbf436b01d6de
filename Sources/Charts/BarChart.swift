/// A horizontal bar chart (labels on the left, bars to the right), rendered as standalone SVG; the report uses
/// it for parameter importance.
public struct BarChart: Sendable {
    public var title: String
    public var valueLabel: String
    public var bars: [(label: String, value: Double)]
    public var width: Double
    public var color: String

    public init(
        title: String, valueLabel: String, bars: [(label: String, value: Double)], width: Double = 640,
        color: String = Palette.color(0)
    ) {
        self.title = title
        self.valueLabel = valueLabel
        self.bars = bars
        self.width = width
        self.color = color
    }

    public func svg() -> String {
        let (left, right, top, rowHeight) = (150.0, 60.0, 34.0, 24.0)
        let height = top + rowHeight * Double(max(bars.count, 1)) + 40
        let plotW = width - left - right
        let largest = max(bars.map { $0.value }.filter { $0.isFinite }.max() ?? 1, 1e-12)
        var svg = SVGWriter(width: width, height: height)
        svg.text(title, x: width / 2, y: 20, size: 14, weight: "bold")
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let w = bar.value.isFinite ? max(0, bar.value) / largest * plotW : 0
            svg.text(bar.label, x: left - 8, y: y + rowHeight / 2 + 4, anchor: "end", size: 11)
            svg.rect(left, y + 4, w, rowHeight - 8, fill: color)
            svg.text(fmt(bar.value), x: left + w + 4, y: y + rowHeight / 2 + 4, anchor: "start", size: 10)
        }
        svg.text(valueLabel, x: left + plotW / 2, y: height - 10, size: 12)
        return svg.document()
    }
}
