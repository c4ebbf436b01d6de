import Foundation
import Tuning

extension AskedStudy {
    /// The largest batch `ask(count:lease:)` hands out at once.
    public static let maximumBatch = 10_000

    /// Starts up to `count` trials (`tuner ask --count K`), one `Study.ask` after the other, so that each
    /// proposal is made with the ones before it in the history as running trials: the model-based samplers
    /// condition on them (TPE as a constant liar, `bayes` as a kriging believer), the grid skips them, and the
    /// random and Sobol' samplers draw from the next trial number. The batch is therefore chosen jointly, as a
    /// sequential greedy batch ("q-EI by kriging believer", Ginsbourger, Le Riche & Carraro 2010, "Kriging is
    /// well-suited to parallelize optimization").
    ///
    /// Stops early, returning fewer trials, when the sampler has nothing left (every grid point taken) or the
    /// study is cancelled; enqueued (waiting) trials are handed out first, as by `tuner ask`. Each trial holds a
    /// lease of `lease` seconds (`TrialLease`).
    /// - Throws: `StudyError.invalidArgument` for a count outside 1…`maximumBatch`, and what `Study.ask` throws.
    public func ask(count: Int, lease: TimeInterval = TrialLease.defaultSeconds) throws -> [Trial] {
        guard (1...Self.maximumBatch).contains(count) else {
            throw StudyError.invalidArgument(
                name: "--count", reason: "must be from 1 to \(Self.maximumBatch), got \(count)")
        }
        var trials: [Trial] = []
        while trials.count < count, let trial = try study.ask(lease: lease) { trials.append(trial) }
        return trials
    }
}
