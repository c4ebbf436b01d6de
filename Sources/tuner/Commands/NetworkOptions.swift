import ArgumentParser
import Datasets
import Foundation
import NetworkTraining
import NeuralNetwork

/// The network, data and optimizer flags shared by `tuner train` and `tuner lr-find` (`@OptionGroup`), and
/// their translation into a `NetworkArchitecture` and the optimizer-side fields of a `TrainingConfig`.
struct NetworkOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A bundled dataset (\(Dataset.bundledNames.joined(separator: ", "))) or a CSV file.",
            valueName: "name|file.csv"))
    var dataset: String

    @Option(
        help: ArgumentHelp(
            "Target column of a CSV file (name or 0-based index; default: the last column).",
            valueName: "column"))
    var target: String?

    @OptionGroup var csv: CSVHandlingOptions

    @Option(help: ArgumentHelp("Hidden layer widths, comma-separated (empty: no hidden layer).", valueName: "w,w,…"))
    var layers = "128"

    @Option(help: ArgumentHelp("Hidden activation: \(Activation.names.joined(separator: ", ")).", valueName: "name"))
    var activation = "relu"

    @Option(help: ArgumentHelp("Optimizer: \(OptimizerKind.names.joined(separator: ", ")).", valueName: "name"))
    var optimizer = "adam"

    @Option(help: "Mini-batch size.")
    var batchSize = 64

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

    @Option(help: "Momentum μ for --optimizer sgd.")
    var momentum: Double?

    func validate() throws {
        _ = try hiddenLayers()
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1, got \(batchSize)") }
        if !(dropout >= 0 && dropout < 1) { throw ValidationError("--dropout must be in [0, 1), got \(dropout)") }
        if !(l1 >= 0) { throw ValidationError("--l1 must be ≥ 0, got \(l1)") }
        if !(l2 >= 0) { throw ValidationError("--l2 must be ≥ 0, got \(l2)") }
        if let momentum, !(momentum >= 0 && momentum < 1) {
            throw ValidationError("--momentum must be in [0, 1), got \(momentum)")
        }
        if momentum != nil, optimizer.lowercased() != "sgd" {
            throw ValidationError("--momentum applies to --optimizer sgd only (got --optimizer \(optimizer))")
        }
        if target != nil, Dataset.bundledNames.contains(dataset) {
            throw ValidationError("--target applies to CSV files; '\(dataset)' is a bundled dataset")
        }
        if let field = csv.handling.firstChangedField, Dataset.bundledNames.contains(dataset) {
            let flag = "--" + field.replacingOccurrences(of: "_", with: "-")
            throw ValidationError("\(flag) applies to CSV files; '\(dataset)' is a bundled dataset")
        }
    }

    func hiddenLayers() throws -> [Int] {
        guard let widths = NetworkArchitecture.hiddenLayers(parsing: layers) else {
            throw ValidationError("--layers must be positive integers separated by commas, got '\(layers)'")
        }
        return widths
    }

    /// The network's shape and a training configuration with these flags' optimizer, batch size, penalties and
    /// seed (`learningRate`, `epochs`, `schedule` and early stopping are the caller's), checked on a probe
    /// network of one input and two classes; errors name the flag.
    func configuration(
        learningRate: Double, epochs: Int,
        schedule: () throws -> LearningRateSchedule = { .constant },
        earlyStopping: EarlyStopping? = nil
    ) throws -> (NetworkArchitecture, TrainingConfig) {
        do {
            var opt = try OptimizerKind(name: optimizer)
            if let momentum, case .sgd = opt { opt = .sgd(momentum: momentum) }
            let architecture = NetworkArchitecture(
                hiddenLayers: try hiddenLayers(),
                activation: try Activation(name: activation), dropout: dropout,
                batchNorm: batchNorm)
            let config = TrainingConfig(
                optimizer: opt, learningRate: learningRate, schedule: try schedule(),
                l1: l1, l2: l2, batchSize: batchSize, epochs: epochs,
                earlyStopping: earlyStopping, seed: seed)
            try architecture.spec(inputs: 1, outputs: 2, task: .classification).validate()
            try config.validate()
            return (architecture, config)
        } catch let error as ConfigurationError {
            throw ValidationError("--\(Self.flag(for: error.parameter)): \(error)")
        }
    }

    /// The dataset the flags name.
    var source: DatasetSource { DatasetSource(dataset, target: target, handling: csv.handling) }

    /// The files the flags make a command read, which its outputs must not replace.
    var inputFiles: [(flag: String, path: String)] { source.filePath.map { [("--dataset", $0)] } ?? [] }

    static func flag(for parameter: String) -> String {
        switch parameter {
        case "learningRate": return "lr"
        case "batchSize": return "batch-size"
        case "hiddenLayers": return "layers"
        default: return parameter.hasPrefix("hiddenLayers") ? "layers" : parameter
        }
    }
}
