import Charts
import Foundation
import Tuning

/// The report's view of a study with several objectives: scatter plots of the objectives with the Pareto front
/// highlighted, the hypervolume after each trial, and the front as a table.
extension StudyReport {
    /// The front, feasibility and hypervolume (`ParetoSummary`).
    public var pareto: ParetoSummary { ParetoSummary(objectives: spec.objectives, trials: trials) }

    /// The pairs of objectives plotted against each other: (0, 1) for two objectives, the three pairs for three,
    /// and the pairs of the first four beyond.
    var objectivePairs: [(Int, Int)] {
        let d = min(spec.objectives.objectives.count, 4)
        return (0..<d).flatMap { i in (i + 1..<d).map { (i, $0) } }
    }

    /// One scatter plot per pair of objectives (`objectivePairs`) over every complete trial that reported both:
    /// feasible trials off the front as dots, infeasible ones as grey crosses, the front as large red dots; with two
    /// objectives the front's staircase (the boundary of the region it dominates) is drawn through it.
    public func paretoCharts() -> [XYChart] {
        let objectives = spec.objectives
        let pareto = pareto
        let onFront = Set(pareto.front.map(\.number))
        let complete = trials.filter { $0.state == .complete }
        let wide = objectivePairs.count == 1
        return objectivePairs.map { i, j in
            let (a, b) = (objectives.objectives[i], objectives.objectives[j])
            var chart = XYChart(
                title: "\(a.name) (\(a.direction.rawValue)) against \(b.name) (\(b.direction.rawValue))",
                xLabel: a.name, yLabel: b.name, width: wide ? 760 : 440, height: wide ? 460 : 340)
            chart.legendOutside = true
            func points(_ group: [Trial]) -> (x: [Double], y: [Double], titles: [String]) {
                var result: (x: [Double], y: [Double], titles: [String]) = ([], [], [])
                for t in group {
                    guard let x = objectives.value(of: a.name, in: t), let y = objectives.value(of: b.name, in: t),
                        x.isFinite, y.isFinite
                    else { continue }
                    result.x.append(x)
                    result.y.append(y)
                    result.titles.append(pointTitle(t, pareto: pareto))
                }
                return result
            }
            let infeasible = points(complete.filter { !objectives.isFeasible($0) })
            let dominated = points(complete.filter { objectives.isFeasible($0) && !onFront.contains($0.number) })
            let front = points(pareto.front)
            chart.add(
                Series(
                    name: "feasible", x: dominated.x, y: dominated.y, style: .points, color: Palette.color(0),
                    pointTitles: dominated.titles))
            if !objectives.constraints.isEmpty {
                var series = Series(
                    name: "infeasible", x: infeasible.x, y: infeasible.y, style: .points, color: "#888888",
                    pointTitles: infeasible.titles)
                series.pointShape = .cross
                chart.add(series)
            }
            if objectives.objectives.count == 2, front.x.count > 1 {
                let steps = staircase(Array(zip(front.x, front.y)), directions: (a.direction, b.direction))
                chart.add(Series(name: "front boundary", x: steps.map(\.0), y: steps.map(\.1), color: "#d62728"))
            }
            var series = Series(
                name: "Pareto front", x: front.x, y: front.y, style: .points, color: "#d62728",
                pointTitles: front.titles)
            series.pointRadius = 5
            chart.add(series)
            return chart
        }
    }

    /// The corners of the boundary of the region a two-objective front dominates: sorted by the first loss, each
    /// point joined to the next through (next x, this y).
    func staircase(_ front: [(Double, Double)], directions: (Direction, Direction)) -> [(Double, Double)] {
        let sorted = front.sorted { directions.0.loss($0.0) < directions.0.loss($1.0) }
        var corners: [(Double, Double)] = []
        for (k, p) in sorted.enumerated() {
            if k > 0 { corners.append((p.0, sorted[k - 1].1)) }
            corners.append(p)
        }
        return corners
    }

    /// `trial 4: accuracy=0.91, latency_ms=12.5 (lr=0.01, units=64)`.
    private func pointTitle(_ t: Trial, pareto: ParetoSummary) -> String {
        let metrics = spec.objectives.requiredMetrics.map {
            "\($0)=\(ReportValues.format(spec.objectives.value(of: $0, in: t)))"
        }
        return "trial \(t.number): \(metrics.joined(separator: ", ")) (\(ReportValues.describe(t.params)))"
    }

    /// The hypervolume of the feasible trials so far after each one (`ParetoSummary.hypervolumeHistory`), against
    /// the study's reference point (named in the title).
    public func hypervolumeChart() -> XYChart {
        let pareto = pareto
        let reference = zip(spec.objectives.objectives, pareto.reference ?? []).map {
            "\($0.name) \(ReportValues.format($1))"
        }
        var chart = XYChart(
            title: "Hypervolume of the front so far (reference: \(reference.joined(separator: ", ")))",
            xLabel: "trial", yLabel: "hypervolume", width: 1000, height: 320)
        let history = pareto.hypervolumeHistory
        chart.add(
            Series(
                name: "", x: history.map { Double($0.number) }, y: history.map(\.hypervolume),
                style: .lineAndPoints, color: Palette.color(0),
                pointTitles: history.map { "after trial \($0.number): \(ReportValues.format($0.hypervolume))" }))
        return chart
    }
}
