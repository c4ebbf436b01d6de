import Foundation

/// Stale-trial sweeping for `InMemoryStorage`, built on its per-call atomic operations: `finishTrial` succeeds
/// for exactly one caller (a trial finished already throws `invalidTransition`), and only the caller that
/// failed a trial enqueues its retry, so concurrent sweeps fail each trial and enqueue each retry once.
extension InMemoryStorage: StaleTrialSweeping {
    public func failStaleTrials(
        in study: String, gracePeriod: TimeInterval, now: Date,
        retries: StaleTrialRetryPolicy
    ) throws -> StaleTrialSweep {
        try StaleTrials.validate(gracePeriod: gracePeriod)
        var sweep = StaleTrialSweep()
        for trial in try trials(in: study) where StaleTrials.isStale(trial, gracePeriod: gracePeriod, now: now) {
            let reason = StaleTrials.reason(for: trial, now: now)
            do {
                try finishTrial(in: study, number: trial.number, state: .failed, value: nil, reason: reason, at: now)
            } catch StorageError.invalidTransition {
                continue  // finished meanwhile by its worker or by another sweeper
            }
            sweep.failed.append(trial.number)
            if let retry = StaleTrials.retry(of: trial, policy: retries, now: now) {
                sweep.retries.append(try createTrial(in: study, retry).number)
            }
        }
        return sweep
    }
}
