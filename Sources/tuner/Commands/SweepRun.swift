import ArgumentParser
import Benchmarking
import Foundation
import TuningSpec

/// `tuner sweep` (the default subcommand): `BenchmarkSweep`, every (problem, sampler, seed) combination, seeds
/// 0…N−1, each run in its own child process (`tuner sweep run-one`, one OpenBLAS thread), `--jobs` at a time,
/// its rows appended to `--out` in one write when it finishes; finished runs in `--out` are skipped.
struct SweepRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every problem × sampler × seed combination into a CSV (the default subcommand of sweep).",
        discussion: """
            Problems: all (the ten functions of docs/bench/FUNCTIONS.md), mlp (the MLP problems),
            inert (the ten embedded in twice their dimension, the added inputs ignored: <name>_inert),
            \(MultiObjectiveProblem.groupKeyword) (\(BenchmarkProblem.multiObjectiveNames.joined(separator: ", "))), \
            or any of:
              \(BenchmarkProblem.knownNames.joined(separator: ", ")).
            For mlp-<dataset>, value is the validation error 1 − accuracy and regret = 1 − best validation accuracy.
            For the multi-objective problems, value is f1, regret the hypervolume gap HV* − HV of the feasible
            front so far, and hypervolume, log_hv_gap, feasible_share are filled (empty for the others).
            Samplers: all (\(["bayes", "tpe", "random", "sobol", "grid"].joined(separator: ", "))) or any of:
              \(SamplerFactory.sweepNames.joined(separator: ", ")).
            CSV columns: \(BenchmarkRow.csvHeader)

            Examples:
              tuner sweep --problems all --samplers all --seeds 10 --trials 60 --out results.csv --jobs 2
              tuner sweep run --problems branin,hartmann6 --samplers bayes,tpe --seeds 3 --trials 30 --out small.csv
              tuner sweep --problems multiobjective --samplers bayes,tpe,nsga2,random --seeds 10 --trials 100 \
            --out mo.csv --jobs 2
            """
    )

    @Option(help: "Comma-separated problems, 'all' (the ten functions), 'inert', 'mlp' or 'multiobjective'.")
    var problems = "all"

    @Option(help: "Comma-separated samplers, or 'all'.")
    var samplers = "all"

    @Option(help: "Number of seeds: seeds 0…N−1.")
    var seeds = 10

    @Option(help: "Evaluations per run.")
    var trials = 60

    @Option(help: "The CSV to write (appended to; finished runs in it are skipped).")
    var out: String

    @Option(help: "Child processes at once.")
    var jobs = 1

    func problemList() throws -> [String] {
        do { return try BenchmarkProblem.parseList(problems).map(\.name) } catch {
            throw ValidationError("--problems: \(error)")
        }
    }

    func samplerList() throws -> [String] {
        do { return try SamplerFactory.parseSweepList(samplers) } catch {
            throw ValidationError("--samplers: \(error)")
        }
    }

    func validate() throws {
        guard try !problemList().isEmpty else { throw ValidationError("--problems: empty list") }
        guard try !samplerList().isEmpty else { throw ValidationError("--samplers: empty list") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
        guard (1...BenchmarkRow.maximumTrial).contains(trials) else {
            throw ValidationError("--trials must be from 1 to \(BenchmarkRow.maximumTrial), got \(trials)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be ≥ 1") }
        guard jobs <= StudyConfig.maximumJobs else {
            throw ValidationError("--jobs must be at most \(StudyConfig.maximumJobs), got \(jobs)")
        }
    }

    func run() throws {
        let sweep = BenchmarkSweep(
            problems: try problemList(), samplers: try samplerList(), seeds: seeds,
            trials: trials, out: out, jobs: jobs)
        let child = ChildProcessLauncher(executable: ChildProcessLauncher.currentExecutable) { run, trials, rowsFile in
            [
                "sweep", "run-one", "--problem", run.problem, "--sampler", run.sampler, "--seed", "\(run.seed)",
                "--trials", "\(trials)", "--rows-file", rowsFile,
            ]
        }
        do {
            try sweep.run(launcher: child, note: BenchOutput.note, progress: BenchOutput.note)
        } catch let error as SweepFileError {
            throw ValidationError("--out: \(error)")
        }
    }
}
