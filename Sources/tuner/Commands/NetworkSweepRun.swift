import Datasets
import Foundation
import TestProblems
import Tuning

/// One sweep run of an MLP-on-dataset problem: `NetworkObjective` on a bundled classification dataset (split
/// and standardized by the run's seed, default space, early stopping, no pruner), minimizing the validation
/// error e = 1 − accuracy. Rows follow `SweepCSV`: value = e of the trial (NaN when training failed),
/// best = min e so far, regret = best (f* = 0, a perfect validation score).
///
/// The study runs through `Study.optimize` with one job; the objective is wrapped to stamp when each evaluation
/// starts and ends, so a trial's proposal time is the time from the end of the previous evaluation (or the
/// start) to the start of its own: the sampler's work plus the study's bookkeeping.
struct NetworkSweepRun {
    let dataset: String
    let seed: Int

    func run(sampler: any Sampler, samplerName: String, trials: Int) throws -> [SweepCSV.Row] {
        let objective = try NetworkObjective(dataset: try Dataset.bundled(dataset), metric: .accuracy, seed: UInt64(seed))
        let study = try Study(name: "mlp-\(dataset)-\(samplerName)-\(seed)", space: NetworkObjective.defaultSpace,
                              direction: .minimize, sampler: sampler, seed: UInt64(seed))
        let log = EvaluationLog()
        let timed = ClosureObjective { trial in
            log.started()
            defer { log.ended() }
            let error = 1 - (try objective.evaluate(trial))
            log.record(error)
            return error
        }
        try study.optimize(timed, trials: trials, jobs: 1)
        var rows: [SweepCSV.Row] = []
        var best = Double.infinity
        for (n, e) in log.entries.enumerated() {
            if e.value < best { best = e.value }   // NaN (failed) never becomes the best
            rows.append(SweepCSV.Row(problem: "mlp-\(dataset)", sampler: samplerName, seed: seed, trial: n + 1,
                                     value: e.value, best: best, regret: best, elapsed: e.end, proposal: e.proposal))
        }
        return rows
    }
}

/// Start and end stamps of the evaluations of one sequential study (seconds since the log was created).
final class EvaluationLog: @unchecked Sendable {
    struct Entry { var value = Double.nan, proposal = 0.0, end = 0.0 }
    private let lock = NSLock()
    private let origin = DispatchTime.now().uptimeNanoseconds
    private var lastEnd = 0.0
    private(set) var entries: [Entry] = []

    private var now: Double { Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e9 }

    func started() { lock.withLock { entries.append(Entry(proposal: now - lastEnd)) } }
    func record(_ value: Double) { lock.withLock { entries[entries.count - 1].value = value } }
    func ended() {
        lock.withLock {
            lastEnd = now
            entries[entries.count - 1].end = lastEnd
        }
    }
}
