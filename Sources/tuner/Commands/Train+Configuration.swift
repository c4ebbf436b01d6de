import ArgumentParser
import Foundation
import NeuralNetwork

/// From `tuner train`'s flags to the `NetworkSpec` and `TrainingConfig` it trains with.
extension Train {
    func hiddenLayers() throws -> [Int] {
        let parts = layers.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if layers.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        let widths = parts.compactMap { Int($0) }
        guard widths.count == parts.count, widths.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--layers must be positive integers separated by commas, got '\(layers)'")
        }
        return widths
    }

    /// The network and its training from the flags; configuration errors name the flag.
    func configuration(inputs: Int, outputs: Int, task: NetworkSpec.Task) throws -> (NetworkSpec, TrainingConfig) {
        do {
            let act = try Activation(name: activation)
            var opt = try OptimizerKind(name: optimizer)
            if let momentum, case .sgd = opt { opt = .sgd(momentum: momentum) }
            // He initialization for the ReLU family, Glorot for saturating activations (He et al. 2015; Glorot & Bengio 2010).
            let initializer: Initializer = [.tanh, .sigmoid].contains(act) ? .xavierUniform : .heNormal
            let spec = NetworkSpec(inputSize: inputs, hiddenLayers: try hiddenLayers(), outputSize: outputs, task: task,
                                   activation: act, dropout: dropout, batchNorm: batchNorm, initializer: initializer)
            let config = TrainingConfig(optimizer: opt, learningRate: learningRate, schedule: try ScheduleOption.parse(schedule, epochs: epochs),
                                        l1: l1, l2: l2, batchSize: batchSize, epochs: epochs,
                                        earlyStopping: patience.map { EarlyStopping(patience: $0, restoreBestWeights: true) },
                                        seed: seed)
            try spec.validate()
            try config.validate()
            return (spec, config)
        } catch let error as ConfigurationError {
            throw ValidationError("--\(Self.flag(for: error.parameter)): \(error)")
        }
    }

    static func flag(for parameter: String) -> String {
        switch parameter {
        case "learningRate": return "lr"
        case "batchSize": return "batch-size"
        case "hiddenLayers": return "layers"
        default: return parameter.hasPrefix("hiddenLayers") ? "layers" : parameter
        }
    }
}
