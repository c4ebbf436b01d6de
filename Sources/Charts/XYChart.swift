/// A two-axis chart of lines and points, rendered as standalone SVG: the one chart type behind the report's
/// optimization history, slice plots and Pareto-front scatter plots, the learning-rate finder's loss curve and the
/// examples' plots. A scatter plot is a chart of `.points` series; `Series.pointShape` tells groups of points
/// apart without color (filled dots, rings, crosses).
///
/// ```swift
/// var chart = XYChart(title: "Loss", xLabel: "learning rate", yLabel: "loss", xScale: .logarithmic)
/// chart.add(Series(name: "smoothed loss", x: rates, y: losses))
/// chart.mark(x: suggested, label: "suggested")
/// let svg = chart.svg()
/// ```
public struct XYChart: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var xScale: AxisScale
    public var yScale: AxisScale
    public var width: Double
    public var height: Double
    /// Names for integer x positions 0, 1, 2, … (a categorical axis); nil for a numeric axis.
    public var xCategories: [String]?
    /// Draw the series legend in a column right of the plot instead of inside its top-right corner (so it never
    /// covers data points).
    public var legendOutside = false
    public private(set) var series: [Series] = []
    public private(set) var markers: [Marker] = []

    public init(
        title: String, xLabel: String, yLabel: String, xScale: AxisScale = .linear,
        yScale: AxisScale = .linear, width: Double = 640, height: Double = 400
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.width = width
        self.height = height
    }

    /// Adds a series; its color is taken from the palette unless given.
    public mutating func add(_ s: Series) {
        var s = s
        if s.color == nil { s.color = Palette.color(series.count) }
        series.append(s)
    }

    /// Draws a dashed vertical line at `x` with a label (e.g. a suggested learning rate).
    public mutating func mark(x: Double, label: String, color: String = "#d62728") {
        markers.append(Marker(x: x, label: label, color: color))
    }

    /// A vertical line with a label.
    public struct Marker: Sendable {
        public var x: Double
        public var label: String
        public var color: String
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let (left, right, top, bottom) = (64.0, legendOutside ? 170.0 : 16.0, 34.0, 46.0)
        let plotW = width - left - right
        let plotH = height - top - bottom
        let xs = series.flatMap { $0.x } + markers.map { $0.x }
        let ys = series.flatMap { $0.y }
        let xAxis = Axis(
            values: xCategories == nil ? xs : [-0.5, Double(max((xCategories?.count ?? 1) - 1, 0)) + 0.5],
            scale: xScale, padding: xCategories == nil ? 0.04 : 0)
        let yAxis = Axis(values: ys, scale: yScale)
        func px(_ v: Double) -> Double? { xAxis.fraction(v).map { left + $0 * plotW } }
        func py(_ v: Double) -> Double? { yAxis.fraction(v).map { top + (1 - $0) * plotH } }

        var svg = SVGWriter(width: width, height: height)
        svg.text(title, x: width / 2, y: 20, size: 14, weight: "bold")
        svg.rect(left, top, plotW, plotH, fill: "#fafafa", stroke: "#999")
        for tick in yAxis.ticks {
            let y = top + (1 - (tick.value - yAxis.low) / (yAxis.high - yAxis.low)) * plotH
            svg.line(left, y, left + plotW, y, stroke: "#e4e4e4")
            svg.text(tick.label, x: left - 6, y: y + 4, anchor: "end", size: 10)
        }
        if let categories = xCategories {
            for (i, name) in categories.enumerated() {
                if let x = px(Double(i)) { svg.text(name, x: x, y: top + plotH + 16, size: 10) }
            }
        } else {
            for tick in xAxis.ticks {
                let x = left + (tick.value - xAxis.low) / (xAxis.high - xAxis.low) * plotW
                svg.line(x, top, x, top + plotH, stroke: "#e4e4e4")
                svg.text(tick.label, x: x, y: top + plotH + 16, size: 10)
            }
        }
        svg.text(xLabel, x: left + plotW / 2, y: height - 10, size: 12)
        svg.text(yLabel, x: 16, y: top + plotH / 2, size: 12, rotate: -90)

        for s in series {
            let color = s.color ?? Palette.color(0)
            let points = zip(s.x, s.y).compactMap { x, y in px(x).flatMap { a in py(y).map { (a, $0) } } }
            if s.style != .points { svg.polyline(points, stroke: color, width: s.lineWidth) }
            if s.style != .line {
                for (i, p) in points.enumerated() {
                    let title = s.pointTitles.map { $0[i] }
                    switch s.pointShape {
                    case .dot: svg.circle(p.0, p.1, r: s.pointRadius, fill: color, opacity: 0.75, title: title)
                    case .ring: svg.ring(p.0, p.1, r: s.pointRadius, stroke: color, title: title)
                    case .cross: svg.cross(p.0, p.1, r: s.pointRadius, stroke: color, title: title)
                    }
                }
            }
        }
        for m in markers {
            guard let x = px(m.x) else { continue }
            svg.line(x, top, x, top + plotH, stroke: m.color, width: 1.5, dash: "5,4")
            svg.text(
                m.label, x: x + 4, y: top + 14 + 14 * Double(markers.firstIndex { $0.label == m.label } ?? 0),
                anchor: "start", size: 10, color: m.color)
        }
        if series.count > 1 || !(series.first?.name.isEmpty ?? true) {
            for (i, s) in series.enumerated() {
                let y = top + 12 + 14 * Double(i)
                let x = legendOutside ? left + plotW + 12 : left + plotW - 150
                let color = s.color ?? Palette.color(i)
                switch (s.style, s.pointShape) {
                case (.points, .ring): svg.ring(x + 5, y - 3, r: 4, stroke: color)
                case (.points, .cross): svg.cross(x + 5, y - 3, r: 4, stroke: color)
                default: svg.rect(x, y - 8, 10, 10, fill: color)
                }
                svg.text(s.name, x: x + 15, y: y + 1, anchor: "start", size: 10)
            }
        }
        return svg.document()
    }
}

/// One data series of an `XYChart`.
public struct Series: Sendable {
    public enum Style: Sendable { case line, points, lineAndPoints }
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var style: Style
    public var color: String?
    public var lineWidth: Double = 1.8
    public var pointRadius: Double = 3
    /// How each point is drawn.
    public var pointShape: PointShape = .dot
    /// A filled dot, an unfilled ring, or a diagonal cross (×).
    public enum PointShape: Sendable { case dot, ring, cross }
    /// Tooltips for the points (shown by browsers on hover), one per point.
    public var pointTitles: [String]?

    public init(
        name: String, x: [Double], y: [Double], style: Style = .line, color: String? = nil,
        pointTitles: [String]? = nil
    ) {
        precondition(x.count == y.count, "Series '\(name)': \(x.count) x values but \(y.count) y values")
        precondition(pointTitles == nil || pointTitles?.count == x.count, "Series '\(name)': one title per point")
        self.name = name
        self.x = x
        self.y = y
        self.style = style
        self.color = color
        self.pointTitles = pointTitles
    }
}

/// The default series colors (the Tableau 10 palette).
public enum Palette {
    public static let colors = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]
    public static func color(_ i: Int) -> String { colors[i % colors.count] }
}
