import Foundation
import LinearAlgebra
import Randomness

/// The learning-rate range test (L. N. Smith, "Cyclical Learning Rates for Training Neural Networks", WACV 2017,
/// section 3.3; the fastai `lr_find` recipe): train for `steps` mini-batches while the learning rate rises
/// geometrically from `start` to `end`,
///
///     η_i = start · (end / start)^(i / (steps − 1)),   i = 0 … steps − 1,
///
/// record the batch loss L_i and its bias-corrected exponential moving average (β = `smoothing`)
///
///     a_i = β·a_{i−1} + (1 − β)·L_i,  a_{−1} = 0,     L̂_i = a_i / (1 − β^{i+1}),
///
/// and stop early once L̂_i > `divergenceFactor` · min_{j≤i} L̂_j or a batch loss is NaN or infinite. The
/// suggestions are computed from the recorded curve by `LearningRateSuggestion`.
///
/// The network is left exactly as it was: parameters and state (batch-norm running statistics) are copied
/// before the test and copied back after it; the optimizer state is created for the test and discarded. The
/// mini-batches go through the trainer's own batch step (`MiniBatchPass.trainBatch`), so the L1/L2 penalties,
/// clipping, dropout and optimizer of `config` apply; its learning rate, schedule, epochs and early stopping
/// do not. The row order is reshuffled (seeded by `config.seed`) whenever the steps run past one epoch.
public struct LearningRateFinder: Sendable {
    /// The first learning rate η_0.
    public var start: Double
    /// The last learning rate η_{steps−1}.
    public var end: Double
    /// Number of mini-batches; nil for one epoch (⌈n / batch size⌉ batches).
    public var steps: Int?
    /// β of the moving average.
    public var smoothing: Double
    /// Stop once the smoothed loss exceeds this multiple of its best value.
    public var divergenceFactor: Double
    /// Points ignored at the start and end of the curve when suggesting (noisy beginning, diverging end).
    public var skipStart: Int
    public var skipEnd: Int

    public init(
        start: Double = 1e-7, end: Double = 10, steps: Int? = nil, smoothing: Double = 0.98,
        divergenceFactor: Double = 4, skipStart: Int = 10, skipEnd: Int = 5
    ) {
        (self.start, self.end, self.steps, self.smoothing) = (start, end, steps, smoothing)
        (self.divergenceFactor, self.skipStart, self.skipEnd) = (divergenceFactor, skipStart, skipEnd)
    }

    /// The most mini-batches a test may run: one rate, loss and smoothed loss are kept per step, so the bound
    /// keeps the curve's memory small (three arrays of a million doubles are 24 MB).
    public static let maximumSteps = 1_000_000

    /// Throws naming the first unusable setting.
    public func validate() throws(ConfigurationError) {
        guard start > 0 && start.isFinite else {
            throw .invalid(parameter: "start", reason: "\(start) is not in (0, ∞)")
        }
        guard end > start && end.isFinite else {
            throw .invalid(parameter: "end", reason: "\(end) must be finite and above start \(start)")
        }
        if let steps, !(2...Self.maximumSteps).contains(steps) {
            throw .invalid(parameter: "steps", reason: "\(steps) is not in 2...\(Self.maximumSteps)")
        }
        guard smoothing >= 0 && smoothing < 1 else {
            throw .invalid(parameter: "smoothing", reason: "\(smoothing) is not in [0, 1)")
        }
        guard divergenceFactor > 1 else {
            throw .invalid(parameter: "divergenceFactor", reason: "\(divergenceFactor) is not above 1")
        }
        guard skipStart >= 0 && skipEnd >= 0 else {
            throw .invalid(parameter: "skipStart", reason: "skips must be ≥ 0")
        }
    }

    /// The geometric schedule η_0 … η_{count−1} from `start` to `end`.
    public static func rates(start: Double, end: Double, count: Int) -> [Double] {
        precondition(count >= 2, "LearningRateFinder.rates: count \(count) < 2")
        let ratio = end / start
        return (0..<count).map { i in i == count - 1 ? end : start * pow(ratio, Double(i) / Double(count - 1)) }
    }

