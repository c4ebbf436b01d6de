import ArgumentParser
import Charts
import Foundation
import NetworkTraining
import NeuralNetwork
import TuningReport

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

    @Option(help: "Number of mini-batches, 2 to 1000000 (default: one epoch, at least 100).")
    var steps: Int?

    @Option(help: "Print every k-th point of the curve (default: about 25 rows).")
    var every: Int?

    @Option(help: ArgumentHelp("Where to write the SVG plot.", valueName: "file.svg"))
    var out = "lr-find.svg"

    @Flag(help: "Print one JSON object (curve, suggestions, stop reason) instead of the table.")
    var json = false

    func validate() throws {
        if !(start > 0 && start.isFinite) { throw ValidationError("--start must be positive, got \(start)") }
        if !(end > start && end.isFinite) {
            throw ValidationError("--end must be finite and above --start \(start), got \(end)")
        }
        if let steps, !(2...LearningRateFinder.maximumSteps).contains(steps) {
            throw ValidationError("--steps must be in 2...\(LearningRateFinder.maximumSteps), got \(steps)")
        }
        if let every, every < 1 { throw ValidationError("--every must be at least 1, got \(every)") }
        _ = try network.configuration(learningRate: start, epochs: 1)
    }

    func run() throws {
        try OutputFile.check(out, flag: "--out", inputs: network.inputFiles)
        let (architecture, training) = try network.configuration(learningRate: start, epochs: 1)
        let test = LearningRateRangeTest(
            architecture: architecture, training: training, start: start, end: end,
            steps: steps)
        let curve: LearningRateCurve
        do {
            curve = try test.run(on: network.source, seed: network.seed, onNote: StandardError.line)
        } catch {
            throw error.commandLineError
        }
        try OutputFile.write(curve.plot(dataset: network.dataset).svg(), to: out, flag: "--out")
        if json { printJSON(curve) } else { printTable(curve) }
    }

    func printTable(_ curve: LearningRateCurve) {
        for line in curve.textLines(every: every) { print(line) }
        print("plot written to \(out)")
    }

    func printJSON(_ curve: LearningRateCurve) {
        print(
            JSONValue.object([
                ("learning_rates", .array(curve.rates.map { JSONValue($0) })),
                ("losses", .array(curve.losses.map { JSONValue($0) })),
                ("smoothed_losses", .array(curve.smoothedLosses.map { JSONValue($0) })),
                ("stop", .string(curve.stopName)), ("steps", .int(curve.rates.count)),
                ("suggested_lr_steepest", JSONValue(curve.suggestion.steepest)),
                ("suggested_lr_min_over_10", JSONValue(curve.suggestion.minimumOverTen)),
                ("plot", .string(out)),
            ]).text)
    }
}
