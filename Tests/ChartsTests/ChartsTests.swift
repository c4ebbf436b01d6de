import Foundation
import Testing

@testable import Charts

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ChartsTests {
    @Test func xyChartDrawsSeriesMarkersAndEscapesText() throws {
        var chart = XYChart(
            title: "Loss <vs> rate & more", xLabel: "learning rate", yLabel: "loss", xScale: .logarithmic)
        chart.add(Series(name: "smoothed", x: [1e-6, 1e-4, 1e-2, 1], y: [2.3, 2.1, 0.4, 9]))
        chart.mark(x: 1e-3, label: "suggested 1e-3")
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("Loss &lt;vs&gt; rate &amp; more"))
        #expect(svg.contains("<polyline"))
        #expect(svg.contains("suggested 1e-3"))
        #expect(svg.contains(">1e-6<") && svg.contains(">1e0<"), "log axis labels powers of ten")
        // Well-formed XML.
        _ = try XMLDocument(xmlString: svg)
    }

    @Test func logAxisDropsValuesItCannotShow() {
        var chart = XYChart(title: "t", xLabel: "x", yLabel: "y", yScale: .logarithmic)
        chart.add(Series(name: "s", x: [0, 1, 2], y: [0, 10, 100], style: .points))
        #expect(chart.svg().components(separatedBy: "<circle").count - 1 == 2)
    }

    @Test func niceTicksCoverTheRange() {
        let axis = Axis(values: [0.13, 0.87], scale: .linear)
        #expect(axis.ticks.count >= 3)
        #expect(axis.ticks.allSatisfy { $0.value >= axis.low - 1e-12 && $0.value <= axis.high + 1e-12 })
        #expect(axis.ticks.map(\.label).contains("0.40") || axis.ticks.map(\.label).contains("0.4"))
        #expect(Axis.niceNumber(0.37, round: true) == 0.5)
        #expect(Axis.niceNumber(12, round: true) == 10)
        let flat = Axis(values: [5, 5], scale: .linear)
        #expect(flat.low < 5 && flat.high > 5, "a constant series still gets a non-empty range")
    }

    @Test func categoricalAxisLabelsEveryCategory() {
        var chart = XYChart(title: "slice", xLabel: "activation", yLabel: "accuracy")
        chart.xCategories = ["relu", "tanh", "elu"]
        chart.add(Series(name: "", x: [0, 1, 2, 1], y: [0.9, 0.8, 0.85, 0.82], style: .points))
        let svg = chart.svg()
        #expect(["relu", "tanh", "elu"].allSatisfy { svg.contains(">\($0)<") })
    }

    @Test func barChartScalesBarsToTheLargest() throws {
        let svg = BarChart(title: "Importance", valueLabel: "share", bars: [("lr", 0.6), ("units", 0.3)]).svg()
        #expect(svg.contains(">lr<") && svg.contains(">units<"))
        _ = try XMLDocument(xmlString: svg)
    }
}

@Suite struct ScatterShapeTests {
    @Test func ringsAndCrossesAreDrawnAndShownInTheLegend() throws {
        var chart = XYChart(title: "front", xLabel: "a", yLabel: "b")
        var rings = Series(name: "rings", x: [1, 2], y: [3, 4], style: .points, pointTitles: ["r1", "r2"])
        rings.pointShape = .ring
        var crosses = Series(name: "crosses", x: [1.5], y: [3.5], style: .points)
        crosses.pointShape = .cross
        chart.add(rings)
        chart.add(crosses)
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "fill=\"none\" stroke=").count - 1 == 3, "two rings and a legend ring")
        #expect(svg.components(separatedBy: "<path d=\"M").count - 1 == 2, "a cross and a legend cross")
        #expect(svg.contains("<title>r2</title>"))
        _ = try XMLDocument(xmlString: svg)
    }
}
