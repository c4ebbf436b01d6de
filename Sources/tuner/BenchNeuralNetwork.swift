import ArgumentParser
import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork

/// `tuner bench nn`: seconds per training epoch of the two reference networks, and the share of it inside GEMM.
struct BenchNeuralNetwork: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nn",
        abstract: "Epoch time of dense-network training (digits and an MNIST-shaped problem) and its GEMM share.",
        discussion: """
        Cases (Float32, Adam, lr 1e-3, ReLU, softmax cross-entropy, seeded shuffles):
          digits       64-128-10 on the bundled digits' stratified 80% training split (1437 rows), batch 64
          mnist-shape  784-256-128-10 on 60,000 × 784 uniform random inputs with random labels, batch 128
        Each case trains warm-up + timed epochs through the real Trainer; `seconds` is the median timed epoch,
        `gemm_share` the fraction of the timed epochs' wall time spent inside the sgemm calls (timed around
        each call). scripts/bench-nn-peers runs the same trainings in scikit-learn and PyTorch for ratios.

        Examples:
          tuner bench nn
          tuner bench nn --json --case mnist-shape --epochs 5 --threads 2
        """
    )

    @Option(name: .customLong("case"), parsing: .upToNextOption, help: "Cases to run: digits, mnist-shape.")
    var cases: [String] = ["digits", "mnist-shape"]

    @Option(help: "Timed epochs per case (after the warm-up epochs).")
    var epochs: Int = 5

    @Option(help: "Untimed warm-up epochs per case.")
    var warmup: Int = 1

    @Option(help: "OpenBLAS threads.")
    var threads: Int = 2

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        if let bad = cases.first(where: { !["digits", "mnist-shape"].contains($0) }) {
            throw ValidationError("--case must be digits or mnist-shape, got '\(bad)'")
        }
        if epochs < 1 { throw ValidationError("--epochs must be ≥ 1") }
        if warmup < 0 { throw ValidationError("--warmup must be ≥ 0") }
        if threads < 1 { throw ValidationError("--threads must be ≥ 1") }
    }

    func run() throws {
        let report = BenchReport(json: json, columns: ["op", "case", "threads", "epochs", "seconds", "samples_per_s",
                                                       "gemm_share", "train_loss"])
        let previousThreads = BLASThreads.count
        defer { BLASThreads.set(previousThreads) }
        BLASThreads.set(threads)
        for name in cases {
            let problem = try name == "digits" ? digits() : mnistShape()
            report.row(try measure(name, problem))
        }
    }

    typealias Problem = (spec: NetworkSpec, batchSize: Int, inputs: Matrix<Float>, labels: [Int])

    func digits() throws -> Problem {
        var rng = Xoshiro256StarStar(seed: 0)
        let split = try Dataset.bundled("digits").split(trainFraction: 0.8, validationFraction: 0, using: &rng)
            .standardized().split
        let spec = NetworkSpec(inputSize: 64, hiddenLayers: [128], outputSize: 10, task: .classification)
        return (spec, 64, split.train.features, split.train.target.labels ?? [])
    }

    func mnistShape() -> Problem {
        var rng = Xoshiro256StarStar(seed: 0)
        let n = 60_000
        let inputs = Matrix<Float>.random(rows: n, columns: 784, in: 0...1, using: &rng)
        let labels = (0..<n).map { _ in Int.random(in: 0..<10, using: &rng) }
        let spec = NetworkSpec(inputSize: 784, hiddenLayers: [256, 128], outputSize: 10, task: .classification)
        return (spec, 128, inputs, labels)
    }

    func measure(_ name: String, _ problem: Problem) throws -> [String: BenchValue] {
        let config = TrainingConfig(optimizer: .adam(), learningRate: 1e-3, batchSize: problem.batchSize,
                                    epochs: warmup + epochs, seed: 0)
        let network = try Network<Float>(spec: problem.spec, seed: config.seed)
        let stopwatch = GEMMStopwatch()
        network.attachGEMMStopwatch(stopwatch)
        var epochSeconds: [Double] = [], gemmSeconds = 0.0, lastLoss = Double.nan
        _ = try Trainer<Float>(config: config).train(network, inputs: problem.inputs, targets: .classes(problem.labels)) {
            report in
            if report.epoch > warmup {
                epochSeconds.append(report.seconds)
                gemmSeconds += stopwatch.seconds
            }
            lastLoss = report.trainingLoss
            stopwatch.reset()
            return .continue
        }
        let median = epochSeconds.sorted()[epochSeconds.count / 2]
        return ["op": .text("nn-epoch"), "case": .text(name), "threads": .integer(threads),
                "epochs": .integer(epochSeconds.count), "seconds": .number(median),
                "samples_per_s": .number(Double(problem.inputs.rows) / median),
                "gemm_share": .number(gemmSeconds / epochSeconds.reduce(0, +)), "train_loss": .number(lastLoss)]
    }
}
