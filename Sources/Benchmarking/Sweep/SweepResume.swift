import Tuning

/// What a sweep still has to do, given the rows already in its CSV.
///
/// Runs of the plan whose rows are exactly trials 1…`trials` are done and skipped; rows of any other run of the
/// plan (a partial run, or one with another budget) are dropped and the run is redone. Rows of runs outside
/// the plan (other problems, samplers, the peers') are kept as they are.
public struct SweepResume: Sendable, Equatable {
    /// The runs of the plan already complete in the file.
    public var done: Set<BenchmarkRunKey>
    /// The runs to execute, in plan order.
    public var todo: [BenchmarkRunKey]
    /// The rows the file keeps.
    public var kept: [BenchmarkRow]
    /// How many rows of unfinished runs were dropped.
    public var dropped: Int

    /// Decides from the rows `existing` of the file.
    public init(plan: [BenchmarkRunKey], existing: [BenchmarkRow], trials: Int) {
        let done = SweepFile.completeRuns(existing, trials: trials).intersection(plan)
        let todo = plan.filter { !done.contains($0) }
        (self.done, self.todo) = (done, todo)
        let redo = Set(todo)
        kept = existing.filter { !redo.contains($0.run) }
        dropped = existing.count - kept.count
    }

    /// Reads `path` and, when rows were dropped, its last line is torn or it has the nine legacy columns only,
    /// rewrites it with the rows it keeps (under the current header), so that appending runs to it is safe. A
    /// `path` that `SafeFileWriter` refuses (a database, a device, a directory) throws `FileWriteError` before
    /// anything is read or written.
    public static func prepare(_ path: String, plan: [BenchmarkRunKey], trials: Int) throws -> SweepResume {
        try SafeFileWriter.check(path)
        let resume = SweepResume(plan: plan, existing: try SweepFile.read(path), trials: trials)
        if resume.dropped > 0 || !SweepFile.endsWithNewline(path) || !SweepFile.hasCurrentHeader(path) {
            try SweepFile.rewrite(path, rows: resume.kept)
        }
        return resume
    }

    /// Every problem × sampler × seed, seeds 0…seeds−1, in that nesting order.
    public static func plan(problems: [String], samplers: [String], seeds: Int) -> [BenchmarkRunKey] {
        problems.flatMap { p in
            samplers.flatMap { s in (0..<seeds).map { BenchmarkRunKey(problem: p, sampler: s, seed: $0) } }
        }
    }
}
