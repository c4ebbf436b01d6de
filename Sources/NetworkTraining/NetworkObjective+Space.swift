import Datasets
import NeuralNetwork
import Tuning

extension NetworkObjective {
    /// The hyperparameters tuned by default: learning rate, width, depth, activation, optimizer (with SGD's
    /// momentum as a conditional parameter), dropout, L2 and batch size. Early stopping and the epoch limit are
    /// fixed by the objective.
    public static var defaultSpace: SearchSpace { defaultSpace(learningRates: defaultLearningRates) }

    /// The most hidden layers a trial may ask for (`layers`); checked before the layer list is built.
    public static let maximumHiddenLayers = 1000

    /// The default range of `lr`.
    public static let defaultLearningRates: ClosedRange<Double> = 1e-4...3e-2

    /// The default space with `lr` searched (log-uniformly) over `learningRates` instead.
    public static func defaultSpace(learningRates: ClosedRange<Double>) -> SearchSpace {
        // The parameters are literals known to be valid: `try!` cannot fail here.
        try! SearchSpace([
            .float("lr", learningRates.lowerBound, learningRates.upperBound, log: true),
            .int("units", 16, 256, log: true),
            .int("layers", 1, 3),
            .categorical("activation", ["relu", "tanh", "elu", "leaky-relu"]),
            .categorical("optimizer", ["adam", "adamw", "rmsprop", "sgd"]),
            .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
            .float("dropout", 0, 0.5),
            .float("l2", 1e-6, 1e-2, log: true),
            .categorical("batch_size", [32, 64, 128]),
        ])
    }

    /// The network and its training from a trial's parameters. Every parameter is optional (defaults:
    /// lr 1e-3, units 128, layers 1, relu, adam, no dropout, no L2, batch 64), so any sub-space can be tuned;
    /// an unusable value throws naming the parameter. Integer settings must be finite numbers below 2⁵³
    /// (fractions are truncated), `layers` at most `maximumHiddenLayers`, and the network, trained on
    /// `trainingRows` rows (nil: as many as the batch size), must be within `NetworkSpec.maximumParameters` and
    /// `maximumActivations` (`NetworkSpec.checkFootprint`): a network no machine can hold is refused, naming
    /// `units` and `layers`, before anything is allocated.
    public static func configuration(
        _ p: Parameters, inputs: Int, outputs: Int, task: TaskKind, maxEpochs: Int,
        patience: Int, seed: UInt64, trainingRows: Int? = nil
    ) throws -> (NetworkSpec, TrainingConfig) {
        func number(_ name: String, _ fallback: Double) throws -> Double {
            guard let v = p[name] else { return fallback }
            guard let x = v.doubleValue else {
                throw StudyError.invalidArgument(name: name, reason: "'\(v)' is not a number")
            }
            return x
        }
        func integer(_ name: String, _ fallback: Int) throws -> Int {
            let x = try number(name, Double(fallback))
            guard x.isFinite && x.magnitude < 0x1p53 else {
                throw StudyError.invalidArgument(name: name, reason: "'\(p[name]!)' is not a usable integer")
            }
            return Int(x)
        }
        func text(_ name: String, _ fallback: String) -> String { p[name].map(\.description) ?? fallback }
        let units = try integer("units", 128)
        let layers = try integer("layers", 1)
        guard layers <= maximumHiddenLayers else {
            throw StudyError.invalidArgument(
                name: "layers", reason: "\(layers) hidden layers are over the limit of \(maximumHiddenLayers)")
        }
        var optimizer = try OptimizerKind(name: text("optimizer", "adam"))
        if case .sgd = optimizer { optimizer = .sgd(momentum: try number("momentum", 0.9), nesterov: false) }
        let architecture = NetworkArchitecture(
            hiddenLayers: Array(repeating: units, count: max(layers, 0)),
            activation: try Activation(name: text("activation", "relu")),
            dropout: try number("dropout", 0))
        let spec = architecture.spec(inputs: inputs, outputs: outputs, task: task)
        let config = TrainingConfig(
            optimizer: optimizer, learningRate: try number("lr", 1e-3), l2: try number("l2", 0),
            batchSize: try integer("batch_size", 64),
            epochs: try integer("epochs", maxEpochs),
            earlyStopping: EarlyStopping(
                patience: patience, minDelta: 0,
                restoreBestWeights: true),
            seed: seed)
        do {
            try spec.validate()
            try config.validate()
            try spec.checkFootprint(batchSize: config.batchSize, trainingRows: trainingRows ?? config.batchSize)
        } catch  where error.parameter == "hiddenLayers" {
            throw StudyError.invalidArgument(name: "units and layers", reason: "\(error)")
        } catch {
            throw StudyError.invalidArgument(name: "network", reason: "\(error)")
        }
        return (spec, config)
    }
}
