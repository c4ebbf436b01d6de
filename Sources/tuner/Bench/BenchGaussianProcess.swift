import ArgumentParser
import Benchmarking

/// `tuner bench gp`: `GaussianProcessBenchmark` (fit and predict times for the scikit-learn comparison).
struct BenchGaussianProcess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gp",
        abstract: "Gaussian-process fit and predict times (d = 6) for the scikit-learn comparison.",
        discussion: """
            Each fit row gives the fitted log marginal likelihood (standardized outputs, as scikit-learn's \
            log_marginal_likelihood_value_ with normalize_y=True). The predict row times mean and variance at \
            --points query points with the model fitted with the largest restart count.

            Examples:
              tuner bench gp
              tuner bench gp --json --sizes 50 100 --restarts 0 5
              scripts/bench-gp-sklearn            (side by side with scikit-learn, ratios)
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Training-set sizes n.")
    var sizes: [Int] = [50, 100, 200, 500, 1000, 2000]

    @Option(name: .long, parsing: .upToNextOption, help: "Random restarts of the fit (besides the first start).")
    var restarts: [Int] = [0, 5]

    @Option(help: "Query points for the predict timing.")
    var points = 10_000

    @Option(help: "Seed of the random restarts.")
    var seed: UInt64 = 1

    @Option(
        help: """
            OpenBLAS threads for every size (default: the GP's own rule, one thread and concurrent starts below \
            n = 1000).
            """)
    var threads: Int?

    @Flag(help: "Also print every start of every fit (to standard error).")
    var verbose = false

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        if sizes.isEmpty || sizes.contains(where: { $0 < 1 }) { throw ValidationError("--sizes must be ≥ 1") }
        if restarts.isEmpty || restarts.contains(where: { $0 < 0 }) {
            throw ValidationError("--restarts must be ≥ 0")
        }
        if points < 1 { throw ValidationError("--points must be ≥ 1") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be ≥ 1") }
    }

    func run() {
        let benchmark = GaussianProcessBenchmark(
            sizes: sizes, restarts: restarts, points: points, seed: seed,
            threads: threads, json: json)
        let startLines: ((String) -> Void)? = verbose ? { BenchOutput.note($0) } : nil
        benchmark.run(emit: { BenchOutput.line($0) }, verbose: startLines)
    }
}
