import ArgumentParser
import Benchmarking
import Foundation
import Tuning
import TuningSpec

/// `tuner bench bo`: `ProposalBenchmark` (the GP sampler's seconds per proposal, cold and warm, as the history
/// grows).
struct BenchBayesianOptimization: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bo",
        abstract: "Seconds per proposal of the GP sampler at 60, 100, 200 and 500 observations (Hartmann-6, d = 6).",
        discussion: """
            Examples:
              tuner bench bo
              tuner bench bo --observations 20,60 --repetitions 5 --json
              tuner bench bo --optuna --observations 60,200,500,1000,2000
            JSON lines: {"op":"bo-propose","observations":60,"d":6,"seconds_per_proposal":0.012,"cold_seconds":0.03}
            With --optuna, Optuna's GPSampler is timed on the same kind of history right after ours, through the
            comparison venv (scripts/setup-venv --require optuna --require torch), run from the repository root;
            rows gain optuna_seconds, optuna_cold_seconds and the ratios optuna_ratio and optuna_cold_ratio (Optuna /
            ours: above 1, ours is faster).
            """
    )

    @Option(help: ArgumentHelp("Comma-separated history sizes n.", valueName: "n,n,…"))
    var observations = "60,100,200,500"

    @Option(
        help: ArgumentHelp(
            "Dimension d: 6 (Hartmann-6) or any other d for a d-dimensional sphere.",
            valueName: "d"))
    var dimension = 6

    @Option(help: "The GP sampler: bayes or one of its ablations (see `tuner bench samplers --help`).")
    var sampler = "bayes"

    @Option(help: "Timed proposals per history size (the median is reported).")
    var repetitions = 3

    @Option(help: "Seed of the random history and of the proposals.")
    var seed: UInt64 = 0

    @Flag(help: "Print one JSON object per history size.")
    var json = false

    @Flag(help: "Also time Optuna's GPSampler at each size, side by side (Hartmann-6, d = 6 only).")
    var optuna = false

    @Option(help: ArgumentHelp("The comparison venv's Python, for --optuna.", valueName: "path"))
    var python = ".venv/bin/python"

    @Option(help: ArgumentHelp("Optuna's side of the benchmark, for --optuna.", valueName: "path"))
    var optunaScript = "scripts/py/bench_bo_optuna.py"

    var sizes: [Int] {
        observations.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The named sampler if it is the GP sampler (bayes or one of its option sets).
    func gpSampler() -> GPSampler? {
        guard SamplerFactory.benchmarkNames.contains(sampler), let space = try? SearchSpace([.float("x", 0, 1)])
        else { return nil }
        return (try? SamplerFactory.make(named: sampler, space: space)) as? GPSampler
    }

    func validate() throws {
        let parts = observations.split(separator: ",", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count == sizes.count, sizes.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--observations must be positive integers separated by commas, got '\(observations)'")
        }
        guard dimension >= 1 else { throw ValidationError("--dimension must be at least 1, got \(dimension)") }
        guard gpSampler() != nil else {
            throw ValidationError("--sampler must be bayes or a bayes-… ablation, got '\(sampler)'")
        }
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1, got \(repetitions)") }
        if optuna {
            guard dimension == 6 else {
                throw ValidationError("--optuna times Hartmann-6 only: --dimension must be 6, got \(dimension)")
            }
            do { try reference.check() } catch { throw ValidationError("\(error)") }
        }
    }

    var reference: OptunaProposalReference { OptunaProposalReference(python: python, script: optunaScript) }

    func run() throws {
        let benchmark = ProposalBenchmark(
            observations: sizes, dimension: dimension, repetitions: repetitions,
            seed: seed, reference: optuna ? reference : nil
        ) { gpSampler()! }
        let columns = ProposalBenchmark.columns + (optuna ? ProposalBenchmark.referenceColumns : [])
        try benchmark.run(emit: BenchOutput.rows(BenchReport(json: json, columns: columns)))
    }
}
