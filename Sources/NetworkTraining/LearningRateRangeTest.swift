import LinearAlgebra
import NeuralNetwork

/// The learning-rate range test on the train part of prepared data (`LearningRateFinder`; L. N. Smith,
/// "Cyclical Learning Rates for Training Neural Networks", WACV 2017): what `tuner lr-find` runs and what the
/// tuning objective's `lr_range: auto` uses. The network is fresh, seeded by `training.seed`, and is left as
/// it was built (`LearningRateFinder` restores its weights), so the test sees exactly the inputs and
/// standardized targets that training would.
public struct LearningRateRangeTest: Sendable {
    public var architecture: NetworkArchitecture
    /// Optimizer, batch size, penalties and seed of the test; its learning rate, schedule and epochs are unused.
    public var training: TrainingConfig
    /// The first and last learning rates.
    public var start: Double
    public var end: Double
    /// Mini-batches; nil for `defaultSteps`.
    public var steps: Int?

    public init(
        architecture: NetworkArchitecture, training: TrainingConfig, start: Double = 1e-7, end: Double = 10,
        steps: Int? = nil
    ) {
        self.architecture = architecture
        self.training = training
        self.start = start
        self.end = end
        self.steps = steps
    }

    /// One epoch of mini-batches over `rows`, and at least `minimum` (⌈rows / batchSize⌉ without forming
    /// rows + batchSize, which overflows for a batch size near `Int.max`), at most
    /// `LearningRateFinder.maximumSteps`.
    public static func defaultSteps(rows: Int, batchSize: Int, minimum: Int = 100) -> Int {
        min(LearningRateFinder.maximumSteps, max(minimum, rows / batchSize + (rows % batchSize == 0 ? 0 : 1)))
    }

    /// The curve on `data.train` with a fresh network; throws `noFiniteLoss` when not even the first mini-batch
    /// gave a finite loss.
    public func run(on data: PreparedData) throws(NetworkTrainingError) -> LearningRateCurve {
        let spec = architecture.spec(for: data)
        let network: Network<Float>
        do {
            try spec.validate()
            try spec.checkFootprint(batchSize: training.batchSize, trainingRows: data.train.count)
            network = try Network<Float>(spec: spec, seed: training.seed)
        } catch {
            throw .configuration(error)
        }
        return try run(network, on: data)
    }

    /// The curve of `network` (which must fit `data`) on `data.train`; the network's weights and state are the
    /// same afterwards.
    public func run(_ network: Network<Float>, on data: PreparedData) throws(NetworkTrainingError)
        -> LearningRateCurve
    {
        let count = steps ?? Self.defaultSteps(rows: data.train.count, batchSize: training.batchSize)
        let curve: LearningRateCurve
        do {
            curve = try LearningRateFinder(start: start, end: end, steps: count)
                .run(network, config: training, inputs: data.train.features, targets: data.targets(data.train))
        } catch {
            throw .configuration(error)
        }
        guard !curve.rates.isEmpty else { throw .noFiniteLoss(rate: start) }
        return curve
    }
}

extension LearningRateRangeTest {
    /// Reads and prepares `source` as `tuner train` does without a validation part (80 % train, split by
    /// `seed`) and runs the test on its train part: what `tuner lr-find` runs. `onNote` gets the note of reading
    /// a CSV file (`DatasetSource.read`), when there is one.
    public func run(on source: DatasetSource, seed: UInt64, onNote: (String) -> Void = { _ in })
        throws(NetworkTrainingError) -> LearningRateCurve
    {
        try run(on: source.prepare(seed: seed, validationFraction: nil, onNote: onNote).data)
    }
}
