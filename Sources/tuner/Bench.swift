import ArgumentParser

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks that print ratios against a reference run side by side.",
        subcommands: [BenchLinearAlgebra.self, BenchAllocations.self, BenchGaussianProcess.self]
    )
}
