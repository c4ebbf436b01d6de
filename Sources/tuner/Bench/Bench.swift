import ArgumentParser

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks that print ratios against a reference run side by side.",
        discussion: """
            Examples:
              tuner bench linalg                 # GEMM and Cholesky vs the direct C call
              tuner bench gp --json              # GP fit and predict times (scripts/bench-gp-sklearn compares)
              tuner bench nn --json              # epoch time and GEMM share of the networks
              tuner bench samplers --samplers bayes,tpe --seeds 10 --trials 60
              tuner bench bo                     # seconds per bayes proposal at 60…500 observations
            """,
        subcommands: [
            BenchLinearAlgebra.self, BenchGaussianProcess.self, BenchNeuralNetwork.self,
            BenchSamplers.self, BenchBayesianOptimization.self, BenchAllocations.self,
        ]
    )
}
