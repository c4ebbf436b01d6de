import ArgumentParser
import Benchmarking
import LinearAlgebra
import TuningSpec

/// `tuner sweep run-one` (hidden): the child process of `tuner sweep`. Runs one (problem, sampler, seed) with
/// one OpenBLAS thread and writes its rows, without a header, to `--rows-file` (written whole at the end, so the
/// file exists only for a finished run). Exits 1 with one line on standard error when the run fails.
struct SweepRunOne: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-one",
        abstract: "Run one problem × sampler × seed of a sweep (used by `tuner sweep`).",
        discussion: """
            Examples:
              tuner sweep run-one --problem branin --sampler tpe --seed 0 --trials 60 --rows-file /tmp/branin-tpe-0.csv
            """,
        shouldDisplay: false
    )

    @Option(help: "The problem (see `tuner sweep --help`).") var problem: String
    @Option(help: "The sampler.") var sampler: String
    @Option(help: "The study seed.") var seed: Int
    @Option(help: "Evaluations.") var trials: Int
    @Option(help: "Where to write the rows (CSV without header).") var rowsFile: String

    func validate() throws {
        guard BenchmarkProblem(named: problem) != nil else {
            throw ValidationError("--problem: unknown problem '\(problem)'")
        }
        do { _ = try SamplerFactory.parseSweepList(sampler) } catch { throw ValidationError("--samplers: \(error)") }
        guard (1...BenchmarkRow.maximumTrial).contains(trials) else {
            throw ValidationError("--trials must be from 1 to \(BenchmarkRow.maximumTrial), got \(trials)")
        }
        guard seed >= 0 else { throw ValidationError("--seed must be ≥ 0") }
    }

    func run() throws {
        BLASThreads.set(1)
        let problem = BenchmarkProblem(named: problem)!
        let made = try SamplerFactory.make(named: sampler, space: problem.space, trials: trials)
        try BenchmarkSweep.runOne(
            problem, sampler: made, samplerName: sampler, seed: seed, trials: trials,
            rowsFile: rowsFile)
    }
}
