import ArgumentParser
import Foundation

/// `tuner sweep` (the default subcommand): every (problem, sampler, seed) combination, seeds 0…N−1, each run in
/// its own child process (`tuner sweep run-one`, one OpenBLAS thread), `--jobs` at a time, its rows appended to
/// `--out` in one write when it finishes.
///
/// Resuming: runs whose rows in `--out` are exactly trials 1…`--trials` are skipped; rows of any other run
/// of the plan (a partial run, or one with another budget) are dropped first (the file is rewritten
/// atomically) and the run is redone. Rows of runs outside the plan (other problems, samplers, the peers') are
/// kept as they are.
struct SweepRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every problem × sampler × seed combination into a CSV (the default subcommand of sweep).",
        discussion: """
        Problems: all (the ten functions of FUNCTIONS.md), mlp (the MLP problems), or any of:
          \(SweepProblem.knownNames.joined(separator: ", ")).
        For mlp-<dataset>, value is the validation error 1 − accuracy and regret = 1 − best validation accuracy.
        Samplers: all (\(["bayes", "tpe", "random", "sobol", "grid"].joined(separator: ", "))) or any of:
          \(SweepSamplers.knownNames.joined(separator: ", ")).
        CSV columns: \(SweepCSV.header)

        Examples:
          tuner sweep --problems all --samplers all --seeds 10 --trials 60 --out results.csv --jobs 2
          tuner sweep run --problems branin,hartmann6 --samplers bayes,tpe --seeds 3 --trials 30 --out small.csv
        """
    )

    @Option(help: "Comma-separated problems, 'all' (the ten functions) or 'mlp'.")
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

    func validate() throws {
        guard try !SweepProblem.parseList(problems).isEmpty else { throw ValidationError("--problems: empty list") }
        guard try !SweepSamplers.parseList(samplers).isEmpty else { throw ValidationError("--samplers: empty list") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
        guard trials >= 1 else { throw ValidationError("--trials must be ≥ 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be ≥ 1") }
    }

    func run() throws {
        let problemList = try SweepProblem.parseList(problems).map(\.name)
        let samplerList = try SweepSamplers.parseList(samplers)
        var plan: [SweepCSV.RunKey] = []
        for p in problemList { for s in samplerList { for seed in 0..<seeds { plan.append(.init(problem: p, sampler: s, seed: seed)) } } }

        let existing: [SweepCSV.Row]
        do { existing = try SweepCSV.read(out) } catch let e as ValidationError { throw ValidationError("--out: \(e.message)") }
        let done = SweepCSV.completeRuns(existing, trials: trials).intersection(plan)
        let todo = plan.filter { !done.contains($0) }
        let redo = Set(todo)
        let kept = existing.filter { !redo.contains($0.run) }
        if kept.count != existing.count || !SweepCSV.endsWithNewline(out) {
            try SweepCSV.rewrite(out, rows: kept)
        }
        note("sweep: \(plan.count) runs (\(problemList.count) problems × \(samplerList.count) samplers × \(seeds) seeds, "
             + "\(trials) trials), \(done.count) already in \(out), \(todo.count) to run with \(jobs) job(s)"
             + (kept.count != existing.count ? "; dropped \(existing.count - kept.count) rows of unfinished runs" : ""))
        guard !todo.isEmpty else { return }

        let scheduler = SweepScheduler(out: out, trials: trials, jobs: jobs)
        let failures = try scheduler.run(todo)
        if !failures.isEmpty {
            throw SweepError("\(failures.count) of \(todo.count) runs failed (first: \(failures[0])); rerun to retry them")
        }
        note("done: tuner sweep summarize \(out)")
    }

    func note(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}
