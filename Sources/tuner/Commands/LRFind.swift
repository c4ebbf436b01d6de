import ArgumentParser
import Charts
import Foundation
import NetworkTraining
import NeuralNetwork

/// `tuner lr-find`: the learning-rate range test (`LearningRateRangeTest` of `NetworkTraining`; Smith 2017) on
/// the train part of a dataset, with the same network and data flags as `tuner train`. Prints the smoothed loss
/// against the rate (every k-th point) and both suggestions, and writes the curve as an SVG with the suggestions
/// marked.
struct LRFind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lr-find",
        abstract: "Learning-rate range test: train with a geometrically rising rate, plot the loss and suggest a rate.",
        discussion: """
            The rate rises from --start to --end over --steps mini-batches (default: one epoch, at least 100 \
            batches). The loss is smoothed (moving average, β = 0.98, bias-corrected) and the test stops once it \
            exceeds 4× its best. Suggestions: the rate of steepest descent of the smoothed loss, and the minimum-loss \
            rate / 10. The plot leaves out losses above twice the starting level.

            Examples:
              tuner lr-find --dataset digits --layers 128 --optimizer adam
              tuner lr-find --dataset iris --layers 32,16 --optimizer sgd --momentum 0.9 --steps 200 --out iris-lr.svg
              tuner lr-find --dataset data.csv --target price --json
            """
    )

    @OptionGroup var network: NetworkOptions

    @Option(help: "First learning rate.")
    var start = 1e-7

    @Option(help: "Last learning rate.")
    var end = 10.0

    @Option(help: "Number of mini-batches (default: one epoch, at least 100).")
    var steps: Int?

    @Option(help: "Print every k-th point of the curve (default: about 25 rows).")
    var every: Int?

    @Option(help: ArgumentHelp("Where to write the SVG plot.", valueName: "file.svg"))
    var out = "lr-find.svg"

    @Flag(help: "Print one JSON object (curve, suggestions, stop reason) instead of the table.")
    var json = false

    func validate() throws {
        try network.validate()
        if !(start > 0 && start.isFinite) { throw ValidationError("--start must be positive, got \(start)") }
        if !(end > start && end.isFinite) {
            throw ValidationError("--end must be finite and above --start \(start), got \(end)")
        }
        if let steps, steps < 2 { throw ValidationError("--steps must be at least 2, got \(steps)") }
        if let every, every < 1 { throw ValidationError("--every must be at least 1, got \(every)") }
        _ = try network.configuration(learningRate: start, epochs: 1)
    }

    func run() throws {
        let (architecture, training) = try network.configuration(learningRate: start, epochs: 1)
        let test = LearningRateRangeTest(
            architecture: architecture, training: training, start: start, end: end,
            steps: steps)
        let curve: LearningRateCurve
        do {
            curve = try test.run(on: network.source, seed: network.seed)
        } catch {
            throw error.commandLineError
        }
        do {
            try chart(curve).svg().write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw RuntimeError("cannot write \(out): \(error.localizedDescription)")
        }
        if json { printJSON(curve) } else { printTable(curve) }
    }

    func stopDescription(_ curve: LearningRateCurve) -> String {
        switch curve.stop {
        case .completed: return "completed \(curve.rates.count) steps"
        case .diverged(let step): return "stopped at step \(step + 1): smoothed loss above 4× its best"
        case .nonFinite(let step): return "stopped at step \(step + 1): NaN or infinite loss"
        }
    }

    func chart(_ curve: LearningRateCurve) -> XYChart {
        // The explosion at the end would flatten everything else: losses above twice the starting level
        // (smoothed or batch) are left out of the plot.
        let cap = 2 * max(curve.smoothedLosses[0], curve.smoothedLosses.min() ?? 0)
        func below(_ y: [Double]) -> (x: [Double], y: [Double]) {
            let kept = y.indices.filter { y[$0] <= cap }
            return (kept.map { curve.rates[$0] }, kept.map { y[$0] })
        }
        let title =
            "Learning-rate range test: \(network.dataset) "
            + "(losses above \(String(format: "%.3g", cap)) not drawn)"
        var chart = XYChart(
            title: title,
            xLabel: "learning rate (log scale)", yLabel: "training loss", xScale: .logarithmic)
        chart.legendOutside = true
        let (raw, smoothed) = (below(curve.losses), below(curve.smoothedLosses))
        chart.add(Series(name: "batch loss", x: raw.x, y: raw.y, style: .line, color: "#c7c7c7"))
        chart.add(Series(name: "smoothed loss", x: smoothed.x, y: smoothed.y, style: .line, color: "#1f77b4"))
        if let s = curve.suggestion.steepest {
            chart.mark(x: s, label: String(format: "steepest %.2g", s), color: "#d62728")
        }
        if let m = curve.suggestion.minimumOverTen {
            chart.mark(x: m, label: String(format: "min/10 %.2g", m), color: "#2ca02c")
        }
        return chart
    }

    func printTable(_ curve: LearningRateCurve) {
        let k = every ?? max(1, curve.rates.count / 25)
        print("learning rate   smoothed loss")
        for i in stride(from: 0, to: curve.rates.count, by: k) {
            print(String(format: "%13.3e   %13.5f", curve.rates[i], curve.smoothedLosses[i]))
        }
        print(stopDescription(curve))
        let s = curve.suggestion
        func rate(_ r: Double?) -> String { r.map { String(format: "%.3g", $0) } ?? "none (too few points)" }
        print("suggested learning rate (steepest descent): " + rate(s.steepest))
        print("suggested learning rate (minimum / 10):     " + rate(s.minimumOverTen))
        print("plot written to \(out)")
    }

    func printJSON(_ curve: LearningRateCurve) {
        let stop: String
        switch curve.stop {
        case .completed: stop = "completed"
        case .diverged: stop = "diverged"
        case .nonFinite: stop = "non_finite"
        }
        print(
            JSONValue.object([
                ("learning_rates", .array(curve.rates.map { JSONValue($0) })),
                ("losses", .array(curve.losses.map { JSONValue($0) })),
                ("smoothed_losses", .array(curve.smoothedLosses.map { JSONValue($0) })),
                ("stop", .string(stop)), ("steps", .int(curve.rates.count)),
                ("suggested_lr_steepest", JSONValue(curve.suggestion.steepest)),
                ("suggested_lr_min_over_10", JSONValue(curve.suggestion.minimumOverTen)),
                ("plot", .string(out)),
            ]).text)
    }
}
