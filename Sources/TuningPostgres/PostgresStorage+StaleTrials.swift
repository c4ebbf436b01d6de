#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// Stale-trial sweeping in one transaction: `FOR UPDATE SKIP LOCKED` locks the stale running trials no other
    /// sweeper holds, the same transaction fails them and inserts their retries (numbers from the counter row),
    /// so concurrent sweeps on many machines fail each trial once and enqueue each retry once.
    extension PostgresStorage {
        public func failStaleTrials(
            in study: String, gracePeriod: TimeInterval, now: Date,
            retries: StaleTrialRetryPolicy
        ) throws -> StaleTrialSweep {
            try StaleTrials.validate(gracePeriod: gracePeriod)
            let cutoff = now.timeIntervalSince1970 - gracePeriod
            let finished = now.timeIntervalSince1970
            return try session.transaction { run, _ in
                let id = try studyID(run, study)
                let stale = try run(
                    """
                    SELECT number FROM tuner_trials
                    WHERE study_id = \(id) AND state = 'running' \
                    AND COALESCE(heartbeat, started_at, created_at) < \(cutoff)
                    ORDER BY number FOR UPDATE SKIP LOCKED
                    """
                ).map { try $0.decode(Int.self) }
                var sweep = StaleTrialSweep()
                for number in stale {
                    guard let trial = try Self.fetchTrials(run, study: id, numbers: number...number).first,
                        StaleTrials.isStale(trial, gracePeriod: gracePeriod, now: now)
                    else { continue }
                    let reason = StaleTrials.reason(for: trial, now: now)
                    _ = try run(
                        """
                        UPDATE tuner_trials SET state = 'failed', failure_reason = \(reason), finished_at = \(finished)
                        WHERE study_id = \(id) AND number = \(number)
                        """)
                    sweep.failed.append(number)
                    if var retry = StaleTrials.retry(of: trial, policy: retries, now: now) {
                        retry.number = try Self.nextNumber(run, study: study).number
                        try Self.insert(
                            retry, params: try StorageJSON.encode(retry.params), requestID: nil, study: id, run)
                        sweep.retries.append(retry.number)
                    }
                }
                return sweep
            }
        }
    }
#endif
