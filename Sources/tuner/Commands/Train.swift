import ArgumentParser
import Foundation
import NetworkTraining

/// `tuner train`: train one network from flags and save it with its scaler (`TrainingJob` of `NetworkTraining`).
///
/// Data: a seeded stratified split (classification; shuffled for regression) into 80 % train and 20 % test;
/// with `--patience`, a validation part (`--validation-fraction` of the train part, 20 % by default) is held
/// out of the train part for early stopping (restoring the best weights). Features are standardized with
/// statistics of the training rows only; regression targets too (`TargetStandardization`), as in tuning studies.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train one network from flags, print per-epoch metrics and test scores, and save the model.",
        discussion: """
            Examples:
              tuner train --dataset digits --layers 128 --activation relu --optimizer adam --lr 1e-3 \
            --batch-size 64 --epochs 50 --seed 0
              tuner train --dataset iris --layers 32,16 --epochs 100 --patience 10 --out iris.json
              tuner train --dataset data.csv --target price --layers 64 --schedule cosine --json
            Schedules: constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN_LR], plateau[:FACTOR:PATIENCE].
            """
    )

    @OptionGroup var network: NetworkOptions

    @Option(name: .customLong("lr"), help: "Learning rate.")
    var learningRate = 1e-3

    @Option(help: "Maximum number of epochs.")
    var epochs = 50

    @Option(help: ArgumentHelp("Learning-rate schedule (see below).", valueName: "schedule"))
    var schedule = "constant"

    @Option(
        help: ArgumentHelp(
            "Early stopping: epochs without validation improvement before stopping "
                + "(holds out a validation part)."))
    var patience: Int?

    @Option(help: "Fraction of the train part held out for validation when --patience is given.")
    var validationFraction = 0.2

    @Option(help: ArgumentHelp("Where to save the model.", valueName: "model.json"))
    var out = "model.json"

    @Flag(help: "Print one JSON object per epoch and a final JSON object.")
    var json = false

    func validate() throws {
        if !(learningRate > 0 && learningRate.isFinite) {
            throw ValidationError("--lr must be positive, got \(learningRate)")
        }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
        if let patience, patience < 1 { throw ValidationError("--patience must be at least 1, got \(patience)") }
        if !(validationFraction > 0 && validationFraction < 1) {
            throw ValidationError("--validation-fraction must be in (0, 1), got \(validationFraction)")
        }
        _ = try configuration()
    }

    func run() throws {
        try OutputFile.check(out, flag: "--out", inputs: network.inputFiles)
        let (job, printer) = (try job(), TrainingPrinter(json: json))
        let outcome: TrainingJob.Outcome
        do {
            outcome = try job.run(
                onEpoch: { printer.epoch($0, classification: $1 == .classification) }, onNote: StandardError.line)
        } catch {
            throw error.commandLineError
        }
        printer.final(scores: outcome.testScores, result: outcome.result, modelPath: out)
    }
}
