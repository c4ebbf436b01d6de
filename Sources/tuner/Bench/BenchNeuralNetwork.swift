import ArgumentParser
import Benchmarking

/// `tuner bench nn`: `NeuralNetworkBenchmark` (epoch time of the two reference networks and its GEMM share).
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

    @Flag(
        help: """
            Also use dropout 0.2, batch norm, L1, L2, clipping, AdamW and a cosine schedule (for allocation checks).
            """)
    var allFeatures = false

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        if let bad = cases.first(where: { !NeuralNetworkBenchmark.cases.contains($0) }) {
            throw ValidationError("--case must be digits or mnist-shape, got '\(bad)'")
        }
        if epochs < 1 { throw ValidationError("--epochs must be ≥ 1") }
        if warmup < 0 { throw ValidationError("--warmup must be ≥ 0") }
        if threads < 1 { throw ValidationError("--threads must be ≥ 1") }
    }

    func run() throws {
        let benchmark = NeuralNetworkBenchmark(
            cases: cases, epochs: epochs, warmup: warmup, threads: threads,
            allFeatures: allFeatures)
        try benchmark.run(emit: BenchOutput.rows(BenchReport(json: json, columns: NeuralNetworkBenchmark.columns)))
    }
}
