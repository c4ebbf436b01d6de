import Foundation
import Tuning

/// A benchmark sweep: every (problem, sampler, seed) of a plan, seeds 0…seeds−1, `trials` evaluations each,
/// into one CSV (`SweepFile`), resumable (`SweepResume`), `jobs` runs at a time (`SweepExecution`).
public struct BenchmarkSweep: Sendable {
    public var problems: [String]
    public var samplers: [String]
    public var seeds: Int
    public var trials: Int
    public var out: String
    public var jobs: Int

    public init(problems: [String], samplers: [String], seeds: Int, trials: Int, out: String, jobs: Int) {
        (self.problems, self.samplers, self.seeds, self.trials, self.out, self.jobs) =
            (problems, samplers, seeds, trials, out, jobs)
    }

    /// Some runs failed; the finished ones are in the CSV, and a rerun retries the others.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let failures: [String]
        public let runs: Int
        public var description: String {
            "\(failures.count) of \(runs) runs failed (first: \(failures[0])); rerun to retry them"
        }
    }

    /// Prepares the CSV, then executes what is left with `launcher`. `note` gets the plan line first and the
    /// closing line last; `progress` a line per run. Throws `Failure` when a run failed, `SweepFileError` when
    /// the CSV cannot be read.
    public func run(
        launcher: any SweepLauncher, note: (String) -> Void,
        progress: @escaping @Sendable (String) -> Void
    ) throws {
        let plan = SweepResume.plan(problems: problems, samplers: samplers, seeds: seeds)
        let resume = try SweepResume.prepare(out, plan: plan, trials: trials)
        note(
            "sweep: \(plan.count) runs (\(problems.count) problems × \(samplers.count) samplers × \(seeds) seeds, "
                + "\(trials) trials), \(resume.done.count) already in \(out), \(resume.todo.count) to run with "
                + "\(jobs) job(s)" + (resume.dropped > 0 ? "; dropped \(resume.dropped) rows of unfinished runs" : ""))
        guard !resume.todo.isEmpty else { return }
        let execution = SweepExecution(out: out, trials: trials, jobs: jobs, launcher: launcher)
        let failures = try execution.run(resume.todo, progress: progress).compactMap { outcome -> String? in
            if case .failed(let reason) = outcome { return reason }
            return nil
        }
        if !failures.isEmpty { throw Failure(failures: failures, runs: resume.todo.count) }
        note("done: tuner sweep summarize \(out)")
    }

    /// The child's side of a run: `SamplerBenchmark.run`, which must give all `trials` rows (else
    /// `BenchmarkError.shortRun`), written whole to `rowsFile` without a header.
    public static func runOne(
        _ problem: BenchmarkProblem, sampler: any Sampler, samplerName: String, seed: Int,
        trials: Int, rowsFile: String
    ) throws {
        let rows = try SamplerBenchmark.run(
            problem, sampler: sampler, samplerName: samplerName, seed: seed,
            trials: trials)
        guard rows.count == trials else {
            let run = BenchmarkRunKey(problem: problem.name, sampler: samplerName, seed: seed)
            throw BenchmarkError.shortRun(run: run, trials: rows.count, expected: trials)
        }
        try SweepFile.lines(rows).write(toFile: rowsFile, atomically: true, encoding: .utf8)
    }
}
