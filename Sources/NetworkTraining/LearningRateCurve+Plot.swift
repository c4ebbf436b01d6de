import Charts
import Foundation
import NeuralNetwork

extension LearningRateCurve {
    /// The curve as `tuner lr-find` draws it: batch and smoothed loss against the rate on a log axis, with the
    /// suggestions marked. The explosion at the end would flatten everything else, so losses (batch or smoothed)
    /// above `plotCap` are left out, and the title says so.
    public func plot(dataset: String) -> XYChart {
        let cap = plotCap
        func below(_ y: [Double]) -> (x: [Double], y: [Double]) {
            let kept = y.indices.filter { y[$0] <= cap }
            return (kept.map { rates[$0] }, kept.map { y[$0] })
        }
        let title =
            "Learning-rate range test: \(dataset) "
            + "(losses above \(String(format: "%.3g", cap)) not drawn)"
        var chart = XYChart(
            title: title, xLabel: "learning rate (log scale)", yLabel: "training loss", xScale: .logarithmic)
        chart.legendOutside = true
        let (raw, smoothed) = (below(losses), below(smoothedLosses))
        chart.add(Series(name: "batch loss", x: raw.x, y: raw.y, style: .line, color: "#c7c7c7"))
        chart.add(Series(name: "smoothed loss", x: smoothed.x, y: smoothed.y, style: .line, color: "#1f77b4"))
        if let s = suggestion.steepest {
            chart.mark(x: s, label: String(format: "steepest %.2g", s), color: "#d62728")
        }
        if let m = suggestion.minimumOverTen {
            chart.mark(x: m, label: String(format: "min/10 %.2g", m), color: "#2ca02c")
        }
        return chart
    }

    /// The highest loss drawn: twice the starting smoothed loss (or twice the lowest one, if that is higher).
    public var plotCap: Double { 2 * Swift.max(smoothedLosses[0], smoothedLosses.min() ?? 0) }
}