    /// Runs the range test on `network` (unchanged afterwards) with the batch size, optimizer, loss,
    /// regularization and seed of `config`.
    public func run<Scalar: NetworkScalar>(
        _ network: Network<Scalar>, config: TrainingConfig, inputs: Matrix<Scalar>,
        targets: TrainingTargets<Scalar>
    ) throws(ConfigurationError) -> LearningRateCurve {
        try validate()
        try config.validate()
        precondition(
            inputs.columns == network.inputSize,
            "LearningRateFinder: inputs are \(inputs.rows)×\(inputs.columns), "
                + "the network takes \(network.inputSize) columns"
        )
        precondition(
            targets.count == inputs.rows, "LearningRateFinder: \(inputs.rows) input rows but \(targets.count) targets")
        guard inputs.rows > 0 else { throw .invalid(parameter: "inputs", reason: "no training rows") }
        let n = inputs.rows
        let targetMatrix = try targets.matrix(outputs: network.outputSize, parameter: "targets")
        let batchSize = Swift.min(config.batchSize, n)
        let count = steps ?? Swift.max(2, (n + batchSize - 1) / batchSize)
        let schedule = Self.rates(start: start, end: end, count: count)

        // Saved weights and state, restored whatever happens below.
        let savedParameters = network.parameters.array
        let savedState = network.state.array
        defer {
            network.parameters.assign(savedParameters)
            network.state.assign(savedState)
        }
        let optimizer: any Optimizer<Scalar> = config.optimizer.make(parameterCount: network.parameterCount)
        let pass = MiniBatchPass(
            network: network, loss: config.loss ?? network.spec.defaultLoss, batchSize: batchSize,
            step: RegularizedStep(
                l1: config.l1, l2: config.l2, clipNorm: config.gradientClipNorm,
                network: network, optimizer: optimizer))
        var streams = Xoshiro256StarStar(seed: config.seed ^ 0x6C72_6669_6E64)  // "lrfind"
        var shuffleRNG = streams.split()
        var dropoutRNG = streams.split()
        var order = Array(0..<n)
        var smoother = SmoothedLoss(beta: smoothing)
        var curve = LearningRateCurve(rates: [], losses: [], smoothedLosses: [], stop: .completed)
        curve.rates.reserveCapacity(count)
        curve.losses.reserveCapacity(count)
        curve.smoothedLosses.reserveCapacity(count)
        var best = Double.infinity
        var position = n
        inputs.withUnsafeBufferPointer { x in
            targetMatrix.withUnsafeBufferPointer { t in
                for (i, rate) in schedule.enumerated() {
                    if position >= n {
                        order.shuffle(using: &shuffleRNG)
                        position = 0
                    }
                    let rows = Swift.min(batchSize, n - position)
                    let loss = order.withUnsafeBufferPointer { o in
                        pass.trainBatch(
                            inputs: x.baseAddress!, targets: t.baseAddress!, indices: o.baseAddress! + position,
                            rows: rows, learningRate: Scalar(rate), dropout: &dropoutRNG)
                    }
                    position += rows
                    guard let loss else {
                        curve.stop = .nonFinite(step: i)
                        return
                    }
                    let smoothed = smoother.add(loss)
                    curve.rates.append(rate)
                    curve.losses.append(loss)
                    curve.smoothedLosses.append(smoothed)
                    best = Swift.min(best, smoothed)
                    if !smoothed.isFinite {
                        curve.stop = .nonFinite(step: i)
                        return
                    }
                    if i > 0 && smoothed > divergenceFactor * best {
                        curve.stop = .diverged(step: i)
                        return
                    }
                }
            }
        }
        curve.suggestion = LearningRateSuggestion(
            rates: curve.rates, smoothedLosses: curve.smoothedLosses,
            skipStart: skipStart, skipEnd: skipEnd)
        return curve
    }
}

/// The bias-corrected exponential moving average of a loss sequence (Kingma & Ba 2015, section 3, for the
/// correction 1/(1 − β^t)).
struct SmoothedLoss {
    let beta: Double
    private var average = 0.0, power = 1.0

    init(beta: Double) { self.beta = beta }

    mutating func add(_ loss: Double) -> Double {
        average = beta * average + (1 - beta) * loss
        power *= beta
        return average / (1 - power)
    }
}
