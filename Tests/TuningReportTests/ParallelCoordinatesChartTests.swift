import Charts
import Testing

/// The parallel-coordinates chart and its color scale.
@Suite struct ParallelCoordinatesChartTests {
    @Test func drawsOneLinePerRecordAndLabelsEveryAxisAndCategory() {
        var chart = ParallelCoordinatesChart(
            title: "T", colorLabel: "value",
            dimensions: [
                .init(name: "lr", scale: .logarithmic),
                .init(name: "act", categories: ["relu", "tanh"]),
                .init(name: "value"),
            ])
        chart.add(values: [1e-3, 0, 0.5], color: 0.5)
        chart.add(values: [1e-2, 1, 0.9], color: 0.9)
        chart.add(values: [nil, 1, 0.7], color: 0.7)  // inactive parameter: the line skips that axis
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 3)
        for label in [">lr<", ">act<", ">relu<", ">tanh<", ">value<"] { #expect(svg.contains(label), "\(label)") }
        // The best (highest) value gets the bright end of viridis, the lowest the dark end.
        #expect(svg.contains("stroke=\"#fde725\"") && svg.contains("stroke=\"#440154\""))
    }

    @Test func reversedColorsMakeLowValuesBright() {
        var chart = ParallelCoordinatesChart(
            title: "T", colorLabel: "loss", dimensions: [.init(name: "x"), .init(name: "y")],
            reverseColors: true)
        chart.add(values: [0, 1], color: 1)
        chart.add(values: [1, 0], color: 0)
        let svg = chart.svg()
        let bright = svg.range(of: "stroke=\"#fde725\"")!
        let dark = svg.range(of: "stroke=\"#440154\"")!
        // Records are drawn in order: the first (value 1, the worst loss) is dark.
        #expect(dark.lowerBound < bright.lowerBound)
    }

    @Test func colorScaleInterpolatesBetweenStopsAndClamps() {
        let scale = ColorScale(stops: [(0, 0, 0), (255, 255, 255)])
        #expect(scale.color(at: 0) == "#000000")
        #expect(scale.color(at: 1) == "#ffffff")
        #expect(scale.color(at: 0.5) == "#808080")
        #expect(scale.color(at: 2) == "#ffffff" && scale.color(at: -1) == "#000000")
        #expect(ColorScale.viridis.color(at: 0) == "#440154" && ColorScale.viridis.color(at: 1) == "#fde725")
    }
}
