import ArgumentParser
import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork

/// `tuner train`: train one network from flags and save it with its scaler (`TrainedModel`).
///
/// Data: a seeded stratified split (classification; shuffled for regression) into 80 % train and 20 % test;
/// with `--patience`, a validation part (`--validation-fraction` of the train part, 20 % by default) is held
/// out of the train part for early stopping (restoring the best weights). Features are standardized with
/// statistics of the training rows only; regression targets too (see `TrainedModel`).
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train one network from flags, print per-epoch metrics and test scores, and save the model.",
        discussion: """
        Examples:
          tuner train --dataset digits --layers 128 --activation relu --optimizer adam --lr 1e-3 --batch-size 64 --epochs 50 --seed 0
          tuner train --dataset iris --layers 32,16 --epochs 100 --patience 10 --out iris.json
          tuner train --dataset data.csv --target price --layers 64 --schedule cosine --json
        Schedules: constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN_LR], plateau[:FACTOR:PATIENCE].
        """
    )

    @Option(help: ArgumentHelp("A bundled dataset (\(Dataset.bundledNames.joined(separator: ", "))) or a CSV file.", valueName: "name|file.csv"))
    var dataset: String

    @Option(help: ArgumentHelp("Target column of a CSV file (name or 0-based index; default: the last column).", valueName: "column"))
    var target: String?

    @Option(help: ArgumentHelp("Hidden layer widths, comma-separated (empty: no hidden layer).", valueName: "w,w,…"))
    var layers = "128"

    @Option(help: ArgumentHelp("Hidden activation: \(Activation.names.joined(separator: ", ")).", valueName: "name"))
    var activation = "relu"

    @Option(help: ArgumentHelp("Optimizer: \(OptimizerKind.names.joined(separator: ", ")).", valueName: "name"))
    var optimizer = "adam"

    @Option(name: .customLong("lr"), help: "Learning rate.")
    var learningRate = 1e-3

    @Option(help: "Mini-batch size.")
    var batchSize = 64

    @Option(help: "Maximum number of epochs.")
    var epochs = 50

    @Option(help: "Seed of the split, the weights, the shuffling and dropout.")
    var seed: UInt64 = 0

    @Option(help: "Dropout rate after each hidden layer, in [0, 1).")
    var dropout = 0.0

    @Option(help: "L2 penalty λ₂ (adds λ₂/2·‖W‖²).")
    var l2 = 0.0

    @Option(help: "L1 penalty λ₁ (adds λ₁·‖W‖₁).")
    var l1 = 0.0

    @Flag(help: "Batch normalization after each hidden Dense layer.")
    var batchNorm = false

    @Option(help: ArgumentHelp("Learning-rate schedule (see below).", valueName: "schedule"))
    var schedule = "constant"

    @Option(help: "Early stopping: epochs without validation improvement before stopping (holds out a validation part).")
    var patience: Int?

    @Option(help: "Momentum μ for --optimizer sgd.")
    var momentum: Double?

    @Option(help: "Fraction of the train part held out for validation when --patience is given.")
    var validationFraction = 0.2

    @Option(help: ArgumentHelp("Where to save the model.", valueName: "model.json"))
    var out = "model.json"

    @Flag(help: "Print one JSON object per epoch and a final JSON object.")
    var json = false

    func validate() throws {
        _ = try hiddenLayers()
        if !(learningRate > 0 && learningRate.isFinite) { throw ValidationError("--lr must be positive, got \(learningRate)") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1, got \(batchSize)") }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
        if !(dropout >= 0 && dropout < 1) { throw ValidationError("--dropout must be in [0, 1), got \(dropout)") }
        if !(l1 >= 0) { throw ValidationError("--l1 must be ≥ 0, got \(l1)") }
        if !(l2 >= 0) { throw ValidationError("--l2 must be ≥ 0, got \(l2)") }
        if let patience, patience < 1 { throw ValidationError("--patience must be at least 1, got \(patience)") }
        if !(validationFraction > 0 && validationFraction < 1) {
            throw ValidationError("--validation-fraction must be in (0, 1), got \(validationFraction)")
        }
        if let momentum, !(momentum >= 0 && momentum < 1) { throw ValidationError("--momentum must be in [0, 1), got \(momentum)") }
        if momentum != nil, optimizer.lowercased() != "sgd" {
            throw ValidationError("--momentum applies to --optimizer sgd only (got --optimizer \(optimizer))")
        }
        if target != nil, Dataset.bundledNames.contains(dataset) {
            throw ValidationError("--target applies to CSV files; '\(dataset)' is a bundled dataset")
        }
        _ = try configuration(inputs: 1, outputs: 2, task: .classification)
    }

    func run() throws {
        let data = try TrainingData.load(dataset: dataset, target: target, seed: seed,
                                         validationFraction: patience == nil ? nil : validationFraction)
        let (spec, config) = try configuration(inputs: data.train.features.columns, outputs: data.outputCount,
                                               task: data.isClassification ? .classification : .regression)
        let printer = TrainingPrinter(json: json, classification: data.isClassification)
        let (network, result) = try Trainer<Float>.fit(
            spec: spec, config: config, inputs: data.train.features, targets: data.trainingTargets(data.train),
            validation: data.validation.map { ($0.features, data.trainingTargets($0)) }
        ) { report in
            printer.epoch(report)
            return .continue
        }
        if case let .diverged(epoch) = result.status {
            throw RuntimeError("training diverged (NaN or infinite loss) in epoch \(epoch); try a smaller --lr")
        }
        let model = data.trainedModel(network: network, config: config)
        try model.save(path: out)
        printer.final(scores: data.testScores(model: model, network: network), result: result, modelPath: out)
    }
}
