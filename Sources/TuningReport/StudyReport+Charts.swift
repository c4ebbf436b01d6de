import Charts
import Foundation
import Tuning

/// The report's charts, each a standalone SVG document (`Charts`).
extension StudyReport {
    /// Optimization history: complete trials as points, the best-so-far line, pruned trials at their last
    /// intermediate value, failed trials at the worst value seen (so they show without stretching the axis).
    public func historyChart() -> XYChart {
        var chart = XYChart(
            title: "Optimization history", xLabel: "trial", yLabel: valueLabel, width: 1000, height: 380)
        chart.legendOutside = true
        let complete = completeTrials
        chart.add(
            Series(
                name: "complete", x: complete.map { Double($0.number) }, y: complete.map { $0.value! },
                style: .points, color: Palette.color(0),
                pointTitles: complete.map { "trial \($0.number): \(ReportValues.format($0.value))" }))
        let best = bestSoFar
        chart.add(
            Series(
                name: "best so far", x: best.map { Double($0.number) }, y: best.map(\.value), style: .line,
                color: Palette.color(3)))
        let pruned = trials.filter { $0.state == .pruned && ($0.value?.isFinite ?? false) }
        if !pruned.isEmpty {
            chart.add(
                Series(
                    name: "pruned (last reported)", x: pruned.map { Double($0.number) },
                    y: pruned.map { $0.value! }, style: .points, color: "#aaaaaa",
                    pointTitles: pruned.map { "trial \($0.number) pruned at step \($0.lastStep ?? 0)" }))
        }
        let failed = trials.filter { $0.state == .failed }
        let values = (complete + pruned).map { $0.value! }
        if !failed.isEmpty, let worst = spec.direction == .minimize ? values.max() : values.min() {
            var series = Series(
                name: "failed (at worst value)", x: failed.map { Double($0.number) },
                y: failed.map { _ in worst }, style: .points, color: "#000000",
                pointTitles: failed.map { "trial \($0.number) failed: \($0.failureReason ?? "")" })
            series.pointRadius = 4
            chart.add(series)
        }
        return chart
    }

    /// Parallel coordinates over the searched parameters plus the value, one line per complete trial, colored by
    /// value with the best trials bright and drawn last (on top).
    public func parallelCoordinatesChart() -> ParallelCoordinatesChart {
        let parameters = searchedParameters
        var dimensions = parameters.map { p -> ParallelCoordinatesChart.Dimension in
            if let categories = ReportValues.categories(p.domain) { return .init(name: p.name, categories: categories) }
            return .init(name: p.name, scale: ReportValues.scale(p.domain))
        }
        dimensions.append(.init(name: valueLabel))
        var chart = ParallelCoordinatesChart(
            title: "Parallel coordinates (complete trials)", colorLabel: valueLabel,
            dimensions: dimensions, reverseColors: spec.direction == .minimize)
        let worstFirst = completeTrials.sorted { a, b in spec.direction.isBetter(b.value!, than: a.value!) }
        for t in worstFirst {
            let coordinates = parameters.map { p in
                t.params[p.name].flatMap { ReportValues.coordinate($0, in: p.domain) }
            }
            chart.add(values: coordinates + [t.value!], color: t.value!, title: "trial \(t.number)")
        }
        return chart
    }

    /// Parameter importance as horizontal bars, most important first.
    public func importanceChart() -> BarChart {
        BarChart(
            title: "Parameter importance (main-effect ε²)",
            valueLabel: "fraction of variance of \(valueLabel) explained",
            bars: importance.map { ($0.parameter, $0.importance) }, width: 900)
    }

    /// One slice plot per searched parameter: value of every complete trial against the parameter's value
    /// (log axis for log parameters, category axis for categorical ones), the best trial's value marked by a dashed
    /// line.
    public func sliceCharts() -> [XYChart] {
        let best = bestTrial
        return searchedParameters.map { p in
            var chart = XYChart(
                title: p.name, xLabel: p.name, yLabel: valueLabel, xScale: ReportValues.scale(p.domain),
                width: 420, height: 290)
            chart.xCategories = ReportValues.categories(p.domain)
            var xs: [Double] = []
            var ys: [Double] = []
            var titles: [String] = []
            for t in completeTrials {
                guard let v = t.params[p.name], var x = ReportValues.coordinate(v, in: p.domain) else { continue }
                if chart.xCategories != nil { x += jitter(t.number) }
                xs.append(x)
                ys.append(t.value!)
                titles.append(
                    "trial \(t.number): \(p.name)=\(ReportValues.describe(v)), \(ReportValues.format(t.value))")
            }
            chart.add(Series(name: "", x: xs, y: ys, style: .points, color: Palette.color(0), pointTitles: titles))
            if let best, let v = best.params[p.name], let x = ReportValues.coordinate(v, in: p.domain) {
                chart.mark(x: x, label: "best")
            }
            return chart
        }
    }

    /// A deterministic horizontal offset in [−0.2, 0.2] for trial `number`, so points of one category spread out.
    private func jitter(_ number: Int) -> Double {
        var z = UInt64(number) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return (Double(z >> 11) / Double(1 << 53) - 0.5) * 0.4
    }
}
