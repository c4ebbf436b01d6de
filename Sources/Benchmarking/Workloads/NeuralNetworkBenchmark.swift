import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork
import Randomness

/// `tuner bench nn`: seconds per training epoch of the two reference networks, and the share of it inside GEMM.
///
/// Cases (Float32, Adam, lr 10⁻³, ReLU, softmax cross-entropy, seeded shuffles):
/// - `digits`: 64-128-10 on the bundled digits' stratified 80 % training split (1437 rows), batch 64;
/// - `mnist-shape`: 784-256-128-10 on 60,000 × 784 uniform random inputs with random labels, batch 128.
/// Each case trains `warmup` + `epochs` epochs through the real `Trainer`; `seconds` is the median timed epoch,
/// `gemm_share` the fraction of the timed epochs' wall time spent inside the sgemm calls (timed around each
/// call). `scripts/bench-nn-peers` runs the same trainings in scikit-learn and PyTorch for ratios.
public struct NeuralNetworkBenchmark: Sendable {
    public static let cases = ["digits", "mnist-shape"]
    public static let columns = [
        "op", "case", "threads", "epochs", "seconds", "samples_per_s", "gemm_share",
        "train_loss",
    ]

    public var cases: [String]
    public var epochs: Int
    public var warmup: Int
    public var threads: Int
    /// Also use dropout 0.2, batch norm, L1, L2, clipping, AdamW and a cosine schedule (for allocation checks).
    public var allFeatures: Bool

    public init(cases: [String], epochs: Int, warmup: Int, threads: Int, allFeatures: Bool) {
        (self.cases, self.epochs, self.warmup, self.threads, self.allFeatures) =
            (cases, epochs, warmup, threads, allFeatures)
    }

    /// Trains every case, handing each row to `emit` as soon as it is measured.
    public func run(emit: ([String: BenchValue]) -> Void) throws {
        let previousThreads = BLASThreads.count
        defer { BLASThreads.set(previousThreads) }
        BLASThreads.set(threads)
        for name in cases {
            let problem = try name == "digits" ? Self.digits() : Self.mnistShape()
            emit(try measure(name, problem))
        }
    }

    typealias Problem = (spec: NetworkSpec, batchSize: Int, inputs: Matrix<Float>, labels: [Int])

    static func digits() throws -> Problem {
        var rng = Xoshiro256StarStar(seed: 0)
        let split = try Dataset.bundled("digits").split(trainFraction: 0.8, validationFraction: 0, using: &rng)
            .standardized().split
        let spec = NetworkSpec(inputSize: 64, hiddenLayers: [128], outputSize: 10, task: .classification)
        return (spec, 64, split.train.features, split.train.target.labels ?? [])
    }

    static func mnistShape() -> Problem {
        var rng = Xoshiro256StarStar(seed: 0)
        let n = 60_000
        // Uniform [0, 1) from the top 24 bits of each draw (a concrete loop: 47 M draws in well under a second).
        let inputs = Matrix<Float>(
            rows: n, columns: 784,
            elements: (0..<n * 784).map { _ in Float(rng.next() >> 40) * 0x1p-24 })
        let labels = (0..<n).map { _ in Int.random(in: 0..<10, using: &rng) }
        let spec = NetworkSpec(inputSize: 784, hiddenLayers: [256, 128], outputSize: 10, task: .classification)
        return (spec, 128, inputs, labels)
    }

    func measure(_ name: String, _ problem: Problem) throws -> [String: BenchValue] {
        var config = TrainingConfig(
            optimizer: .adam(), learningRate: 1e-3, batchSize: problem.batchSize,
            epochs: warmup + epochs, seed: 0)
        var spec = problem.spec
        if allFeatures {
            (spec.dropout, spec.batchNorm) = (0.2, true)
            (config.optimizer, config.schedule) = (.adamW(), .cosine(epochs: config.epochs))
            (config.l1, config.l2, config.gradientClipNorm) = (1e-5, 1e-4, 5)
        }
        let network = try Network<Float>(spec: spec, seed: config.seed)
        let stopwatch = GEMMStopwatch()
        network.attachGEMMStopwatch(stopwatch)
        var epochSeconds: [Double] = []
        var gemmSeconds = 0.0
        var lastLoss = Double.nan
        let trainer = try Trainer<Float>(config: config)
        _ = try trainer.train(network, inputs: problem.inputs, targets: .classes(problem.labels)) { report in
            if report.epoch > warmup {
                epochSeconds.append(report.seconds)
                gemmSeconds += stopwatch.seconds
            }
            lastLoss = report.trainingLoss
            stopwatch.reset()
            return .continue
        }
        let median = epochSeconds.sorted()[epochSeconds.count / 2]
        return [
            "op": .text("nn-epoch"), "case": .text(name), "threads": .integer(threads),
            "epochs": .integer(epochSeconds.count), "seconds": .number(median),
            "samples_per_s": .number(Double(problem.inputs.rows) / median),
            "gemm_share": .number(gemmSeconds / epochSeconds.reduce(0, +)), "train_loss": .number(lastLoss),
        ]
    }
}
