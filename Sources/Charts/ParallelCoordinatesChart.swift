import Foundation

/// A parallel-coordinates plot (Inselberg, "The plane with parallel coordinates", The Visual Computer 1985):
/// one vertical axis per dimension, each record drawn as a polyline through its value on every axis and colored
/// by a separate value (in the report: one line per trial through its hyperparameters, colored by the objective).
///
/// Numeric axes run bottom (low) to top (high), linear or logarithmic; categorical axes place their categories
/// evenly. A record without a value on an axis (an inactive conditional parameter) skips that axis.
///
/// ```swift
/// var chart = ParallelCoordinatesChart(title: "Trials", colorLabel: "accuracy",
///                                      dimensions: [.init(name: "lr", scale: .logarithmic),
///                                                   .init(name: "act", categories: ["relu", "tanh"])])
/// chart.add(values: [1e-3, 0], color: 0.93)
/// let svg = chart.svg()
/// ```
public struct ParallelCoordinatesChart: Sendable {
    /// One axis.
    public struct Dimension: Sendable {
        public var name: String
        public var scale: AxisScale
        /// Names for the values 0, 1, 2, … (a categorical axis); nil for a numeric axis.
        public var categories: [String]?

        /// A numeric axis.
        public init(name: String, scale: AxisScale = .linear) {
            self.name = name
            self.scale = scale
            self.categories = nil
        }

        /// A categorical axis; records give the index of their category.
        public init(name: String, categories: [String]) {
            self.name = name
            self.scale = .linear
            self.categories = categories
        }
    }

    /// One polyline.
    public struct Record: Sendable {
        /// One value per dimension (nil: no value on that axis).
        public var values: [Double?]
        /// The value that picks the line's color.
        public var color: Double
        /// A tooltip.
        public var title: String?
    }

    public var title: String
    public var colorLabel: String
    public var dimensions: [Dimension]
    public private(set) var records: [Record] = []
    public var width: Double
    public var height: Double
    public var colorScale: ColorScale
    /// When true, low color values get the bright end of the scale (e.g. a minimized loss: best = bright).
    public var reverseColors: Bool

    public init(
        title: String, colorLabel: String, dimensions: [Dimension], width: Double = 900, height: Double = 420,
        colorScale: ColorScale = .viridis, reverseColors: Bool = false
    ) {
        self.title = title
        self.colorLabel = colorLabel
        self.dimensions = dimensions
        self.width = width
        self.height = height
        self.colorScale = colorScale
        self.reverseColors = reverseColors
    }

    /// Adds a record; `values` must have one entry per dimension. Records are drawn in the order added.
    public mutating func add(values: [Double?], color: Double, title: String? = nil) {
        precondition(
            values.count == dimensions.count,
            "ParallelCoordinatesChart: \(values.count) values for \(dimensions.count) dimensions")
        records.append(Record(values: values, color: color, title: title))
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let (left, right, top, bottom) = (70.0, 120.0, 56.0, 40.0)
        let plotW = width - left - right
        let plotH = height - top - bottom
        let count = dimensions.count
        func axisX(_ j: Int) -> Double { count == 1 ? left + plotW / 2 : left + plotW * Double(j) / Double(count - 1) }

        // Position in [0, 1] (bottom to top) of a value on each axis.
        let numericAxes: [Axis?] = dimensions.indices.map { j in
            guard dimensions[j].categories == nil else { return nil }
            return Axis(
                values: records.compactMap { $0.values[j] }, scale: dimensions[j].scale, padding: 0.02,
                tickCount: 5)
        }
        func fraction(_ v: Double, _ j: Int) -> Double? {
            if let categories = dimensions[j].categories {
                return (v + 0.5) / Double(max(categories.count, 1))
            }
            return numericAxes[j]?.fraction(v)
        }

        let colorValues = records.map(\.color).filter { $0.isFinite }
        let (cLow, cHigh) = (colorValues.min() ?? 0, colorValues.max() ?? 1)
        func colorOf(_ v: Double) -> String {
            guard v.isFinite else { return "#bbbbbb" }
            let t = cHigh > cLow ? (v - cLow) / (cHigh - cLow) : 1
            return colorScale.color(at: reverseColors ? 1 - t : t)
        }

        var svg = SVGWriter(width: width, height: height)
        svg.text(title, x: width / 2, y: 20, size: 14, weight: "bold")
        for record in records {
            let points: [(Double, Double)] = record.values.enumerated().compactMap { j, v in
                guard let v, let f = fraction(v, j) else { return nil }
                return (axisX(j), top + (1 - f) * plotH)
            }
            let color = colorOf(record.color)
            if points.count == 1 {
                svg.circle(points[0].0, points[0].1, r: 2.5, fill: color, opacity: 0.8, title: record.title)
            } else {
                svg.polyline(points, stroke: color, width: 1.4, opacity: 0.75)
            }
        }
        for j in 0..<count {
            let x = axisX(j)
            svg.line(x, top, x, top + plotH, stroke: "#444", width: 1.2)
            svg.text(dimensions[j].name, x: x, y: top - 14, size: 11, weight: "bold")
            if let categories = dimensions[j].categories {
                for (i, name) in categories.enumerated() {
                    let y = top + (1 - (Double(i) + 0.5) / Double(max(categories.count, 1))) * plotH
                    svg.line(x - 4, y, x + 4, y, stroke: "#444")
                    svg.text(name, x: x + 6, y: y + 4, anchor: "start", size: 10)
                }
            } else if let axis = numericAxes[j] {
                for tick in axis.ticks {
                    let y = top + (1 - (tick.value - axis.low) / (axis.high - axis.low)) * plotH
                    svg.line(x - 4, y, x, y, stroke: "#444")
                    svg.text(tick.label, x: x - 6, y: y + 3.5, anchor: "end", size: 9)
                }
            }
        }
        drawColorBar(&svg, x: width - right + 40, top: top, height: plotH, low: cLow, high: cHigh)
        return svg.document()
    }

    /// A vertical bar of the color scale with the low and high color values, and the color label.
    private func drawColorBar(_ svg: inout SVGWriter, x: Double, top: Double, height: Double, low: Double, high: Double)
    {
        let steps = 40
        for i in 0..<steps {
            let t = Double(i) / Double(steps - 1)
            let y = top + (1 - Double(i + 1) / Double(steps)) * height
            svg.rect(x, y, 14, height / Double(steps) + 0.5, fill: colorScale.color(at: reverseColors ? 1 - t : t))
        }
        svg.text(label(high), x: x + 18, y: top + 8, anchor: "start", size: 10)
        svg.text(label(low), x: x + 18, y: top + height, anchor: "start", size: 10)
        svg.text(colorLabel, x: x + 7, y: top - 14, size: 11, weight: "bold")
    }

    private func label(_ v: Double) -> String {
        guard v.isFinite else { return "-" }
        return abs(v) >= 1e4 || (abs(v) < 1e-3 && v != 0) ? String(format: "%.2e", v) : String(format: "%.4g", v)
    }
}
